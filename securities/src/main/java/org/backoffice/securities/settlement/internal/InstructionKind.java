package org.backoffice.securities.settlement.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.operation.OperationKind;
import org.backoffice.securities.settlement.Instruction;

/**
 * The instruction of a trade: the pending transfer reserving both legs, and in the same
 * transaction the instruction's row, its first event and the trade moved from {@code NEW} to
 * {@code INSTRUCTED}. A trade that left {@code NEW}, or was instructed, since it was read is refused.
 */
public final class InstructionKind implements OperationKind<NewInstruction> {
    public static final String TYPE = "SettlementInstruction";

    private final List<ConsistencyRule> rules;

    public InstructionKind(List<ConsistencyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(NewInstruction made) {
        return made.instruction().branch();
    }

    @Override
    public List<TransactionRequest> movements(NewInstruction made) {
        return List.of(made.reservation());
    }

    @Override
    public String[] refusals(Connection c, List<NewInstruction> made) throws SQLException {
        Map<Long, String> states = StepRows.tradeStates(
                c, made.stream().map(m -> m.instruction().tradeId()).toList());
        Set<Long> seen = new HashSet<>();
        String[] refusals = new String[made.size()];
        boolean any = false;
        for (int k = 0; k < made.size(); k++) {
            Instruction in = made.get(k).instruction();
            String state = states.get(in.tradeId());
            if (!"NEW".equals(state) || !seen.add(in.tradeId())) {
                refusals[k] = "status: only a NEW trade is instructed; trade " + in.tradeId() + " is "
                        + (state == null ? "gone" : state);
                any = true;
            }
        }
        return any ? refusals : null;
    }

    @Override
    public List<AuditRecord> write(Connection c, List<NewInstruction> accepted) throws SQLException {
        List<Instruction> rows = new ArrayList<>(accepted.size());
        List<org.backoffice.securities.settlement.InstructionEvent> events = new ArrayList<>(accepted.size());
        List<Long> trades = new ArrayList<>(accepted.size());
        List<String> from = new ArrayList<>(accepted.size());
        List<String> to = new ArrayList<>(accepted.size());
        for (NewInstruction made : accepted) {
            rows.add(made.instruction());
            events.add(made.event());
            trades.add(made.instruction().tradeId());
            from.add("NEW");
            to.add("INSTRUCTED");
        }
        InstructionRows.insert(c, rows);
        InstructionRows.insertEvents(c, events);
        StepRows.moveTrades(c, trades, from, to);
        Instruction first = rows.get(0);
        Instruction last = rows.get(rows.size() - 1);
        return List.of(new AuditRecord(
                first.createdBy(),
                "INSTRUCT",
                "SettlementInstructions",
                first.reference() + (rows.size() > 1 ? ".." + last.reference() : ""),
                rows.size() == 1 ? first.branch() : null,
                null,
                "{\"instructed\":" + rows.size() + "}"));
    }

    @Override
    public List<ConsistencyRule> consistency() {
        return rules;
    }
}
