package org.backoffice.server.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backoffice.platform.Platform;
import org.springframework.stereotype.Component;

/**
 * The first successful answer to each POST made with an Idempotency-Key, per principal and key, in the platform's
 * {@code api_responses} table. Written through the platform's writer like every other change, read from its pool.
 */
@Component
class IdempotencyStore {
    private final Platform platform;
    private final java.time.Clock clock;

    IdempotencyStore(Platform platform) {
        this.platform = platform;
        this.clock = platform.clock();
    }

    /**
     * An answer as it was given.
     *
     * @param headers the answer's Location and ETag, as {@code Name: value} lines
     */
    record StoredResponse(String requestHash, int status, String contentType, String headers, String body) {}

    Optional<StoredResponse> find(String principal, String key) {
        try (Connection c = platform.ledger().readers().getConnection();
                PreparedStatement select =
                        c.prepareStatement("SELECT request_hash, status, content_type, headers, body FROM api_responses"
                                + " WHERE principal = ? AND idem_key = ?")) {
            select.setString(1, principal);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredResponse(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read stored API responses: " + e.getMessage(), e);
        }
    }

    /** Keeps the answer unless one is kept for the key already (another server answered first). */
    void save(String principal, String key, StoredResponse response) {
        Instant now = clock.instant();
        long micros = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1000);
        platform.change(List.of(), c -> {
            try (PreparedStatement exists =
                    c.prepareStatement("SELECT 1 FROM api_responses WHERE principal = ? AND idem_key = ?")) {
                exists.setString(1, principal);
                exists.setString(2, key);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO api_responses (principal, idem_key, request_hash, status, content_type, headers,"
                            + " body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, principal);
                insert.setString(2, key);
                insert.setString(3, response.requestHash());
                insert.setInt(4, response.status());
                insert.setString(5, response.contentType());
                insert.setString(6, response.headers());
                insert.setString(7, response.body());
                insert.setLong(8, micros);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
