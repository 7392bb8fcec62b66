package org.backoffice.platform.document;

/**
 * Where a document stands. Approval posts at once, so "approved" is an event in the audit log
 * rather than a status a document rests in.
 */
public enum DocumentStatus {
    DRAFT,
    SUBMITTED,
    REJECTED,
    POSTED,
    REVERSED;

    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
