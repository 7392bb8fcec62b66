package org.backoffice.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backoffice.ledger.Side;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.ServerTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's tests: requests as a demo user (by API token), documents made through the platform, problem checks. */
public abstract class ApiTestSupport extends ServerTest {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Requests as one user. */
    public final class As {
        private final String username;

        As(String username) {
            this.username = username;
        }

        public HttpResponse<String> get(String path, String... headers) {
            return send("GET", path, null, null, headers);
        }

        public HttpResponse<byte[]> getBytes(String path) {
            HttpRequest request = builder(path, new String[0]).GET().build();
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public HttpResponse<String> post(String path, String json, String... headers) {
            return send("POST", path, json, "application/json", headers);
        }

        public HttpResponse<String> put(String path, String json, String... headers) {
            return send("PUT", path, json, "application/json", headers);
        }

        public HttpResponse<String> delete(String path, String... headers) {
            return send("DELETE", path, null, null, headers);
        }

        /** A multipart/form-data POST with one file part. */
        public HttpResponse<String> upload(
                String path, String part, String fileName, String mediaType, byte[] content, String... headers) {
            String boundary = "----backoffice-test-boundary";
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
            HttpRequest request = builder(path, headers)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            return send(request);
        }

        public HttpResponse<String> send(
                String method, String path, String body, String contentType, String... headers) {
            HttpRequest.Builder builder = builder(path, headers);
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            builder.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            return send(builder.build());
        }

        private HttpRequest.Builder builder(String path, String[] headers) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + users.token(username));
            if (headers.length > 0) {
                builder.headers(headers);
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public As as(String username) {
        return new As(username);
    }

    public static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode())
                .as(
                        "status of %s %s: %s",
                        response.request().method(), response.request().uri(), response.body())
                .isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** Asserts an RFC 9457 problem of {@code status} without a trace of the server's insides; returns its body. */
    public static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode())
                .as(
                        "status of %s %s: %s",
                        response.request().method(), response.request().uri(), response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        // A Java exception's class name, not a document type such as ExceptionResolution.
        assertThat(response.body())
                .doesNotContain("\tat ", "org.backoffice", "springframework")
                .doesNotContainPattern("([a-z]|\\.)Exception\\b");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("errors").isArray()).isTrue();
        return body;
    }

    /** Asserts a problem whose errors name exactly {@code fields} (in any order); returns its body. */
    public static JsonNode problem(HttpResponse<String> response, int status, String... fields) {
        JsonNode body = problem(response, status);
        assertThat(fieldsOf(body)).as("fields named by %s", response.body()).containsExactlyInAnyOrder(fields);
        return body;
    }

    public static List<String> fieldsOf(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : problem.get("errors")) {
            fields.add(error.get("field").isNull() ? null : error.get("field").asString());
        }
        return fields;
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    public LocalDate today() {
        return LocalDate.now(platform.clock());
    }

    /** Makes the user unless an earlier test did. */
    public void ensureUser(String username, String role, String branch) {
        synchronized (ApiTestSupport.class) {
            if (platform.users().find(username).isEmpty()) {
                users.add(username, "not-a-demo-password", Set.of(role), branch == null ? Set.of() : Set.of(branch));
            }
        }
    }

    public Actor actor(String username) {
        return users.actor(username);
    }

    /** A voucher made through the platform, as a draft or submitted. */
    public Document voucher(String maker, String branch, String debit, String credit, String amount, boolean submit) {
        long units = new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
        JournalVoucher body = new JournalVoucher(
                "USD",
                "made by a test",
                List.of(new JournalLine(debit, Side.DEBIT, units), new JournalLine(credit, Side.CREDIT, units)));
        return platform.documents()
                .create(actor(maker), new NewDocument(JournalVoucherKind.TYPE, branch, today(), body), submit, null)
                .document();
    }

    /** A voucher's body as the API takes it. */
    public String voucherJson(String branch, String debit, String credit, String amount) {
        return """
                {"branch":"%s","valueDate":"%s","narrative":"api test","asset":"USD",
                 "lines":[{"account":"%s","side":"DEBIT","amount":"%s"},{"account":"%s","side":"CREDIT","amount":"%s"}]}
                """.formatted(branch, today(), debit, amount, credit, amount);
    }

    /** How many documents the user made, as the administrator sees them. */
    public long documentsMadeBy(String maker) {
        return platform.documents()
                .list(actor("admin"), new DocumentQuery(null, null, null, maker, null, null, null, null, 0, 1))
                .total();
    }

    /** The account's posted balance in minor units, positive on its normal side. */
    public long balance(String account) {
        return platform.accounts().balance(actor("admin"), account, null).posted();
    }
}
