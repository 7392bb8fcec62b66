package org.backoffice.platform.operation;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;

/**
 * A kind of operation that moves nothing in the ledger: it records the module's rows and its audit
 * entry in a ledger batch's transaction, under an id of its own (a trade captured, a trade sent back
 * to repair, a confirmation received). A subclass says how its rows are written.
 *
 * @param <T> the module's value describing one operation
 */
public abstract class RecordKind<T> implements OperationKind<T> {
    private final String type;
    private final Function<T, String> branch;
    private final ToLongFunction<T> id;

    /**
     * @param type the name permissions are granted on and the audit log shows
     * @param branch the branch an operation belongs to
     * @param id an operation's id, which the platform's id generator gave no other operation
     */
    protected RecordKind(String type, Function<T, String> branch, ToLongFunction<T> id) {
        this.type = type;
        this.branch = branch;
        this.id = id;
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final String branch(T operation) {
        return branch.apply(operation);
    }

    @Override
    public final List<TransactionRequest> movements(T operation) {
        return List.of();
    }

    @Override
    public final TransactionId id(T operation) {
        return TransactionId.of(id.applyAsLong(operation));
    }
}
