package org.backoffice.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of the web UI over real HTTP: its own cookies, the CSRF token of the last page it saw sent
 * with every form it posts. A post's redirect is returned as it is, and the page it leads to is read at once, as a
 * browser would ({@link #followed}).
 */
public final class PageClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private String csrf;
    private HttpResponse<String> followed;

    public PageClient(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in with the form, and reads a page for the session's CSRF token. */
    public PageClient signIn(String username, String password) {
        get("/login");
        HttpResponse<String> signedIn = post("/login", Map.of("username", username, "password", password));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("sign-in of " + username + " failed: " + signedIn.statusCode() + " " + location);
        }
        get("/");
        return this;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path, headers);
        if (!hasHeader(headers, "Accept")) {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        return remember(send(request.GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    public HttpResponse<byte[]> bytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form with the CSRF token; the map's order is kept. */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(form.entrySet());
        return post(path, fields, headers);
    }

    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, String... headers) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        return postWithout(path, all, headers);
    }

    /** Posts a multipart form with one file part and the CSRF token, as a browser's upload form does. */
    public HttpResponse<String> upload(String path, String part, String fileName, byte[] content) {
        String boundary = "----page-client-boundary";
        StringBuilder head = new StringBuilder();
        if (csrf != null) {
            head.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf)
                    .append("\r\n");
        }
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(part)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        HttpRequest request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return remember(send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts exactly these fields, without adding the CSRF token. */
    public HttpResponse<String> postWithout(String path, List<Map.Entry<String, String>> fields, String... headers) {
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!hasHeader(headers, "Accept")) {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        HttpResponse<String> response = remember(send(request.build(), HttpResponse.BodyHandlers.ofString()));
        followed = null;
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() == 302 && location != null && !location.contains("/login")) {
            // As a browser would: the page after the redirect shows (and so uses up) the message carried to it.
            followed = get(URI.create(location).getRawPath());
        }
        return response;
    }

    /** The page the last post redirected to, as the browser showed it next; null if it did not redirect. */
    public HttpResponse<String> followed() {
        return followed;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private static boolean hasHeader(String[] headers, String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
