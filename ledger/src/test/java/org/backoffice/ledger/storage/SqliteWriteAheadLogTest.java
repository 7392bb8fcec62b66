package org.backoffice.ledger.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Under steady writing SQLite's write-ahead log is restarted, so it does not grow without bound. */
class SqliteWriteAheadLogTest {
    private static final long ACCOUNTS = 5_000;
    private static final long LOG_RESTART_BYTES = 8L * 1024 * 1024;

    @Test
    void theLogStaysBoundedWhileTheLedgerGrows() throws Exception {
        try (ScratchDatabase db = TestDatabase.SQLITE.create()) {
            Path file = Path.of(db.url().substring("jdbc:sqlite:".length()));
            Path wal = Path.of(file + "-wal");
            long largestLog = 0;
            try (Ledger ledger = Ledger.open(db.config().withLogRestartBytes(LOG_RESTART_BYTES))) {
                ledger.defineAsset(Asset.currency("USD", 2));
                List<OpenAccount> accounts = new ArrayList<>();
                for (long id = 1; id <= ACCOUNTS; id++) {
                    accounts.add(OpenAccount.of(id, "2010", "USD", Side.CREDIT, BalanceLimit.NONE));
                }
                ledger.openAccounts(accounts);
                AtomicLong largest = new AtomicLong();
                AtomicBoolean loading = new AtomicBoolean(true);
                Thread sampler = new Thread(() -> {
                    while (loading.get()) {
                        try {
                            largest.accumulateAndGet(Files.exists(wal) ? Files.size(wal) : 0, Math::max);
                            Thread.sleep(10);
                        } catch (Exception e) {
                            return;
                        }
                    }
                });
                sampler.start();
                // Steady writing, with no pause in which a passive checkpoint could catch up.
                List<CompletableFuture<Outcome>> futures = new ArrayList<>();
                for (long id = 1; id <= 200_000; id++) {
                    long debit = 1 + (id * 7919) % ACCOUNTS;
                    long credit = 1 + (debit + id) % ACCOUNTS;
                    if (credit == debit) {
                        credit = 1 + debit % ACCOUNTS;
                    }
                    futures.add(ledger.submit(Transfer.of(
                            TransactionId.of(id), LocalDate.of(2026, 11, 2), Posting.of(debit, credit, "USD", 100))));
                }
                for (CompletableFuture<Outcome> future : futures) {
                    assertThat(future.get().accepted()).isTrue();
                }
                loading.set(false);
                sampler.join();
                largestLog = largest.get();
                assertThat(ledger.trialBalance().isBalanced()).isTrue();
            }
            long megabytes = 1024 * 1024;
            // Without restarts this load leaves a log of about 60 MB.
            assertThat(Files.size(file))
                    .as("checkpoints copied the log into the database")
                    .isGreaterThan(16 * megabytes);
            assertThat(largestLog).as("largest write-ahead log seen").isLessThan(3 * LOG_RESTART_BYTES);
        }
    }
}
