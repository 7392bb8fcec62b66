package org.backoffice.ledger.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.testing.ChildJvm;
import org.backoffice.ledger.testing.LedgerInvariants;
import org.backoffice.ledger.testing.LedgerInvariants.StoredPosting;
import org.backoffice.ledger.testing.LedgerInvariants.StoredTransaction;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.ledger.testing.Workload;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A ledger process is killed (SIGKILL) in the middle of a load. After reopening, every transfer it
 * acknowledged is there, every stored transfer is whole and is the one that was submitted, and the
 * invariants hold: a crash loses nothing acknowledged and leaves nothing half-written.
 */
class KilledMidLoadTest {
    private static final int ACCOUNTS = 20;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 3_000;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void killedMidLoadLosesNothingAcknowledged(TestDatabase kind, @TempDir Path dir) throws Exception {
        Workload workload = new Workload(ACCOUNTS);
        try (ScratchDatabase db = kind.create()) {
            try (Ledger ledger = Ledger.open(db.config())) {
                workload.open(ledger);
            }
            Path acknowledgements = dir.resolve("acknowledged.txt");
            Path output = dir.resolve("child.log");
            Files.createFile(acknowledgements);
            int writers = kind == TestDatabase.POSTGRESQL ? 2 : 1;
            Process child = new ProcessBuilder(
                            ChildJvm.java(),
                            "-Xmx256m",
                            "--enable-native-access=ALL-UNNAMED",
                            "-cp",
                            ChildJvm.classpath(),
                            LoadUntilKilled.class.getName(),
                            db.url(),
                            acknowledgements.toString(),
                            Integer.toString(writers),
                            Integer.toString(ACCOUNTS))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            try {
                awaitAcknowledgements(child, acknowledgements, output);
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(child.exitValue())
                    .as("exit status of the killed process (128 + SIGKILL)")
                    .isEqualTo(137);

            Set<Long> acknowledged = readAcknowledged(acknowledgements);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            try (Ledger reopened = Ledger.open(db.config())) {
                LedgerInvariants.Snapshot snapshot = LedgerInvariants.assertHold(reopened, db.url());
                Map<Long, StoredTransaction> stored = snapshot.transactions();
                Set<Long> lost = new LinkedHashSet<>(acknowledged);
                lost.removeAll(stored.keySet());
                assertThat(lost)
                        .as("acknowledged transfers missing after the crash")
                        .isEmpty();
                stored.forEach((id, transaction) -> assertSubmittedWhole(workload, id, transaction));

                long someAcknowledged = acknowledged.iterator().next();
                assertThat(reopened.execute(workload.transfer(someAcknowledged)))
                        .as("a retry after the crash of an acknowledged transfer")
                        .isInstanceOfSatisfying(
                                Outcome.Accepted.class,
                                a -> assertThat(a.replay()).isTrue());
            }
        }
    }

    private static void assertSubmittedWhole(Workload workload, long id, StoredTransaction transaction) {
        List<Posting> submitted = workload.transfer(id).postings();
        assertThat(transaction.postings()).as("postings of transaction %d", id).hasSize(submitted.size());
        for (int i = 0; i < submitted.size(); i++) {
            StoredPosting s = transaction.postings().get(i);
            Posting p = submitted.get(i);
            assertThat(new long[] {s.debit(), s.credit(), s.amount()})
                    .as("posting %d of transaction %d", i, id)
                    .containsExactly(p.debit().value(), p.credit().value(), p.amount());
        }
    }

    /** Waits until the load has acknowledged enough transfers that the kill lands in the middle of it. */
    private static void awaitAcknowledgements(Process child, Path acknowledgements, Path output)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (countLines(acknowledgements) < ACKNOWLEDGED_BEFORE_KILL) {
            if (!child.isAlive()) {
                fail("the load process ended by itself with status " + child.exitValue() + ":\n"
                        + Files.readString(output));
            }
            if (System.nanoTime() > deadline) {
                fail("the load process acknowledged only " + countLines(acknowledgements) + " transfers in " + PATIENCE
                        + ":\n" + Files.readString(output));
            }
            child.waitFor(20, TimeUnit.MILLISECONDS);
        }
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** The ids of complete lines; a line cut short by the kill was never acknowledged in full. */
    private static Set<Long> readAcknowledged(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        Set<Long> ids = new LinkedHashSet<>();
        for (String line : complete.split("\n")) {
            if (!line.isEmpty()) {
                ids.add(Long.parseLong(line));
            }
        }
        return ids;
    }
}
