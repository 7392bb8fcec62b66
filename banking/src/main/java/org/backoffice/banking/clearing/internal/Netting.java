package org.backoffice.banking.clearing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backoffice.banking.clearing.NetPosition;

/**
 * Multilateral netting of one cycle: every payment this bank sent is received by a counterparty
 * bank and the reverse, so per currency the participants' nets sum to zero.
 */
public final class Netting {
    private Netting() {}

    /** A bank by its institution: the first eight characters of its BIC (branch codes net together). */
    public static String participant(String bic) {
        return bic.substring(0, 8);
    }

    /**
     * The positions of this bank and of each counterparty, by currency, this bank first.
     *
     * @throws IllegalStateException when the nets of a currency do not sum to zero (a broken invariant)
     */
    public static List<NetPosition> positions(String ownBic, List<Cycles.Flow> flows) {
        String own = participant(ownBic);
        // currency -> participant -> {sent, received}
        Map<String, Map<String, long[]>> table = new TreeMap<>();
        for (Cycles.Flow flow : flows) {
            Map<String, long[]> byBank = table.computeIfAbsent(flow.currency(), c -> new TreeMap<>());
            long[] ours = byBank.computeIfAbsent(own, b -> new long[2]);
            long[] theirs = byBank.computeIfAbsent(participant(flow.bic()), b -> new long[2]);
            if (flow.outgoing()) {
                ours[0] = Math.addExact(ours[0], flow.amount());
                theirs[1] = Math.addExact(theirs[1], flow.amount());
            } else {
                theirs[0] = Math.addExact(theirs[0], flow.amount());
                ours[1] = Math.addExact(ours[1], flow.amount());
            }
        }
        List<NetPosition> positions = new ArrayList<>();
        table.forEach((currency, byBank) -> {
            long sum = 0;
            List<NetPosition> lines = new ArrayList<>();
            for (var entry : byBank.entrySet()) {
                NetPosition position =
                        new NetPosition(entry.getKey(), currency, entry.getValue()[0], entry.getValue()[1]);
                sum = Math.addExact(sum, position.net());
                lines.add(position);
            }
            if (sum != 0) {
                throw new IllegalStateException("the nets in " + currency + " sum to " + sum + " instead of zero");
            }
            lines.sort(
                    Comparator.comparing((NetPosition p) -> !p.participantBic().equals(own))
                            .thenComparing(NetPosition::participantBic));
            positions.addAll(lines);
        });
        return positions;
    }
}
