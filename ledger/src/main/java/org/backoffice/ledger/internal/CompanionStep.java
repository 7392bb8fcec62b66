package org.backoffice.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.internal.GroupCommitWriter.Control;
import org.backoffice.ledger.internal.GroupCommitWriter.Expire;
import org.backoffice.ledger.internal.GroupCommitWriter.RecordOnly;
import org.backoffice.ledger.internal.GroupCommitWriter.Submit;
import org.backoffice.ledger.internal.GroupCommitWriter.Task;

/**
 * The commit companion's part in a batch: which tasks it refuses before the ledger applies any, and
 * its rows for the accepted ones before the commit. Without a companion, or without attachments in
 * the batch, it is not called.
 */
final class CompanionStep {
    private final CommitCompanion companion;

    /** @param companion null for none */
    CompanionStep(CommitCompanion companion) {
        this.companion = companion;
    }

    /** The companion's refusal per task of the batch (null where it lets the task proceed); null when it refuses none. */
    String[] check(Connection connection, List<Task> batch) throws SQLException {
        if (companion == null) {
            return null;
        }
        List<Object> attachments = new ArrayList<>();
        int[] positions = new int[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Object attachment = attachment(batch.get(i));
            if (attachment != null) {
                positions[attachments.size()] = i;
                attachments.add(attachment);
            }
        }
        if (attachments.isEmpty()) {
            return null;
        }
        String[] answers = companion.check(connection, Collections.unmodifiableList(attachments));
        if (answers == null || answers.length != attachments.size()) {
            throw new IllegalStateException("the commit companion answered "
                    + (answers == null ? "null" : answers.length + " entries") + " for " + attachments.size()
                    + " attachments");
        }
        String[] refusals = null;
        for (int k = 0; k < answers.length; k++) {
            if (answers[k] != null) {
                if (refusals == null) {
                    refusals = new String[batch.size()];
                }
                refusals[positions[k]] = answers[k];
            }
        }
        return refusals;
    }

    /** Hands the companion the attachments of the tasks accepted and not replayed. */
    void write(Connection connection, List<Task> batch, Outcome[] outcomes) throws SQLException {
        if (companion == null) {
            return;
        }
        List<Object> accepted = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Object attachment = attachment(batch.get(i));
            if (attachment != null && outcomes[i] instanceof Outcome.Accepted a && !a.replay()) {
                accepted.add(attachment);
            }
        }
        if (!accepted.isEmpty()) {
            companion.write(connection, Collections.unmodifiableList(accepted));
        }
    }

    static Outcome refused(Task task, String detail) {
        TransactionId id = switch (task) {
            case Submit s -> s.id();
            case RecordOnly r -> r.id();
            case Expire e -> e.expiryId();
            case Control<?> c -> throw new IllegalStateException("control task inside a batch");
        };
        return new Outcome.Rejected(id, RejectionReason.PRECONDITION_FAILED, detail);
    }

    private static Object attachment(Task task) {
        return switch (task) {
            case Submit s -> s.attachment();
            case RecordOnly r -> r.attachment();
            case Expire e -> null;
            case Control<?> c -> null;
        };
    }
}
