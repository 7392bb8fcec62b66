package org.backoffice.platform.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.operation.internal.Submitted;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Permissions;

/**
 * The one path on which modules record their operations: the actor's permission on the kind and
 * branch are checked here, whoever calls; each operation's movements go to the ledger linked, and
 * its rows, its record in {@code platform_operations} and its audit entries commit in the ledger
 * batch's transaction. Many operations submitted together share the ledger's batches: an import of
 * a thousand trades costs a few commits, and a crash at any instant leaves each operation whole or
 * absent.
 */
public final class Operations {
    private final Ledger ledger;
    private final Permissions permissions;
    private final Map<String, OperationKind<?>> kinds = new ConcurrentHashMap<>();

    public Operations(Ledger ledger, Permissions permissions) {
        this.ledger = ledger;
        this.permissions = permissions;
    }

    /**
     * Registers a module's kind of operation; only registered kinds are recorded. Registering the
     * same kind again does nothing; another kind under a registered type is refused.
     */
    public <T> OperationKind<T> register(OperationKind<T> kind) {
        OperationKind<?> known = kinds.putIfAbsent(kind.type(), kind);
        if (known != null && known != kind) {
            throw new IllegalStateException("operation type " + kind.type() + " is registered already");
        }
        return kind;
    }

    public List<OperationKind<?>> kinds() {
        return List.copyOf(kinds.values());
    }

    /** What {@code backoffice check} verifies of the registered kinds' rows. */
    public List<ConsistencyRule> consistency() {
        List<ConsistencyRule> rules = new ArrayList<>();
        kinds.values().forEach(kind -> rules.addAll(kind.consistency()));
        return rules;
    }

    /** Whether the actor may record operations of this kind in this branch. */
    public <T> boolean allows(Actor actor, OperationKind<T> kind, String branch) {
        return permissions.allows(actor, kind.type(), Action.CREATE) && actor.canSee(branch);
    }

    /**
     * Hands the operations to the ledger without waiting: the futures complete, in order, once each
     * one's batch has committed (or refused it).
     *
     * @throws SecurityException when the actor may not record this kind, or one of them lies in a
     *     branch not granted to the actor; then nothing is submitted
     */
    public <T> List<CompletableFuture<Outcome>> submit(Actor actor, OperationKind<T> kind, List<T> operations) {
        requireRegistered(kind);
        permissions.require(actor, kind.type(), Action.CREATE);
        for (T operation : operations) {
            actor.requireBranch(kind.branch(operation));
        }
        List<CompletableFuture<Outcome>> futures = new ArrayList<>(operations.size());
        for (T operation : operations) {
            futures.add(submitOne(actor, kind, operation));
        }
        return futures;
    }

    /** Records the operations and waits for their outcomes, in order. */
    public <T> List<Outcome> record(Actor actor, OperationKind<T> kind, List<T> operations) {
        List<CompletableFuture<Outcome>> futures = submit(actor, kind, operations);
        List<Outcome> outcomes = new ArrayList<>(futures.size());
        for (CompletableFuture<Outcome> future : futures) {
            outcomes.add(await(future));
        }
        return outcomes;
    }

    /** Records one operation and waits for its outcome. */
    public <T> Outcome record(Actor actor, OperationKind<T> kind, T operation) {
        return record(actor, kind, List.of(operation)).get(0);
    }

    private <T> CompletableFuture<Outcome> submitOne(Actor actor, OperationKind<T> kind, T operation) {
        List<TransactionRequest> movements = kind.movements(operation);
        Submitted<T> attachment = new Submitted<>(kind, operation, actor.username(), kind.branch(operation), movements);
        return switch (movements.size()) {
            case 0 -> ledger.record(kind.id(operation), attachment);
            case 1 -> ledger.submit(movements.get(0), attachment);
            default -> ledger.submitLinked(movements, attachment);
        };
    }

    private void requireRegistered(OperationKind<?> kind) {
        if (kinds.get(kind.type()) != kind) {
            throw new IllegalStateException("operation type " + kind.type() + " is not registered with the platform");
        }
    }

    /** The future's outcome; a failure of the batch is rethrown as it was raised. */
    public static Outcome await(CompletableFuture<Outcome> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
