package org.backoffice.ledger.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs tasks on threads of their own, all at once, and waits for every one; a task's failure fails the call. */
public final class Concurrently {
    private Concurrently() {}

    public static void run(int tasks, IntConsumer task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                int index = t;
                running.add(threads.submit(() -> task.accept(index)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
