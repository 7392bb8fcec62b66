package org.backoffice.banking.reconciliation;

import java.time.Instant;
import java.util.List;

/** An entry of a statement paired with our postings, the rule that did it and why, in words. */
public record Match(
        long id,
        String nostro,
        long entryId,
        MatchRule rule,
        String explanation,
        List<PostingRef> postings,
        Instant matchedAt,
        String matchedBy) {
    public Match {
        postings = List.copyOf(postings);
    }
}
