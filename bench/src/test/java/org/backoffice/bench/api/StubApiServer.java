package org.backoffice.bench.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the Backoffice server's REST API, as far as the API benchmark uses it and as the
 * contract describes it: token, accounts, journal vouchers, health and Prometheus metrics. It
 * checks what the bench sends, so that a malformed voucher or a reused idempotency key shows.
 */
final class StubApiServer implements AutoCloseable {
    static final String TOKEN = "bo_stub";
    /** Eden and old generation: 100 MiB of heap in all. */
    static final long HEAP_MB = 100;

    private static final String OPERATOR = ApiClient.basic("operator.ho", "demo");
    private static final String ADMIN = ApiClient.basic("admin", "demo");

    /** What the stub does beyond the happy path. */
    record Behaviour(int unlimitedAccounts, boolean refuseVouchers, boolean metrics) {
        static final Behaviour NORMAL = new Behaviour(3, false, true);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Behaviour behaviour;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final AtomicLong posted = new AtomicLong();
    private final List<String> problems = new ArrayList<>();

    private StubApiServer(HttpServer server, Behaviour behaviour) {
        this.server = server;
        this.behaviour = behaviour;
        server.createContext("/actuator/health", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/actuator/prometheus", this::metrics);
        server.createContext("/api/tokens", this::token);
        server.createContext("/api/accounts", this::accounts);
        server.createContext("/api/journal-vouchers", this::voucher);
        server.setExecutor(executor);
        server.start();
    }

    static StubApiServer start(int port, Behaviour behaviour) throws IOException {
        return new StubApiServer(
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64), behaviour);
    }

    /** As the bench starts the server: {@code serve --demo --port N --db URL}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 6 || !args[0].equals("serve") || !args[1].equals("--demo")) {
            System.err.println("usage: serve --demo --port N --db URL, was " + String.join(" ", args));
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection(args[5]);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stub_started (id INTEGER)");
        } catch (SQLException e) {
            System.err.println("cannot use the database " + args[5] + ": " + e.getMessage());
            System.exit(1);
        }
        Thread.sleep(500);
        start(Integer.parseInt(args[3]), Behaviour.NORMAL);
        System.out.println("stub server listening on port " + args[3]);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    long posted() {
        return posted.get();
    }

    /** What the stub found wrong in the requests it was sent. */
    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!OPERATOR.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, problem(401, "bad credentials"));
        } else if (!"bench".equals(Json.string(Json.parse(body), "name"))) {
            answer(exchange, 400, problem(400, "name missing"));
        } else {
            answer(exchange, 201, "{\"id\":\"t1\",\"name\":\"bench\",\"token\":\"" + TOKEN + "\"}");
        }
    }

    private void accounts(HttpExchange exchange) throws IOException {
        if (!bearer(exchange)) {
            answer(exchange, 401, problem(401, "no token"));
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        if (!query.contains("branch=HO") || !query.contains("asset=USD")) {
            problem("accounts asked with " + query);
        }
        StringBuilder items = new StringBuilder(
                "{\"number\":\"HO-1010-USD\",\"name\":\"Cash\",\"limit\":\"CREDITS_WITHIN_DEBITS\",\"balance\":\"0.00\"}");
        for (int i = 0; i < behaviour.unlimitedAccounts(); i++) {
            items.append(",{\"number\":\"HO-30")
                    .append(10 + i)
                    .append("-USD\",\"name\":\"Equity\",")
                    .append("\"branch\":\"HO\",\"asset\":\"USD\",\"limit\":\"NONE\",\"balance\":\"0.00\"}");
        }
        answer(
                exchange,
                200,
                "{\"items\":[" + items + "],\"page\":0,\"size\":200,\"total\":" + (behaviour.unlimitedAccounts() + 1)
                        + "}");
    }

    private void voucher(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!bearer(exchange)) {
            answer(exchange, 401, problem(401, "no token"));
            return;
        }
        if (behaviour.refuseVouchers()) {
            answer(exchange, 422, problem(422, "vouchers are refused today"));
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || !keys.add(key)) {
            problem("idempotency key missing or reused: " + key);
            answer(exchange, 409, problem(409, "key reused"));
            return;
        }
        if (!"submit=true".equals(exchange.getRequestURI().getQuery())) {
            problem("voucher posted without submit=true");
        }
        Map<?, ?> voucher = (Map<?, ?>) Json.parse(body);
        List<?> lines = (List<?>) voucher.get("lines");
        BigDecimal debit = new BigDecimal(Json.string(lines.get(0), "amount"));
        BigDecimal credit = new BigDecimal(Json.string(lines.get(1), "amount"));
        if (!"HO".equals(voucher.get("branch"))
                || !"USD".equals(voucher.get("asset"))
                || !"bench".equals(voucher.get("narrative"))
                || voucher.get("valueDate") == null
                || !"DEBIT".equals(Json.string(lines.get(0), "side"))
                || !"CREDIT".equals(Json.string(lines.get(1), "side"))
                || Json.string(lines.get(0), "account").equals(Json.string(lines.get(1), "account"))
                || debit.compareTo(credit) != 0
                || debit.scale() != 2
                || debit.compareTo(new BigDecimal("1.00")) < 0
                || debit.compareTo(new BigDecimal("10000.00")) >= 0) {
            problem("malformed voucher: " + body);
            answer(exchange, 400, problem(400, "malformed voucher"));
            return;
        }
        long number = posted.incrementAndGet();
        answer(
                exchange,
                201,
                String.format(
                        "{\"id\":\"%d\",\"number\":\"JV-HO-2026-%06d\",\"status\":\"POSTED\",\"version\":1,"
                                + "\"lines\":[{\"account\":\"x\",\"status\":\"IGNORED\"}]}",
                        number, number));
    }

    private void metrics(HttpExchange exchange) throws IOException {
        if (!behaviour.metrics()) {
            answer(exchange, 404, "");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (bearer(exchange)) {
            answer(exchange, 403, problem(403, "operators may not read metrics"));
        } else if (!ADMIN.equals(authorization)) {
            answer(exchange, 401, problem(401, "log in"));
        } else {
            String text = """
                    # HELP jvm_memory_used_bytes The amount of used memory
                    # TYPE jvm_memory_used_bytes gauge
                    jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 4.194304E7
                    jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 1.0E9
                    jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 6.291456E7
                    jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 5.36870912E8
                    """;
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }

    private static boolean bearer(HttpExchange exchange) {
        return ApiClient.bearer(TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private void problem(String problem) {
        synchronized (problems) {
            problems.add(problem);
        }
    }

    private static String problem(int status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
