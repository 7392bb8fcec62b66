package org.backoffice.securities.confirmation.internal;

import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.amount.Amount;
import org.backoffice.securities.confirmation.CounterpartyConfirmation;
import org.backoffice.securities.confirmation.FieldDifference;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;

/** Compares our trade with the counterparty's view field by field. */
public final class Matcher {
    private Matcher() {}

    /**
     * Every differing field. Amounts must agree to the currency's minor unit; the price by value (12.5 equals 12.50);
     * the counterparty's side must be the opposite of ours.
     */
    public static List<FieldDifference> differences(Trade ours, CounterpartyConfirmation theirs, Asset currency) {
        List<FieldDifference> out = new ArrayList<>();
        compare(out, "tradeRef", ours.tradeRef(), theirs.tradeRef());
        Side expected = ours.side() == Side.BUY ? Side.SELL : Side.BUY;
        if (theirs.side() != expected) {
            out.add(new FieldDifference(
                    "side",
                    ours.side() + " (theirs should be " + expected + ")",
                    theirs.side().name()));
        }
        compare(out, "isin", ours.isin(), theirs.isin());
        compare(out, "quantity", Long.toString(ours.quantity()), Long.toString(theirs.quantity()));
        if (ours.price().compareTo(theirs.price()) != 0) {
            out.add(new FieldDifference(
                    "price", ours.price().toPlainString(), theirs.price().toPlainString()));
        }
        Amount ourAmount = Amount.of(currency, ours.settlementAmount());
        if (ourAmount.decimal().compareTo(theirs.settlementAmount()) != 0) {
            out.add(new FieldDifference(
                    "settlementAmount",
                    ourAmount.plain(),
                    theirs.settlementAmount().toPlainString()));
        }
        compare(out, "currency", ours.currency(), theirs.currency());
        compare(
                out,
                "tradeDate",
                String.valueOf(ours.tradeDate()),
                theirs.tradeDate().toString());
        compare(
                out,
                "settlementDate",
                String.valueOf(ours.settlementDate()),
                theirs.settlementDate().toString());
        compare(out, "lei", ours.counterparty(), theirs.lei());
        return out;
    }

    private static void compare(List<FieldDifference> out, String field, String ours, String theirs) {
        if (!ours.equals(theirs)) {
            out.add(new FieldDifference(field, ours, theirs));
        }
    }

    /** Differences as stored: one per line, "field|ours|theirs". */
    public static String encode(List<FieldDifference> differences) {
        if (differences.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (FieldDifference d : differences) {
            out.append(d.field())
                    .append('|')
                    .append(clean(d.ours()))
                    .append('|')
                    .append(clean(d.theirs()))
                    .append('\n');
        }
        String text = out.toString();
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    public static List<FieldDifference> decode(String text) {
        List<FieldDifference> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\\|", -1);
            if (parts.length == 3) {
                out.add(new FieldDifference(parts[0], parts[1], parts[2]));
            }
        }
        return out;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('|', '/').replace('\n', ' ');
    }
}
