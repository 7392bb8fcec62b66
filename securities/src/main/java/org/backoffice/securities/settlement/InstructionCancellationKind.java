package org.backoffice.securities.settlement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.VoidPending;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.securities.settlement.internal.InstructionRows;
import org.backoffice.securities.settlement.internal.StepRows;

/**
 * The cancellation of an instruction not settled in any part: an operator asks, a controller (never
 * the one who asked) approves. Approved, it releases what the instruction reserves in the ledger,
 * and in the same transaction the instruction and its trade become {@code CANCELLED}; the CANC
 * message can then be sent.
 */
public final class InstructionCancellationKind extends AbstractDocumentKind<CancellationRequest> {
    public static final String TYPE = "InstructionCancellation";

    public InstructionCancellationKind() {
        super(TYPE, "IC", CancellationRequest.class);
    }

    @Override
    public List<FieldError> validate(String branch, CancellationRequest body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (body.instructionId() <= 0
                || body.reference() == null
                || body.reference().isBlank()) {
            errors.add(new FieldError("instructionId", "must name an instruction"));
        }
        if (body.pendingTransaction() == null) {
            errors.add(new FieldError("status", "the instruction reserves nothing a cancellation could release"));
        }
        if (body.currency() == null || context.asset(body.currency()).isEmpty()) {
            errors.add(new FieldError("currency", "must be the instruction's currency, was " + body.currency()));
        }
        if (body.reason() == null || body.reason().isBlank()) {
            errors.add(new FieldError("reason", "must be given for a cancellation"));
        } else if (body.reason().length() > 400) {
            errors.add(new FieldError("reason", "must be at most 400 characters"));
        }
        return errors;
    }

    @Override
    public String asset(CancellationRequest body) {
        return body.currency();
    }

    /** Nothing to weigh: every cancellation waits for a controller. */
    @Override
    public long amount(CancellationRequest body) {
        return 0;
    }

    @Override
    public List<TransactionRequest> postings(Document document, CancellationRequest body, PostingContext context) {
        return List.of(new VoidPending(
                document.id().transactionId(),
                org.backoffice.ledger.TransactionId.of(body.pendingTransaction()),
                document.date(),
                new org.backoffice.ledger.Memo(
                        body.reference(),
                        InstructionSteps.MEMO_REASON,
                        java.util.Map.of(
                                "instruction",
                                body.reference(),
                                "message",
                                "C" + body.reference().substring(1)))));
    }

    @Override
    public String refusal(Connection c, Document document, CancellationRequest body) throws SQLException {
        Instruction in = read(c, body.instructionId());
        if (in == null) {
            return "instructionId: no instruction " + body.reference();
        }
        if (!in.status().cancellable()) {
            return "status: an instruction " + in.status() + " cannot be cancelled";
        }
        if (!Objects.equals(in.pendingTransaction(), body.pendingTransaction())) {
            return "status: " + in.reference() + " settled in part or moved on since the cancellation was asked";
        }
        return null;
    }

    @Override
    public void posted(Connection c, Document document, CancellationRequest body) throws SQLException {
        Instruction before = read(c, body.instructionId());
        Instruction after = before.withState(
                before.status().moveTo(InstructionStatus.CANCELLED),
                before.settledQuantity(),
                before.settledAmount(),
                before.settledFees(),
                null,
                before.sequence() + 1,
                body.reason(),
                document.maker());
        InstructionRows.update(c, before, after);
        InstructionRows.insertEvents(
                c,
                List.of(new InstructionEvent(
                        document.id().value(),
                        before.id(),
                        document.updatedAt(),
                        before.status(),
                        InstructionStatus.CANCELLED,
                        "CANC",
                        "cancelled: " + body.reason(),
                        before.cancellationReference(),
                        document.approver() == null ? document.maker() : document.approver())));
        StepRows.moveTrades(
                c, List.of(before.tradeId()), List.of(before.status().name()), List.of("CANCELLED"));
    }

    private static Instruction read(Connection c, long id) throws SQLException {
        return RegistrarSettlement.read(c, id);
    }
}
