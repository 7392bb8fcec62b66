package org.backoffice.securities.settlement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a settlement instruction stands, with the transitions it may take. The names are the
 * trade's states from instruction on, so the trade mirrors its instruction.
 */
public enum InstructionStatus {
    NEW,
    INSTRUCTED,
    MATCHED,
    UNMATCHED,
    PENDING,
    FAILING,
    PARTIALLY_SETTLED,
    SETTLED,
    CANCELLED;

    // SETTLED and PARTIALLY_SETTLED step back only when the depository reverses a settlement;
    // INSTRUCTED goes straight to SETTLED only through the registrar, who sends no statuses.
    private static final Map<InstructionStatus, Set<InstructionStatus>> NEXT = Map.of(
            NEW, EnumSet.of(INSTRUCTED),
            INSTRUCTED, EnumSet.of(MATCHED, UNMATCHED, SETTLED, CANCELLED),
            UNMATCHED, EnumSet.of(MATCHED, CANCELLED),
            MATCHED, EnumSet.of(PENDING, FAILING, PARTIALLY_SETTLED, SETTLED, CANCELLED),
            PENDING, EnumSet.of(FAILING, PARTIALLY_SETTLED, SETTLED, CANCELLED),
            FAILING, EnumSet.of(PENDING, PARTIALLY_SETTLED, SETTLED, CANCELLED),
            PARTIALLY_SETTLED, EnumSet.of(PARTIALLY_SETTLED, PENDING, FAILING, SETTLED),
            SETTLED, EnumSet.of(PENDING, PARTIALLY_SETTLED),
            CANCELLED, EnumSet.noneOf(InstructionStatus.class));

    public boolean canMoveTo(InstructionStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Guards a transition: the next status, or an exception naming both. */
    public InstructionStatus moveTo(InstructionStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("status: an instruction " + this + " cannot become " + next);
        }
        return next;
    }

    /** The states a cancellation may start from: nothing settled yet. */
    public boolean cancellable() {
        return canMoveTo(CANCELLED);
    }

    /** The states whose intended settlement date passing makes them fail. */
    public boolean mayFail() {
        return this == MATCHED || this == PENDING;
    }
}
