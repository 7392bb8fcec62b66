package org.backoffice.bench.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The server's used heap, read from its Prometheus metrics once a second, keeping the peak. The
 * metrics want more rights than posting vouchers, so the bench token is tried first and the demo
 * administrator's login after it.
 */
final class ServerHeap implements AutoCloseable {
    static final String METRIC = "jvm_memory_used_bytes";

    private static final Pattern HEAP_AREA = Pattern.compile("[{,]\\s*area\\s*=\\s*\"heap\"");

    private final ApiClient api;
    private final List<String> authorizations;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile String authorization;
    private volatile String unavailable = "no sample was taken";
    private volatile long peakBytes = -1;

    /** Samples with the first of {@code authorizations} that the server accepts. */
    ServerHeap(ApiClient api, List<String> authorizations) {
        this.api = api;
        this.authorizations = List.copyOf(authorizations);
        thread = Thread.ofPlatform().daemon().name("server-heap").start(this::sampleEverySecond);
    }

    /** The sum of the heap pools' used bytes in a Prometheus text exposition, if it has any. */
    static OptionalLong heapUsedBytes(String exposition) {
        double sum = 0;
        boolean found = false;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(METRIC + "{") || !HEAP_AREA.matcher(line).find()) {
                continue;
            }
            int labelsEnd = line.lastIndexOf('}');
            String[] rest = line.substring(labelsEnd + 1).strip().split("\\s+");
            try {
                sum += Double.parseDouble(rest[0]);
                found = true;
            } catch (NumberFormatException e) {
                // a line this reader does not understand does not count
            }
        }
        return found ? OptionalLong.of((long) sum) : OptionalLong.empty();
    }

    /** The peak in megabytes, or {@code -1} when no sample could be read (see {@link #unavailable()}). */
    long peakMegabytes() {
        long peak = peakBytes;
        return peak < 0 ? -1 : peak / (1024 * 1024);
    }

    /** Why the peak is unknown; meaningful when {@link #peakMegabytes()} is {@code -1}. */
    String unavailable() {
        return unavailable;
    }

    /** How the metrics were read: which credentials the server took. */
    String readWith() {
        String used = authorization;
        return used == null ? "nothing" : used.substring(0, used.indexOf(' '));
    }

    private void sampleEverySecond() {
        while (running) {
            long started = System.nanoTime();
            try {
                sample();
            } catch (IOException e) {
                unavailable = "GET /actuator/prometheus failed: " + e;
            } catch (InterruptedException e) {
                return;
            }
            long pause = 1000 - (System.nanoTime() - started) / 1_000_000;
            try {
                Thread.sleep(Math.max(0, pause));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() throws IOException, InterruptedException {
        if (authorization != null) {
            read(api.metrics(authorization));
            return;
        }
        StringBuilder refused = new StringBuilder();
        for (String candidate : authorizations) {
            HttpResponse<String> response = api.metrics(candidate);
            if (response.statusCode() == 200) {
                authorization = candidate;
                read(response);
                return;
            }
            refused.append(refused.isEmpty() ? "" : ", ")
                    .append(response.statusCode())
                    .append(" with ")
                    .append(candidate.substring(0, candidate.indexOf(' ')));
        }
        unavailable = "GET /actuator/prometheus answered " + refused;
    }

    private void read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            unavailable = "GET /actuator/prometheus answered " + response.statusCode();
            return;
        }
        OptionalLong bytes = heapUsedBytes(response.body());
        if (bytes.isEmpty()) {
            unavailable = "/actuator/prometheus has no " + METRIC + "{area=\"heap\"} lines";
            return;
        }
        peakBytes = Math.max(peakBytes, bytes.getAsLong());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
