package org.backoffice.bench.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/** The calls the benchmark makes to a Backoffice server, over HTTP/1.1. */
final class ApiClient {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;

    ApiClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /**
     * One client shared by all the bench's clients, completing on virtual threads: against a stand-in
     * server on two cores this took about half the CPU per request of one client per bench client,
     * and less than the default executor's platform threads.
     */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    URI base() {
        return base;
    }

    /**
     * Whether {@code /actuator/health} answers UP; asked without credentials first, then with
     * {@code authorization} if the server wants a login for it.
     */
    boolean healthy(String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/actuator/health", null);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            response = get("/actuator/health", authorization);
        }
        return response.statusCode() == 200 && "UP".equals(Json.string(parseOrNull(response.body()), "status"));
    }

    /** {@code POST /api/tokens}: a new API token for the login behind {@code authorization}. */
    String createToken(String authorization, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = send(
                post("/api/tokens", "{\"name\":" + Json.quote(name) + "}", authorization)
                        .build(),
                "POST /api/tokens");
        String token = response.statusCode() / 100 == 2 ? Json.string(parseOrNull(response.body()), "token") : null;
        if (token == null) {
            throw new IllegalStateException("POST /api/tokens answered " + response.statusCode() + " without a token: "
                    + abbreviate(response.body()));
        }
        return token;
    }

    /** {@code GET /api/accounts}: the numbers of the branch's accounts in the asset that have no limit. */
    List<String> unlimitedAccounts(String authorization, String branch, String asset)
            throws IOException, InterruptedException {
        String path = "/api/accounts?branch=" + encode(branch) + "&asset=" + encode(asset) + "&size=200";
        HttpResponse<String> response = send(request(path, authorization).GET().build(), "GET " + path);
        Object page = response.statusCode() == 200 ? parseOrNull(response.body()) : null;
        if (!(page instanceof Map<?, ?> map && map.get("items") instanceof List<?> items)) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        List<String> numbers = new ArrayList<>();
        for (Object item : items) {
            String number = Json.string(item, "number");
            if (number != null && "NONE".equals(Json.string(item, "limit"))) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** {@code POST /api/journal-vouchers?submit=true} with the given voucher body. */
    HttpResponse<String> postVoucher(String authorization, String idempotencyKey, String body)
            throws IOException, InterruptedException {
        return http.send(
                post("/api/journal-vouchers?submit=true", body, authorization)
                        .header("Idempotency-Key", idempotencyKey)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return http.send(request(path, authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET /actuator/prometheus}, in the Prometheus text format. */
    HttpResponse<String> metrics(String authorization) throws IOException, InterruptedException {
        return http.send(
                request("/actuator/prometheus", authorization)
                        .setHeader("Accept", "text/plain")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    static Object parseOrNull(String body) {
        try {
            return Json.parse(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private HttpResponse<String> send(HttpRequest request, String what) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(what + " on " + base + " failed: " + e, e);
        }
    }

    private HttpRequest.Builder post(String path, String json, String authorization) {
        return request(path, authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
