package org.backoffice.ledger.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.Concurrently;
import org.backoffice.ledger.testing.LedgerInvariants;
import org.backoffice.ledger.testing.OutcomeLog;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.ledger.testing.Workload;
import org.junit.jupiter.api.Test;

/**
 * Two engines (two server nodes) share one PostgreSQL and hammer the same accounts, and are sent
 * the same ids: with the same content, and with other content. Correctness rests on the database's
 * row locks and unique keys alone: each id is stored once, one engine accepts it and the other
 * reports a replay or refuses the other content, and the invariants hold.
 */
class TwoEnginesOnOneDatabaseTest {
    private static final int SUBMITTERS_PER_ENGINE = 4;
    private static final int OWN_PER_SUBMITTER = 4_000;
    private static final int SHARED_PER_SUBMITTER = 2_000;
    private static final int IN_FLIGHT_PER_SUBMITTER = 256;

    @Test
    void twoEnginesStoreEachIdOnceAndKeepTheInvariants() throws Exception {
        assumeTrue(TestDatabase.postgresAvailable(), "PostgreSQL is not reachable");
        Workload workload = new Workload(50);
        OutcomeLog log = new OutcomeLog();
        try (ScratchDatabase db = TestDatabase.POSTGRESQL.create();
                Ledger first = Ledger.open(db.config().withWriters(2));
                Ledger second = Ledger.open(db.config().withWriters(2))) {
            workload.open(first);
            List<Ledger> engines = List.of(first, second);
            Concurrently.run(2 * SUBMITTERS_PER_ENGINE, task -> {
                int engine = task / SUBMITTERS_PER_ENGINE;
                submitAll(engines.get(engine), engine, task % SUBMITTERS_PER_ENGINE, workload, log);
            });

            Map<Long, Transfer> accepted = log.assertConsistent();
            LedgerInvariants.Snapshot snapshot = LedgerInvariants.assertHold(first, db.url());
            OutcomeLog.assertLedgerHoldsExactly(accepted, snapshot, first.rawBalances());
            Map<Long, long[]> seenBySecond = second.rawBalances();
            first.rawBalances()
                    .forEach((id, b) -> assertThat(seenBySecond.get(id))
                            .as("balance of account %d as the second engine reads it", id)
                            .containsExactly(b));
            assertThat(first.writerStats().transactionsStored()
                            + second.writerStats().transactionsStored())
                    .as("transactions the two engines stored")
                    .isEqualTo(accepted.size());

            Map<Long, List<OutcomeLog.Entry>> byId = log.byId();
            for (int s = 0; s < SUBMITTERS_PER_ENGINE; s++) {
                for (int i = 0; i < SHARED_PER_SUBMITTER; i++) {
                    long id = sharedId(s, i);
                    assertSharedIdDecidedOnce(id, byId.get(id), accepted);
                }
            }
            assertThat(log.rejections()).containsKeys(RejectionReason.INSUFFICIENT_BALANCE);
        }
    }

    /** Both engines got this id; exactly one accepted it, and the other replayed or refused the other content. */
    private static void assertSharedIdDecidedOnce(
            long id, List<OutcomeLog.Entry> entries, Map<Long, Transfer> accepted) {
        assertThat(entries).as("outcomes of shared id %d", id).hasSize(2);
        assertThat(accepted).as("shared id %d", id).containsKey(id);
        long firsts = entries.stream()
                .filter(e -> e.outcome() instanceof Outcome.Accepted a && !a.replay())
                .count();
        assertThat(firsts)
                .as("first acceptances of shared id %d: %s", id, entries)
                .isEqualTo(1);
        for (OutcomeLog.Entry e : entries) {
            if (e.request().equals(accepted.get(id))) {
                assertThat(e.outcome()).isInstanceOf(Outcome.Accepted.class);
            } else {
                assertThat(e.outcome())
                        .as("other content under shared id %d", id)
                        .isInstanceOfSatisfying(
                                Outcome.Rejected.class,
                                r -> assertThat(r.reason()).isEqualTo(RejectionReason.ID_REUSED_WITH_OTHER_CONTENT));
            }
        }
    }

    private static long ownId(int engine, int submitter, int index) {
        return (engine * 10 + submitter + 1) * 1_000_000L + index + 1;
    }

    private static long sharedId(int submitter, int index) {
        return 900_000_000L + submitter * 1_000_000L + index + 1;
    }

    /**
     * One submitter of one engine: its own transfers, and interleaved with them the shared ids its
     * counterpart on the other engine sends at the same pace; every third shared id with other
     * content on the second engine.
     */
    private static void submitAll(Ledger ledger, int engine, int submitter, Workload workload, OutcomeLog log) {
        Semaphore inFlight = new Semaphore(IN_FLIGHT_PER_SUBMITTER);
        int shared = 0;
        for (int i = 0; i < OWN_PER_SUBMITTER; i++) {
            log.submit(ledger, inFlight, workload.transfer(ownId(engine, submitter, i)));
            if (i % 2 == 0 && shared < SHARED_PER_SUBMITTER) {
                long id = sharedId(submitter, shared++);
                Transfer transfer = workload.unlimitedTransfer(id);
                if (engine == 1 && id % 3 == 0) {
                    transfer = transfer.withMemo(Memo.reference("NODE-2"));
                }
                log.submit(ledger, inFlight, transfer);
            }
        }
        inFlight.acquireUninterruptibly(IN_FLIGHT_PER_SUBMITTER);
    }
}
