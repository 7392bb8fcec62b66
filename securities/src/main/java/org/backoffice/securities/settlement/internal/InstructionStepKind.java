package org.backoffice.securities.settlement.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.operation.OperationKind;
import org.backoffice.securities.settlement.Instruction;

/**
 * A kind of step in an instruction's life (a status advice, a settlement in full or in part, a
 * reversal, a fail, a registrar's re-registration): the instruction's new state, its event, its
 * settlement rows and the trade's mirrored state, written in the ledger batch's transaction with the
 * step's movements. A step prepared from a state that has moved on since is refused, and so is a
 * message applied already.
 */
public final class InstructionStepKind implements OperationKind<InstructionStep> {
    private final String type;
    private final List<ConsistencyRule> rules;

    public InstructionStepKind(String type, List<ConsistencyRule> rules) {
        this.type = type;
        this.rules = List.copyOf(rules);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String branch(InstructionStep step) {
        return step.before().branch();
    }

    @Override
    public List<TransactionRequest> movements(InstructionStep step) {
        return step.movements();
    }

    @Override
    public TransactionId id(InstructionStep step) {
        return step.movements().isEmpty()
                ? TransactionId.of(step.id())
                : step.movements().get(0).id();
    }

    @Override
    public String[] refusals(Connection c, List<InstructionStep> steps) throws SQLException {
        Map<Long, String[]> current =
                StepRows.versions(c, steps.stream().map(s -> s.before().id()).toList());
        List<String> keys = new ArrayList<>();
        for (InstructionStep step : steps) {
            if (step.messageKey() != null) {
                keys.add(step.messageKey());
            }
        }
        Set<String> applied = keys.isEmpty() ? Set.of() : StepRows.appliedKeys(c, keys);
        Set<Long> seen = new HashSet<>();
        String[] refusals = new String[steps.size()];
        boolean any = false;
        for (int k = 0; k < steps.size(); k++) {
            InstructionStep step = steps.get(k);
            Instruction before = step.before();
            String[] now = current.get(before.id());
            String refusal = null;
            if (step.messageKey() != null && applied.contains(step.messageKey())) {
                refusal = "reference: the message was applied to " + before.reference() + " already";
            } else if (now == null || Integer.parseInt(now[0]) != before.version() || !seen.add(before.id())) {
                refusal = "version: instruction " + before.reference() + " was changed meanwhile; try again";
            } else if (before.status() != step.after().status()
                    && !now[1].equals(before.status().name())) {
                refusal = "status: the trade of " + before.reference() + " is " + now[1] + ", not " + before.status();
            }
            refusals[k] = refusal;
            any |= refusal != null;
        }
        return any ? refusals : null;
    }

    @Override
    public List<AuditRecord> write(Connection c, List<InstructionStep> accepted) throws SQLException {
        List<Instruction[]> changes = new ArrayList<>(accepted.size());
        List<org.backoffice.securities.settlement.InstructionEvent> events = new ArrayList<>(accepted.size());
        List<String> keys = new ArrayList<>();
        List<Long> keyOwners = new ArrayList<>();
        List<InstructionStep.Settled> settled = new ArrayList<>();
        List<Long> settledOwners = new ArrayList<>();
        List<Long> trades = new ArrayList<>();
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (InstructionStep step : accepted) {
            Instruction before = step.before();
            changes.add(new Instruction[] {before, step.after()});
            events.add(step.event());
            if (step.messageKey() != null) {
                keys.add(step.messageKey());
                keyOwners.add(before.id());
            }
            if (step.settled() != null) {
                settled.add(step.settled());
                settledOwners.add(before.id());
            }
            if (before.status() != step.after().status()) {
                trades.add(before.tradeId());
                from.add(before.status().name());
                to.add(step.after().status().name());
            }
        }
        InstructionRows.updateAll(c, changes);
        InstructionRows.insertEvents(c, events);
        if (!keys.isEmpty()) {
            StepRows.insertKeys(c, keys, keyOwners, accepted.get(0).event().at());
        }
        if (!settled.isEmpty()) {
            StepRows.insertSettlements(c, settledOwners, settled);
        }
        for (InstructionStep step : accepted) {
            if (step.reversedSequence() != null) {
                StepRows.markReversed(c, step.before().id(), step.reversedSequence(), step.reversedBy());
            }
        }
        StepRows.moveTrades(c, trades, from, to);
        for (InstructionStep step : accepted) {
            if (step.alsoWrite() != null) {
                step.alsoWrite().run(c);
            }
        }
        return List.of(audit(accepted));
    }

    private AuditRecord audit(List<InstructionStep> accepted) {
        InstructionStep first = accepted.get(0);
        if (accepted.size() == 1) {
            Instruction before = first.before();
            Instruction after = first.after();
            return new AuditRecord(
                    first.event().actor(),
                    before.status() == after.status() ? "NOTE" : after.status().name(),
                    "SettlementInstruction",
                    before.reference(),
                    before.branch(),
                    "{\"status\":\"" + before.status() + "\"}",
                    "{\"status\":\"" + after.status() + "\",\"settledQuantity\":" + after.settledQuantity() + "}");
        }
        InstructionStep last = accepted.get(accepted.size() - 1);
        return new AuditRecord(
                first.event().actor(),
                type,
                "SettlementInstructions",
                first.before().reference() + ".." + last.before().reference(),
                null,
                null,
                "{\"steps\":" + accepted.size() + "}");
    }

    @Override
    public List<ConsistencyRule> consistency() {
        return rules;
    }
}
