package org.backoffice.securities.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.Outcome;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.settlement.internal.InstructionRows;
import org.backoffice.securities.settlement.internal.InstructionStep;

/**
 * The system's step at the start of a day: a matched or pending instruction whose intended settlement
 * date has passed is failing. Recorded once per instruction and day; an instruction a message moved
 * meanwhile keeps its own state.
 */
final class FailMarking {
    private final InstructionSteps steps;

    FailMarking(InstructionSteps steps) {
        this.steps = steps;
    }

    int markFails(LocalDate today) {
        List<Instruction> due = Sql.query(
                steps.platform.ledger().readers(),
                "SELECT " + InstructionRows.COLUMNS
                        + " FROM sec_instructions WHERE status IN (?, ?) AND settlement_date < ?",
                InstructionRows::read,
                InstructionStatus.MATCHED.name(),
                InstructionStatus.PENDING.name(),
                today.toString());
        if (due.isEmpty()) {
            return 0;
        }
        Actor system = Actor.system("securities");
        List<InstructionStep> failing = new ArrayList<>(due.size());
        for (Instruction in : due) {
            InstructionStatus next = in.status().moveTo(InstructionStatus.FAILING);
            InstructionEvent event = steps.event(
                    in, next, null, "intended settlement date " + in.settlementDate() + " passed", null, system);
            failing.add(new InstructionStep(
                    event.id(),
                    in,
                    in.withStatus(next),
                    event,
                    "FAILS:" + in.reference() + ":" + today,
                    List.of(),
                    null,
                    null,
                    null,
                    null));
        }
        int failed = 0;
        for (Outcome outcome : steps.platform.operations().record(system, SettlementKinds.FAILS, failing)) {
            if (outcome.accepted()) {
                failed++;
            }
        }
        return failed;
    }
}
