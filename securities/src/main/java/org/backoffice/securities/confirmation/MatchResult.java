package org.backoffice.securities.confirmation;

import java.util.List;

/** The outcome of matching a trade against the counterparty's confirmation. */
public record MatchResult(boolean matched, List<FieldDifference> differences) {
    public MatchResult {
        differences = List.copyOf(differences);
        if (matched != differences.isEmpty()) {
            throw new IllegalArgumentException("matched: must be true exactly when there is no difference");
        }
    }
}
