package org.backoffice.server.platform.web;

import org.backoffice.platform.audit.AuditEntry;
import org.backoffice.server.web.IsoTime;

/** An audit log entry as a row: the time in ISO form (UTC), who did what to which entity, and its states. */
public record AuditRow(
        long seq,
        String at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String branch,
        String before,
        String after,
        boolean document) {
    static AuditRow of(AuditEntry entry, java.util.Set<String> documentTypes) {
        return new AuditRow(
                entry.seq(),
                IsoTime.of(entry.at()),
                entry.actor(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.branch() == null ? "" : entry.branch(),
                entry.before(),
                entry.after(),
                documentTypes.contains(entry.entityType()));
    }
}
