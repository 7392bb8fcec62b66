package org.backoffice.banking.message;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backoffice.banking.message.internal.Csv;

/**
 * The net-position report of a clearing cycle (RFC 4180): the header {@code
 * participant_bic,currency,sent,received,net}, one line per participant and currency in the order
 * given, then one {@code TOTAL} line per currency (alphabetical) whose net is zero, which a reader
 * can check at a glance: in a closed cycle every euro sent is a euro received.
 */
public final class NetPositionCsv {
    public static final List<String> HEADER = List.of("participant_bic", "currency", "sent", "received", "net");
    public static final String TOTAL = "TOTAL";

    private NetPositionCsv() {}

    /** @throws IllegalArgumentException when the nets of a currency do not sum to zero */
    public static String write(List<NetPositionLine> lines) {
        Map<String, NetPositionLine> totals = new TreeMap<>();
        StringBuilder out = new StringBuilder(Csv.line(HEADER));
        for (NetPositionLine line : lines) {
            out.append(row(line.participantBic(), line));
            totals.merge(
                    line.currency(),
                    line,
                    (a, b) -> new NetPositionLine(
                            a.participantBic(),
                            a.currency(),
                            a.sent().add(b.sent()),
                            a.received().add(b.received()),
                            a.net().add(b.net())));
        }
        for (NetPositionLine total : totals.values()) {
            if (total.net().signum() != 0) {
                throw new IllegalArgumentException("lines: the nets in " + total.currency() + " sum to "
                        + total.net().toPlainString() + " instead of zero (sent "
                        + total.sent().toPlainString()
                        + ", received " + total.received().toPlainString() + ")");
            }
            out.append(row(TOTAL, total));
        }
        return out.toString();
    }

    private static String row(String first, NetPositionLine line) {
        return Csv.line(List.of(
                first,
                line.currency(),
                line.sent().toPlainString(),
                line.received().toPlainString(),
                line.net().toPlainString()));
    }
}
