package org.backoffice.platform.audit;

import java.time.Instant;

/**
 * One change, as the audit log keeps it.
 *
 * @param before the state before the change, as JSON; null when something was created
 * @param after the state after it, as JSON; null when something was removed
 * @param hash SHA-256 over the previous entry's hash and this entry's content
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String branch,
        String before,
        String after,
        String previousHash,
        String hash) {}
