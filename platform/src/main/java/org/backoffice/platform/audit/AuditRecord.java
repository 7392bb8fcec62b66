package org.backoffice.platform.audit;

/** A change to be appended to the audit log; the log gives it its number, time and hash. */
public record AuditRecord(
        String actor, String action, String entityType, String entityId, String branch, String before, String after) {
    public AuditRecord {
        if (actor == null || action == null || entityType == null || entityId == null) {
            throw new IllegalArgumentException("audit record: actor, action, entity type and id must be given");
        }
    }
}
