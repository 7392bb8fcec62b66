package org.backoffice.platform.operation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.ConsistencyRule;

/**
 * A kind of business operation a module records on the platform's one path: what it moves in the
 * ledger, which of the module's rows it writes, and what the audit log says of it. The platform
 * checks the actor's permission and branch, hands the movements to the ledger, and writes the rows
 * and audit entries in the same database transaction as the ledger's: all of it commits or none.
 *
 * <p>Every method but {@link #type()} and {@link #consistency()} may be called on the ledger's
 * writer thread; {@link #refusals} and {@link #write} run inside the batch's transaction and must
 * neither commit nor wait for the ledger. A batch that is retried runs them again, so they keep no
 * effects outside the transaction.
 *
 * @param <T> the module's value describing one operation (an instruction, a settlement)
 */
public interface OperationKind<T> {
    /** The name permissions are granted on and the audit log shows, e.g. {@code SettlementInstruction}. */
    String type();

    /** The branch the operation belongs to; only an actor granted it may record it. */
    String branch(T operation);

    /**
     * What the operation moves in the ledger, applied all or none (a settlement posted in part and
     * its rest reserved again); empty when it moves nothing. The ids make a retry a replay that
     * writes nothing.
     */
    List<TransactionRequest> movements(T operation);

    /** The operation's id when it moves nothing (its movements' first id otherwise). */
    default TransactionId id(T operation) {
        List<TransactionRequest> movements = movements(operation);
        if (movements.isEmpty()) {
            throw new IllegalStateException(type() + " moves nothing and names no id of its own");
        }
        return movements.get(0).id();
    }

    /**
     * Refuses, inside the transaction and before the ledger applies anything, what only the
     * module's rows can tell (a state that moved on since the operation was prepared).
     *
     * @return one entry per operation, null where it may proceed, else {@code "field: rule"}; or null
     *     when none is refused
     */
    default String[] refusals(Connection connection, List<T> operations) throws SQLException {
        return null;
    }

    /**
     * Writes the module's rows of the accepted operations (replays excluded) after the ledger's rows,
     * in its transaction.
     *
     * @return the audit entries to append for them, in the same transaction
     */
    List<AuditRecord> write(Connection connection, List<T> accepted) throws SQLException;

    /** What {@code backoffice check} verifies of this kind's rows against the ledger and the documents. */
    default List<ConsistencyRule> consistency() {
        return List.of();
    }
}
