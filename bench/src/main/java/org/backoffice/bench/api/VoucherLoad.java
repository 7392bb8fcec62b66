package org.backoffice.bench.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;
import org.backoffice.bench.report.Latency;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.amount.CurrencyAssets;

/**
 * Clients in a closed loop, each posting one two-line journal voucher at a time and waiting for the
 * answer. A voucher counts as a document when the server answers 201 with status POSTED; every
 * other answer is counted by what it was.
 */
final class VoucherLoad {
    static final String BRANCH = "HO";
    static final String ASSET = "USD";
    static final String POSTED = "201 POSTED";
    static final String PATH = "/api/journal-vouchers?submit=true";

    /** Amounts stay below the demo bank's approval threshold of 10,000.00, so vouchers post at once. */
    private static final int MAX_CENTS = 99_999;

    private static final int ERROR_BODIES = 3;

    private final ApiClient api;
    private final String authorization;
    private final List<String> accounts;
    private final LocalDate valueDate;
    private final String run;
    private final Recorder latency = new Recorder(3);
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final List<String> errorBodies = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param run distinguishes this run's idempotency keys from an earlier run's on the same server
     */
    VoucherLoad(ApiClient api, String authorization, List<String> accounts, LocalDate valueDate, String run) {
        if (accounts.size() < 2) {
            throw new IllegalArgumentException("accounts: at least 2");
        }
        this.api = api;
        this.authorization = authorization;
        this.accounts = List.copyOf(accounts);
        this.valueDate = valueDate;
        this.run = run;
    }

    /** Where a measured window starts: the time and the answers counted so far. */
    record Mark(long nanoTime, Map<String, Long> answers) {}

    /** What the clients did in a measured window. The latency is of the posted documents only. */
    record Window(double seconds, long documents, Map<String, Long> others, Latency latency) {
        double documentsPerSecond() {
            return documents / seconds;
        }
    }

    void start(int clientCount) {
        running = true;
        for (int c = 0; c < clientCount; c++) {
            int client = c;
            clients.add(Thread.ofVirtual().name("api-bench-client-" + c).start(() -> postUntilStopped(client)));
        }
    }

    /** Starts a measured window; latencies recorded before it are dropped. */
    Mark mark() {
        latency.getIntervalHistogram();
        return new Mark(System.nanoTime(), counts());
    }

    /** What happened from {@code mark} to now. */
    Window since(Mark mark) {
        long ended = System.nanoTime();
        Latency window = Latency.ofNanos(latency.getIntervalHistogram());
        Map<String, Long> counts = counts();
        Map<String, Long> others = new TreeMap<>();
        counts.forEach((answer, count) -> {
            long delta = count - mark.answers().getOrDefault(answer, 0L);
            if (delta > 0 && !answer.equals(POSTED)) {
                others.put(answer, delta);
            }
        });
        long documents = counts.getOrDefault(POSTED, 0L) - mark.answers().getOrDefault(POSTED, 0L);
        return new Window((ended - mark.nanoTime()) / 1e9, documents, others, window);
    }

    /** All answers since the start, documents included. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        answers.forEach((answer, count) -> counts.put(answer, count.sum()));
        return counts;
    }

    /** The first few bodies of answers that were not documents. */
    List<String> errorBodies() {
        synchronized (errorBodies) {
            return List.copyOf(errorBodies);
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join();
        }
    }

    /** The body of one voucher: a debit and a credit of the same amount, in cents. */
    static String voucher(String debit, String credit, long cents, LocalDate valueDate) {
        String amount = Json.quote(Amount.of(CurrencyAssets.of(ASSET), cents).plain());
        return "{\"branch\":" + Json.quote(BRANCH) + ",\"valueDate\":\"" + valueDate
                + "\",\"narrative\":\"bench\",\"asset\":" + Json.quote(ASSET) + ",\"lines\":["
                + "{\"account\":" + Json.quote(debit) + ",\"side\":\"DEBIT\",\"amount\":" + amount + "},"
                + "{\"account\":" + Json.quote(credit) + ",\"side\":\"CREDIT\",\"amount\":" + amount + "}]}";
    }

    private void postUntilStopped(int client) {
        SplittableRandom random = new SplittableRandom(client * 7_919L + 17);
        long sequence = 0;
        try (KeepAliveConnection connection = new KeepAliveConnection(api.base())) {
            postUntilStopped(client, random, sequence, connection);
        }
    }

    private void postUntilStopped(int client, SplittableRandom random, long sequence, KeepAliveConnection connection) {
        while (running) {
            int debit = random.nextInt(accounts.size());
            int credit = random.nextInt(accounts.size() - 1);
            if (credit >= debit) {
                credit++;
            }
            String body =
                    voucher(accounts.get(debit), accounts.get(credit), 100 + random.nextInt(MAX_CENTS - 99), valueDate);
            String key = "bench-" + run + "-" + client + "-" + sequence++;
            long started = System.nanoTime();
            try {
                KeepAliveConnection.Answer response = connection.post(PATH, authorization, key, body);
                String answer = answer(response.status(), response.body());
                if (answer.equals(POSTED)) {
                    latency.recordValue(System.nanoTime() - started);
                } else {
                    keep(answer + ": " + ApiClient.abbreviate(response.body()));
                }
                count(answer);
            } catch (IOException | RuntimeException e) {
                count(e.getClass().getSimpleName());
                keep(e.toString());
                connection.close();
                pause();
            }
        }
    }

    static String answer(int statusCode, String body) {
        if (statusCode != 201) {
            return "HTTP " + statusCode;
        }
        String status = Json.string(ApiClient.parseOrNull(body), "status");
        return "201 " + (status == null ? "without status" : status);
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, a -> new LongAdder()).increment();
    }

    private void keep(String error) {
        synchronized (errorBodies) {
            if (errorBodies.size() < ERROR_BODIES) {
                errorBodies.add(error);
            }
        }
    }

    /** A refused connection fails at once; do not spin on it. */
    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
