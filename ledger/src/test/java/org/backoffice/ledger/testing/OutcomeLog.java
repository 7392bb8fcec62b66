package org.backoffice.ledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.LedgerInvariants.Snapshot;
import org.backoffice.ledger.testing.LedgerInvariants.StoredPosting;
import org.backoffice.ledger.testing.LedgerInvariants.StoredTransaction;

/** Every transfer submitted, with the outcome the ledger gave it; thread-safe. */
public final class OutcomeLog {
    public record Entry(Transfer request, Outcome outcome) {}

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final LongAdder submitted = new LongAdder();

    public void submitted() {
        submitted.increment();
    }

    /**
     * Submits the transfer once one of the submitter's slots in flight is free, and records its outcome
     * (and frees the slot) when the ledger answers.
     */
    public void submit(Ledger ledger, Semaphore inFlight, Transfer transfer) {
        inFlight.acquireUninterruptibly();
        submitted();
        ledger.submit(transfer).whenComplete((outcome, failure) -> {
            record(transfer, outcome, failure);
            inFlight.release();
        });
    }

    public void record(Transfer request, Outcome outcome, Throwable failure) {
        if (failure != null) {
            failures.add(failure);
        } else {
            entries.add(new Entry(request, outcome));
        }
    }

    /** The outcomes of each id, in no particular order. */
    public Map<Long, List<Entry>> byId() {
        Map<Long, List<Entry>> byId = new HashMap<>();
        for (Entry e : entries) {
            byId.computeIfAbsent(e.request().id().value(), k -> new ArrayList<>())
                    .add(e);
        }
        return byId;
    }

    public Map<RejectionReason, Long> rejections() {
        Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
        for (Entry e : entries) {
            if (e.outcome() instanceof Outcome.Rejected r) {
                counts.merge(r.reason(), 1L, Long::sum);
            }
        }
        return counts;
    }

    public long replays() {
        return entries.stream()
                .filter(e -> e.outcome() instanceof Outcome.Accepted a && a.replay())
                .count();
    }

    /**
     * Checks that every id was accepted at most once, that a retry of the accepted content is a
     * replay with the first booking time, and that other content under an accepted id is refused.
     *
     * @return the accepted transfer of each accepted id
     */
    public Map<Long, Transfer> assertConsistent() {
        assertThat(failures)
                .as("submissions that failed instead of getting an outcome")
                .isEmpty();
        assertThat((long) entries.size()).as("outcomes").isEqualTo(submitted.sum());
        Map<Long, List<Entry>> byId = byId();
        Map<Long, Transfer> accepted = new HashMap<>();
        byId.forEach((id, list) -> {
            List<Entry> firsts = list.stream()
                    .filter(e -> e.outcome() instanceof Outcome.Accepted a && !a.replay())
                    .toList();
            assertThat(firsts)
                    .as("first acceptances of id %d among %s", id, list)
                    .hasSizeLessThanOrEqualTo(1);
            if (firsts.isEmpty()) {
                for (Entry e : list) {
                    assertThat(e.outcome())
                            .as("outcome of never-accepted id %d", id)
                            .isInstanceOf(Outcome.Rejected.class);
                    assertThat(((Outcome.Rejected) e.outcome()).reason())
                            .as("reason for refusing never-accepted id %d", id)
                            .isNotEqualTo(RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);
                }
                return;
            }
            Entry first = firsts.getFirst();
            accepted.put(id, first.request());
            for (Entry e : list) {
                if (e == first) {
                    continue;
                }
                if (e.outcome() instanceof Outcome.Accepted a) {
                    assertThat(a.replay()).isTrue();
                    assertThat(e.request())
                            .as("content of a replay of id %d", id)
                            .isEqualTo(first.request());
                    assertThat(a.bookedAt())
                            .as("booking time of a replay of id %d", id)
                            .isEqualTo(((Outcome.Accepted) first.outcome()).bookedAt());
                } else if (((Outcome.Rejected) e.outcome()).reason() == RejectionReason.ID_REUSED_WITH_OTHER_CONTENT) {
                    assertThat(e.request())
                            .as("content refused as a reuse of id %d", id)
                            .isNotEqualTo(first.request());
                }
            }
        });
        return accepted;
    }

    /** Each account's posted debits, posted credits and zero pending: the sum of the accepted postings. */
    public static Map<Long, long[]> balancesOf(Collection<Transfer> accepted) {
        Map<Long, long[]> balances = new HashMap<>();
        for (Transfer t : accepted) {
            for (Posting p : t.postings()) {
                long[] debit = balances.computeIfAbsent(p.debit().value(), k -> new long[4]);
                long[] credit = balances.computeIfAbsent(p.credit().value(), k -> new long[4]);
                debit[0] = Math.addExact(debit[0], p.amount());
                credit[1] = Math.addExact(credit[1], p.amount());
            }
        }
        return balances;
    }

    /**
     * Checks that the ledger stores exactly the accepted transfers, each with its own postings, and
     * that every balance is the sum of the accepted postings.
     */
    public static void assertLedgerHoldsExactly(
            Map<Long, Transfer> accepted, Snapshot snapshot, Map<Long, long[]> raw) {
        assertThat(snapshot.transactions().keySet()).as("stored transactions").isEqualTo(accepted.keySet());
        accepted.forEach((id, transfer) -> {
            StoredTransaction stored = snapshot.transactions().get(id);
            List<Posting> postings = transfer.postings();
            assertThat(stored.postings()).as("postings of transaction %d", id).hasSize(postings.size());
            for (int i = 0; i < postings.size(); i++) {
                StoredPosting s = stored.postings().get(i);
                Posting p = postings.get(i);
                assertThat(new long[] {s.debit(), s.credit(), s.amount()})
                        .as("posting %d of transaction %d", i, id)
                        .containsExactly(p.debit().value(), p.credit().value(), p.amount());
            }
        });
        Map<Long, long[]> expected = balancesOf(accepted.values());
        raw.forEach((id, b) -> assertThat(b)
                .as("balance of account %d against the accepted transfers", id)
                .containsExactly(expected.getOrDefault(id, new long[4])));
    }
}
