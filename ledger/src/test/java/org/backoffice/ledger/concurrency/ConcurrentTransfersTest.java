package org.backoffice.ledger.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Semaphore;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.Concurrently;
import org.backoffice.ledger.testing.LedgerInvariants;
import org.backoffice.ledger.testing.OutcomeLog;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.ledger.testing.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many submitters hammer overlapping accounts at once, retrying ids with the same and with other
 * content. Afterwards the books balance, no limit is crossed, every id is in the ledger at most
 * once with the content that was accepted, and every balance is the sum of the accepted postings.
 */
class ConcurrentTransfersTest {
    private static final int THREADS = 8;
    private static final int TRANSFERS_PER_THREAD = 12_500;
    private static final int IN_FLIGHT_PER_THREAD = 256;

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void concurrentTransfersKeepEveryInvariant(TestDatabase kind) throws Exception {
        Workload workload = new Workload(50);
        OutcomeLog log = new OutcomeLog();
        try (ScratchDatabase db = kind.create()) {
            LedgerConfig config = kind == TestDatabase.POSTGRESQL ? db.config().withWriters(2) : db.config();
            try (Ledger ledger = Ledger.open(config)) {
                workload.open(ledger);
                Concurrently.run(THREADS, thread -> submitAll(ledger, workload, log, thread));

                Map<Long, Transfer> accepted = log.assertConsistent();
                LedgerInvariants.Snapshot snapshot = LedgerInvariants.assertHold(ledger, db.url());
                OutcomeLog.assertLedgerHoldsExactly(accepted, snapshot, ledger.rawBalances());
                assertThat(ledger.writerStats().transactionsStored()).isEqualTo(accepted.size());

                assertThat(accepted).as("accepted transfers").hasSizeGreaterThan(THREADS * TRANSFERS_PER_THREAD / 10);
                assertThat(log.rejections())
                        .as("rejections")
                        .containsKeys(
                                RejectionReason.INSUFFICIENT_BALANCE, RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);
                assertThat(log.replays()).as("replays").isPositive();
            }
        }
    }

    private static long idOf(int thread, int index) {
        return (thread + 1) * 1_000_000L + index + 1;
    }

    /**
     * One submitter: its own transfers, now and then the transfer another submitter is sending about
     * now (same id, same content), and now and then one of its earlier ids with other content.
     */
    private static void submitAll(Ledger ledger, Workload workload, OutcomeLog log, int thread) {
        Semaphore inFlight = new Semaphore(IN_FLIGHT_PER_THREAD);
        for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
            log.submit(ledger, inFlight, workload.transfer(idOf(thread, i)));
            if (i % 20 == 7) {
                log.submit(ledger, inFlight, workload.transfer(idOf((thread + 1) % THREADS, i)));
            }
            if (i % 50 == 11) {
                log.submit(ledger, inFlight, workload.otherContent(idOf(thread, i - 5)));
            }
        }
        inFlight.acquireUninterruptibly(IN_FLIGHT_PER_THREAD);
    }
}
