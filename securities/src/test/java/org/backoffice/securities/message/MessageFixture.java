package org.backoffice.securities.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.backoffice.securities.message.internal.Checks;

/** Valid sample values for the message tests. */
final class MessageFixture {
    static final String APPLE = "US0378331005";
    static final String BUND = "DE0001102580";
    static final LocalDate TRADE_DATE = LocalDate.of(2026, 3, 2);
    static final LocalDate SETTLEMENT_DATE = LocalDate.of(2026, 3, 4);

    private MessageFixture() {}

    /** A valid ISIN made from a number, for large generated files. */
    static String isin(int n) {
        String first11 = "XS" + String.format("%09d", n % 1_000_000_000);
        return first11 + Checks.isinCheckDigit(first11);
    }

    static FixFill fill(int n) {
        return new FixFill(
                "EX" + n,
                "ORD" + (n / 3),
                n % 2 == 0 ? "T" + n : null,
                n % 2 == 0 ? Side.BUY : Side.SELL,
                isin(n % 500),
                new BigDecimal(100 + n % 900),
                new BigDecimal("187.25").add(BigDecimal.valueOf(n % 100, 2)),
                "USD",
                TRADE_DATE,
                n % 5 == 0 ? null : SETTLEMENT_DATE,
                "DEPO-" + (n % 1000),
                n % 3 == 0 ? "5493001KJTIIGC8Y1R12" : "DEUTDEFFXXX",
                "XNAS",
                Instant.parse("2026-03-02T14:30:00.123Z").plusMillis(n),
                ExecKind.NEW,
                null);
    }

    static FixFill cancelOf(FixFill fill) {
        return new FixFill(
                "C-" + fill.execId(),
                fill.orderId(),
                fill.tradeId(),
                fill.side(),
                fill.isin(),
                fill.quantity(),
                fill.price(),
                fill.currency(),
                fill.tradeDate(),
                fill.settlementDate(),
                fill.account(),
                fill.counterparty(),
                fill.market(),
                fill.transactTime().plusSeconds(60),
                ExecKind.CANCEL,
                fill.execId());
    }
}
