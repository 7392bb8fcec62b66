package org.backoffice.ledger.crash;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.Workload;

/**
 * The process the crash test kills: submits the workload's transfers on the ledger at {@code
 * args[0]} from several threads until it is killed, and appends the id of every transfer the ledger
 * acknowledged as accepted to the file {@code args[1]}, one line each, flushed at once.
 *
 * <p>Arguments: database URL, acknowledgement file, writer threads, accounts of the workload.
 */
public final class LoadUntilKilled {
    static final int SUBMITTERS = 4;
    private static final int IN_FLIGHT_PER_SUBMITTER = 128;

    private LoadUntilKilled() {}

    static long idOf(int submitter, long index) {
        return (submitter + 1) * 100_000_000L + index + 1;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path acknowledgements = Path.of(args[1]);
        int writers = Integer.parseInt(args[2]);
        Workload workload = new Workload(Integer.parseInt(args[3]));
        LedgerConfig config =
                LedgerConfig.of(url).withExpiryInterval(java.time.Duration.ZERO).withWriters(writers);
        Ledger ledger = Ledger.open(config);
        try (Writer out = Files.newBufferedWriter(
                acknowledgements, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            List<Thread> submitters = new ArrayList<>();
            for (int s = 0; s < SUBMITTERS; s++) {
                int submitter = s;
                Thread thread = new Thread(() -> submitForever(ledger, workload, submitter, out), "load-" + s);
                submitters.add(thread);
                thread.start();
            }
            for (Thread thread : submitters) {
                thread.join();
            }
        }
    }

    private static void submitForever(Ledger ledger, Workload workload, int submitter, Writer out) {
        Semaphore inFlight = new Semaphore(IN_FLIGHT_PER_SUBMITTER);
        for (long i = 0; ; i++) {
            Transfer transfer = workload.transfer(idOf(submitter, i));
            inFlight.acquireUninterruptibly();
            ledger.submit(transfer).whenComplete((outcome, failure) -> {
                if (outcome instanceof Outcome.Accepted) {
                    acknowledge(out, transfer.id().value());
                }
                inFlight.release();
            });
        }
    }

    private static void acknowledge(Writer out, long id) {
        synchronized (out) {
            try {
                out.write(id + "\n");
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException("cannot record acknowledgement of " + id, e);
            }
        }
    }
}
