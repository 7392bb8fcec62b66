package org.backoffice.server.securities;

import java.math.BigDecimal;
import java.util.Locale;
import org.backoffice.securities.Securities;
import org.backoffice.securities.message.Mt54xConfirmationWriter;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.settlement.Instruction;

/** What the depository sends back for an instruction in the server's tests: its confirmation that all of it settled. */
public final class SettlementMessages {
    private SettlementMessages() {}

    /** A confirmation reference no other test run has used: the prefix and the clock's nanoseconds in base 36. */
    public static String reference(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    /** The confirmation that the whole instruction settled on its settlement date, against this much GBP. */
    public static SettlementConfirmation settledInFull(Instruction in, String reference, String cash) {
        return new SettlementConfirmation(
                in.reference(),
                reference,
                in.direction(),
                true,
                in.isin(),
                BigDecimal.valueOf(in.quantity()),
                new BigDecimal(cash),
                "GBP",
                in.settlementDate(),
                false,
                false);
    }

    /** That confirmation as the depository's MT545 or MT547, from the instruction's place to this firm's BIC. */
    public static String mt54x(Securities securities, Instruction in, String reference, String cash) {
        return Mt54xConfirmationWriter.write(
                settledInFull(in, reference, cash),
                in.depoAccount(),
                in.place(),
                in.place(),
                securities.settings().bic());
    }
}
