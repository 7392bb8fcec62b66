package org.backoffice.securities.reconciliation.internal;

import java.time.LocalDate;
import org.backoffice.platform.reconciliation.NewBreak;
import org.backoffice.securities.reconciliation.BreakKind;

/** A difference found by a comparison, before it is stored as a break. */
public record Found(BreakKind kind, String subject, String detail, long ours, long theirs) {
    /** The natural key: the same statement finds the same differences, stored once. */
    public String key(String statementRef, String account) {
        String key = statementRef + "|" + kind + "|" + account + "|" + subject + "|" + detail;
        return key.length() > NewBreak.MAX_ITEM ? key.substring(0, NewBreak.MAX_ITEM) : key;
    }

    /** The difference as a break of the statement's account, found today. */
    public NewBreak toBreak(String statementRef, Scope scope, LocalDate today) {
        return NewBreak.comparison(
                kind.name(),
                key(statementRef, scope.account()),
                scope.branch(),
                scope.account(),
                subject,
                detail,
                ours,
                theirs,
                today,
                statementRef);
    }
}
