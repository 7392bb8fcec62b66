package org.backoffice.server.securities;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.Camt053Writer;
import org.backoffice.platform.statement.Holding;
import org.backoffice.platform.statement.HoldingsStatement;
import org.backoffice.platform.statement.Mt535Writer;
import org.backoffice.platform.statement.MtTransactionStatementWriter;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.platform.statement.TransactionStatement;
import org.backoffice.securities.Securities;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.Isin;
import org.backoffice.securities.reference.OwnerKind;

/**
 * Reference data of the positions, fails, corporate actions and reconciliation tests, apart from the other tests'
 * data: a share no other test trades, so a dividend on it or a statement of it touches nothing else, and a client
 * depo account at the head office. Each test class registers its own firm account.
 */
public final class DeskData {
    public static final String SHARE = Isin.withCheckDigit("GB00SW2BSH0").value();
    public static final String DEPO = "SW2B01";

    private DeskData() {}

    public static synchronized void ensure(Securities securities) {
        SecuritiesData.ensure(securities);
        Actor admin = Actor.system("test");
        if (securities.instruments().find(SHARE).isEmpty()) {
            securities
                    .instruments()
                    .add(
                            admin,
                            new Instrument(
                                    SHARE,
                                    InstrumentKind.EQUITY,
                                    "Desk Test Holdings plc ordinary shares",
                                    "GBP",
                                    BigDecimal.ONE,
                                    SecuritiesData.MARKET,
                                    SecuritiesData.CSD,
                                    false,
                                    PenaltyCategory.SHARES_LIQUID,
                                    null));
        }
        if (securities.depoAccounts().find(DEPO).isEmpty()) {
            securities.depoAccounts().open(admin, DEPO, "HO", OwnerKind.CLIENT, "Desk Test Investor", null);
        }
    }

    /** The firm account registered to the head office; each test class names its own. */
    public static void firmAccount(Securities securities, String account) {
        securities.reconciliation().registerFirmAccount(Actor.system("test"), account, "HO");
    }

    /** A statement reference no other run uses. */
    public static String statementRef(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** An MT535 of the account holding {@code units} of the desk's share as of {@code asOf}. */
    public static byte[] mt535(String ref, String account, LocalDate asOf, long units) {
        return Mt535Writer.write(
                        new HoldingsStatement(
                                ref, account, asOf, List.of(new Holding(SHARE, BigDecimal.valueOf(units), false))),
                        "CRSTGB22XXX",
                        "SECWGB22XXX")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A camt.053 of the cash account: one credit of 100.00 GBP from a zero opening balance. */
    public static byte[] camt053(String messageId, String account, LocalDate date) {
        return Camt053Writer.write(
                        messageId,
                        date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                        List.of(new AccountStatement(
                                messageId + "-1",
                                account,
                                "GBP",
                                date,
                                BigDecimal.ZERO,
                                date,
                                new BigDecimal("100.00"),
                                List.of(StatementEntry.of(
                                        date,
                                        StatementEntry.Side.CREDIT,
                                        new BigDecimal("100.00"),
                                        messageId + "E1",
                                        "receipt")))))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An MT537 of the account's pending transactions at {@code date}: none. */
    public static byte[] mt537(String ref, String account, LocalDate date) {
        return MtTransactionStatementWriter.write(
                        new TransactionStatement(ref, account, date, date, true, List.of()),
                        "CRSTGB22XXX",
                        "SECWGB22XXX")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An MT535's headers over a body the reader cannot make sense of. */
    public static byte[] garbageMt535() {
        return ("{1:F01CRSTGB22AXXX0000000000}{2:I535SECWGB22XXXXN}{4:\r\n:16R:GENL\r\nthis is not a statement\r\n-}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
