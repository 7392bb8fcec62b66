package org.backoffice.platform.operation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditChain;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.operation.OperationKind;

/**
 * The platform's rows in every ledger batch: for each kind of operation in the batch, its module's
 * refusals before the ledger applies anything, and after the ledger's rows its module's rows, a
 * row per movement in {@code platform_operations}, and the audit entries, appended to the chain
 * once per batch. All in the batch's transaction.
 */
public final class OperationCompanion implements CommitCompanion {
    private final AuditChain audit;
    private final Clock clock;

    public OperationCompanion(boolean postgres, Clock clock) {
        this.audit = new AuditChain(postgres);
        this.clock = clock;
    }

    @Override
    public String[] check(Connection c, List<Object> attachments) throws SQLException {
        String[] refusals = new String[attachments.size()];
        for (Group<?> group : groups(attachments).values()) {
            group.check(c, refusals);
        }
        return refusals;
    }

    @Override
    public void write(Connection c, List<Object> accepted) throws SQLException {
        insertOperationRows(c, accepted);
        List<AuditRecord> records = new ArrayList<>();
        for (Group<?> group : groups(accepted).values()) {
            records.addAll(group.write(c));
        }
        audit.append(c, Micros.now(clock), records);
    }

    private void insertOperationRows(Connection c, List<Object> accepted) throws SQLException {
        long now = Micros.now(clock);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO platform_operations (tx_id, operation_id, type, branch, actor, at_micros)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            int rows = 0;
            for (Object o : accepted) {
                Submitted<?> s = (Submitted<?>) o;
                if (s.movements().isEmpty()) {
                    continue;
                }
                long operation = s.movements().get(0).id().value();
                for (TransactionRequest movement : s.movements()) {
                    insert.setLong(1, movement.id().value());
                    insert.setLong(2, operation);
                    insert.setString(3, s.kind().type());
                    insert.setString(4, s.branch());
                    insert.setString(5, s.actor());
                    insert.setLong(6, now);
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The attachments by kind, in the order each kind first appears, keeping their batch positions. */
    private static Map<OperationKind<?>, Group<?>> groups(List<Object> attachments) {
        Map<OperationKind<?>, Group<?>> groups = new LinkedHashMap<>();
        for (int i = 0; i < attachments.size(); i++) {
            Submitted<?> s = (Submitted<?>) attachments.get(i);
            add(groups, s, i);
        }
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(Map<OperationKind<?>, Group<?>> groups, Submitted<T> s, int position) {
        Group<T> group = (Group<T>) groups.computeIfAbsent(s.kind(), k -> new Group<>(s.kind()));
        group.values.add(s.value());
        group.positions.add(position);
    }

    private static final class Group<T> {
        private final OperationKind<T> kind;
        private final List<T> values = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();

        Group(OperationKind<T> kind) {
            this.kind = kind;
        }

        void check(Connection c, String[] refusals) throws SQLException {
            String[] answers = kind.refusals(c, java.util.Collections.unmodifiableList(values));
            if (answers == null) {
                return;
            }
            if (answers.length != values.size()) {
                throw new IllegalStateException(
                        kind.type() + " answered " + answers.length + " refusals for " + values.size() + " operations");
            }
            for (int k = 0; k < answers.length; k++) {
                refusals[positions.get(k)] = answers[k];
            }
        }

        List<AuditRecord> write(Connection c) throws SQLException {
            return kind.write(c, java.util.Collections.unmodifiableList(values));
        }
    }
}
