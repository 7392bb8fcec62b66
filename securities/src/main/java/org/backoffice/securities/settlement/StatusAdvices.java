package org.backoffice.securities.settlement;

import java.util.List;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.settlement.internal.InstructionStep;

/**
 * The depository's status advices (MT548, sese.024): matched, unmatched, pending and failing move
 * the instruction; the others (acknowledged, rejected, cancelled) are kept as events only, since our
 * own cancellation goes through maker-checker. Nothing moves in the ledger.
 */
final class StatusAdvices {
    private final InstructionSteps steps;

    StatusAdvices(InstructionSteps steps) {
        this.steps = steps;
    }

    /** The key under which an advice is applied once. */
    static String key(SettlementStatus status) {
        return "STAT:" + status.reference() + ":" + status.kind() + ":" + InstructionSteps.nz(status.reasonCode()) + ":"
                + status.statusTime().getEpochSecond();
    }

    PreparedStep prepare(Actor actor, Instruction in, SettlementStatus status) {
        InstructionStatus target = switch (status.kind()) {
            case MATCHED -> InstructionStatus.MATCHED;
            case UNMATCHED -> InstructionStatus.UNMATCHED;
            case PENDING -> InstructionStatus.PENDING;
            case FAILING -> InstructionStatus.FAILING;
            default -> null;
        };
        // A status that says no more than the instruction knows already is kept as an event only:
        // a repeated match, a match behind a later state, a pending remainder of a partial settlement.
        if (target != null
                && (target == in.status()
                        || (target == InstructionStatus.MATCHED
                                && in.status().ordinal() > InstructionStatus.UNMATCHED.ordinal())
                        || (target == InstructionStatus.PENDING
                                && in.status() == InstructionStatus.PARTIALLY_SETTLED))) {
            target = null;
        }
        InstructionStatus next = target == null ? in.status() : in.status().moveTo(target);
        String text = status.kind() + (status.reasonText() == null ? "" : ": " + status.reasonText());
        InstructionEvent event = steps.event(in, next, status.reasonCode(), text, status.reference(), actor);
        InstructionStep step = new InstructionStep(
                event.id(), in, in.withStatus(next), event, key(status), List.of(), null, null, null, null);
        return new PreparedStep(SettlementKinds.STATUS_ADVICES, step, "status advice");
    }
}
