package org.backoffice.securities.reconciliation.internal;

import org.backoffice.securities.reconciliation.BreakKind;

/** A difference found by a comparison, before it is stored as a break. */
public record Found(BreakKind kind, String subject, String detail, long ours, long theirs) {
    /** The natural key: the same statement finds the same differences, stored once. */
    public String key(String statementRef, String account) {
        String key = statementRef + "|" + kind + "|" + account + "|" + subject + "|" + detail;
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
