package org.backoffice.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.backoffice.server.security.BackofficeUser;
import org.backoffice.server.web.IdempotencyStore.StoredResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys on the API's POSTs: the first successful answer to a POST with an {@code Idempotency-Key} is
 * kept per signed-in user and key; a retry with the same key and the same request gets that answer again, with
 * {@code Idempotent-Replayed: true}, and changes nothing; the same key with another request is a 422. The key is
 * optional and at most 200 characters (400 otherwise). Creating a journal voucher or a payment is left to the
 * platform, which keeps its keys in the document's own transaction; every other POST is served here.
 *
 * <p>Concurrent duplicates of these POSTs (rare: tokens, users, accounts, decisions on documents) are serialised
 * per key in this process, on one of a fixed set of locks; across servers sharing a database the key's row keeps
 * the first answer, but two servers could each run the action once. A secret in an answer (a token, a one-time
 * password) is never stored: the kept copy has it removed, so a replay answers null in its place.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** POSTs that create documents: the platform keeps their keys in the document's own transaction. */
    private static final Set<String> DOCUMENT_CREATION = Set.of(
            "/api/journal-vouchers", "/api/bank/transfers", "/api/bank/outgoing-payments", "/api/bank/conversions");

    static final int MAX_KEY_LENGTH = 200;
    private static final String SECRETS = IdempotencyFilter.class.getName() + ".secrets";
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final int STRIPES = 64;
    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL);
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final JsonMapper json;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Marks a top-level field of this request's answer as a secret the stored copy must not keep. */
    public static void keepSecret(HttpServletRequest request, String field) {
        @SuppressWarnings("unchecked")
        Set<String> secrets = (Set<String>) request.getAttribute(SECRETS);
        if (secrets == null) {
            secrets = new HashSet<>();
            request.setAttribute(SECRETS, secrets);
        }
        secrets.add(field);
    }

    public static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(request, response, HttpStatus.BAD_REQUEST, "must be 1.." + MAX_KEY_LENGTH + " characters");
            return;
        }
        String principal = principal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (principal == null || DOCUMENT_CREATION.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest readable;
        byte[] canonical;
        if (isMultipart(request)) {
            readable = request;
            Optional<byte[]> parts = parts(request);
            if (parts.isEmpty()) {
                // The parts cannot be read (too large, malformed): the request fails as it would without a key.
                chain.doFilter(request, response);
                return;
            }
            canonical = parts.get();
        } else {
            byte[] body = body(request);
            if (body == null) {
                problem(request, response, HttpStatus.CONTENT_TOO_LARGE, null, "the request body is too large");
                return;
            }
            readable = new CachedBody(request, body);
            canonical = canonicalJson(body);
        }
        String hash = RequestHash.of(request.getMethod(), pathAndQuery(request), canonical);
        ReentrantLock lock = stripes[Math.floorMod((principal + '\n' + key).hashCode(), STRIPES)];
        lock.lock();
        try {
            Optional<StoredResponse> earlier = store.find(principal, key);
            if (earlier.isPresent()) {
                if (earlier.get().requestHash().equals(hash)) {
                    replay(response, earlier.get());
                } else {
                    problem(
                            request,
                            response,
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "was used before with a different request");
                }
                return;
            }
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(readable, captured);
                if (captured.getStatus() >= 200 && captured.getStatus() < 300) {
                    keep(request, principal, key, hash, captured);
                }
            } finally {
                captured.copyBodyToResponse();
            }
        } finally {
            lock.unlock();
        }
    }

    private void keep(
            HttpServletRequest request,
            String principal,
            String key,
            String hash,
            ContentCachingResponseWrapper captured) {
        StringBuilder headers = new StringBuilder();
        for (String name : KEPT_HEADERS) {
            String value = captured.getHeader(name);
            if (value != null) {
                headers.append(name).append(": ").append(value).append('\n');
            }
        }
        String body = withoutSecrets(request, new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8));
        try {
            store.save(
                    principal,
                    key,
                    new StoredResponse(
                            hash, captured.getStatus(), captured.getContentType(), headers.toString(), body));
        } catch (RuntimeException e) {
            // The action is done; only a retry's replay is lost, and the retry then runs again.
            LOG.warn("event=idempotent_response_not_kept key_length={} error=\"{}\"", key.length(), e.getMessage());
        }
    }

    private String withoutSecrets(HttpServletRequest request, String body) {
        @SuppressWarnings("unchecked")
        Set<String> secrets = (Set<String>) request.getAttribute(SECRETS);
        if (secrets == null || secrets.isEmpty()) {
            return body;
        }
        Map<String, Object> answer = json.readerForMapOf(Object.class).readValue(body);
        for (String secret : secrets) {
            if (answer.containsKey(secret)) {
                answer.put(secret, null);
            }
        }
        return json.writeValueAsString(answer);
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        if (stored.headers() != null) {
            for (String line : stored.headers().split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    response.setHeader(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        response.setHeader(REPLAYED, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        byte[] body = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof BackofficeUser user
                ? user.getUsername()
                : null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** The body, or null when it is larger than any POST of this API needs. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    return null;
                }
            }
        }
        return body.toByteArray();
    }

    /** JSON with its object members in name order, so that layout and member order do not matter; else as sent. */
    private byte[] canonicalJson(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            Object value = json.readerFor(Object.class)
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(body);
            return json.writer()
                    .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(value);
        } catch (JacksonException e) {
            return body;
        }
    }

    /** Each part's name, file name, media type and content digest, in name order; empty when unreadable. */
    private static Optional<byte[]> parts(HttpServletRequest request) {
        List<Part> parts;
        try {
            parts = new ArrayList<>(request.getParts());
        } catch (IOException | ServletException | RuntimeException e) {
            return Optional.empty();
        }
        parts.sort(Comparator.comparing(Part::getName));
        StringBuilder canonical = new StringBuilder();
        for (Part part : parts) {
            MessageDigest digest = RequestHash.sha256();
            try (InputStream in = part.getInputStream()) {
                byte[] buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    digest.update(buffer, 0, read);
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            canonical
                    .append(part.getName())
                    .append('\t')
                    .append(part.getSubmittedFileName())
                    .append('\t')
                    .append(part.getContentType())
                    .append('\t')
                    .append(HexFormat.of().formatHex(digest.digest()))
                    .append('\n');
        }
        return Optional.of(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        problem(request, response, status, HEADER, message);
    }

    private void problem(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field, String message)
            throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", field == null ? message : field + ": " + message);
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of(error));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The request with its body read once and given again to whoever reads it next. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset =
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
