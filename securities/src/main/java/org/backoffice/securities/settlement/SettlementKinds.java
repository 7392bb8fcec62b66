package org.backoffice.securities.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.operation.Operations;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.settlement.internal.InstructionKind;
import org.backoffice.securities.settlement.internal.InstructionStepKind;
import org.backoffice.securities.settlement.internal.TradeRepairKind;

/**
 * The kinds of operation settlement records on the platform's path, who may record them, and what
 * {@code backoffice check} verifies of settlement's rows against the ledger. Operations (the system's
 * and the depository's steps, many at once) and one document (an instruction's cancellation, made by
 * one person and approved by another).
 */
public final class SettlementKinds {
    public static final String STATUS_ADVICE = "SettlementStatusAdvice";
    public static final String CONFIRMATION = "SettlementConfirmation";
    public static final String PARTIAL = "PartialSettlement";
    public static final String REVERSAL = "SettlementReversal";
    public static final String FAIL = "SettlementFail";

    private static final int PENDING = TransactionKind.PENDING.code();
    private static final int POSTED = TransactionKind.POST_PENDING.code();
    private static final String STANDING = "NOT EXISTS (SELECT 1 FROM ledger_transactions r WHERE r.pending_id = t.id)";

    /** The rules settlement's rows keep with the ledger and the platform's records. */
    static final List<ConsistencyRule> RULES = List.of(
            new ConsistencyRule(
                    "every settlement instruction has its reservation in the ledger and its operation record",
                    "SELECT i.reference, 'instructed without its reservation ' || i.trade_id || ' or its operation'"
                            + " FROM sec_instructions i"
                            + " WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = i.trade_id"
                            + " AND t.kind = " + PENDING + ")"
                            + " OR NOT EXISTS (SELECT 1 FROM platform_operations o WHERE o.tx_id = i.trade_id)"),
            new ConsistencyRule(
                    "every open settlement instruction's reservation stands in the ledger",
                    "SELECT i.reference, 'holds ' || i.pending_tx || ', which is no standing reservation'"
                            + " FROM sec_instructions i WHERE i.pending_tx IS NOT NULL"
                            + " AND NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = i.pending_tx"
                            + " AND t.kind = " + PENDING + " AND " + STANDING + ")"),
            new ConsistencyRule(
                    "every standing settlement reservation has its instruction",
                    "SELECT t.id, 'a reservation for ' || COALESCE(t.reference, '?') || ' that no instruction holds'"
                            + " FROM ledger_transactions t WHERE t.kind = " + PENDING + " AND t.reason_code = '"
                            + InstructionSteps.MEMO_REASON + "' AND " + STANDING
                            + " AND NOT EXISTS (SELECT 1 FROM sec_instructions i WHERE i.pending_tx = t.id)"),
            new ConsistencyRule(
                    "every instruction's settled quantity is the sum of its standing settlements",
                    "SELECT i.reference, 'settled ' || i.settled_quantity || ' but its settlements add up to '"
                            + " || COALESCE(s.q, 0) FROM sec_instructions i LEFT JOIN (SELECT instruction_id,"
                            + " SUM(quantity) AS q FROM sec_instruction_settlements WHERE reversed_by IS NULL"
                            + " GROUP BY instruction_id) s ON s.instruction_id = i.id"
                            + " WHERE i.settled_quantity <> COALESCE(s.q, 0)"),
            new ConsistencyRule(
                    "every settlement is posted in the ledger with its quantity",
                    "SELECT i.reference, 'settlement ' || s.sequence || ' of ' || s.quantity || ' has no posting'"
                            + " || ' of that quantity in the ledger' FROM sec_instruction_settlements s"
                            + " JOIN sec_instructions i ON i.id = s.instruction_id"
                            + " WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = s.tx_id"
                            + " AND t.kind = " + POSTED + ")"
                            + " OR NOT EXISTS (SELECT 1 FROM ledger_postings p JOIN ledger_accounts a"
                            + " ON a.id = p.debit_account_id WHERE p.transaction_id = s.tx_id"
                            + " AND a.asset_code = i.isin AND p.amount = s.quantity)"));

    static final InstructionKind INSTRUCTION = new InstructionKind(RULES);
    static final TradeRepairKind REPAIR = new TradeRepairKind();
    static final InstructionStepKind STATUS_ADVICES = new InstructionStepKind(STATUS_ADVICE, List.of());
    static final InstructionStepKind CONFIRMATIONS = new InstructionStepKind(CONFIRMATION, List.of());
    static final InstructionStepKind PARTIALS = new InstructionStepKind(PARTIAL, List.of());
    static final InstructionStepKind REVERSALS = new InstructionStepKind(REVERSAL, List.of());
    static final InstructionStepKind FAILS = new InstructionStepKind(FAIL, List.of());
    static final InstructionCancellationKind CANCELLATION = new InstructionCancellationKind();

    private SettlementKinds() {}

    /** Registers the operation kinds with the platform; registering again does nothing. */
    public static void register(Operations operations) {
        operations.register(INSTRUCTION);
        operations.register(REPAIR);
        for (InstructionStepKind kind : steps()) {
            operations.register(kind);
        }
    }

    private static List<InstructionStepKind> steps() {
        return List.of(STATUS_ADVICES, CONFIRMATIONS, PARTIALS, REVERSALS, FAILS);
    }

    /** The document kinds for the profile. */
    public static List<DocumentKind<?>> documentKinds() {
        return List.of(CANCELLATION);
    }

    /** A cancellation always waits for a controller, whatever it cancels. */
    public static List<ApprovalPolicy> policies() {
        return List.of(new ApprovalPolicy(InstructionCancellationKind.TYPE, BigDecimal.ZERO, Set.of(Role.CONTROLLER)));
    }

    /**
     * Operators work instructions, and so do controllers and administrators; the depository's steps
     * come in through them. Only a controller approves a cancellation.
     */
    public static void grant(Permissions permissions) {
        Role[] workers = {Role.OPERATOR, Role.ADMINISTRATOR, Role.CONTROLLER};
        permissions.grant(InstructionKind.TYPE, Action.CREATE, workers);
        permissions.grant(TradeRepairKind.TYPE, Action.CREATE, workers);
        for (InstructionStepKind kind : steps()) {
            permissions.grant(kind.type(), Action.CREATE, workers);
        }
        permissions
                .grant(InstructionCancellationKind.TYPE, Action.VIEW, Role.values())
                .grant(InstructionCancellationKind.TYPE, Action.CREATE, workers)
                .grant(InstructionCancellationKind.TYPE, Action.APPROVE, Role.CONTROLLER);
    }
}
