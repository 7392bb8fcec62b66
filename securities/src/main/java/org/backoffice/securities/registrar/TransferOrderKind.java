package org.backoffice.securities.registrar;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.settlement.RegistrarSettlement;

/**
 * A transfer order's completion: whoever attaches the registrar's extract submits it, and a
 * controller other than them approves. Approved, it posts the instruction's reservation in full
 * (ownership moves in the books, both legs together) and, in the same transaction, settles the
 * instruction and its trade and marks the order completed.
 */
public final class TransferOrderKind extends AbstractDocumentKind<TransferOrderCompletion> {
    public static final String TYPE = "TransferOrder";

    public TransferOrderKind() {
        super(TYPE, "TOC", TransferOrderCompletion.class);
    }

    @Override
    public List<FieldError> validate(String branch, TransferOrderCompletion body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (body.orderId() <= 0 || body.number() == null || body.instructionId() <= 0 || body.reference() == null) {
            errors.add(new FieldError("id", "must name a transfer order and its instruction"));
        }
        if (body.pendingTransaction() == null) {
            errors.add(new FieldError("status", "the instruction reserves nothing the order could settle"));
        }
        if (body.extractSha256() == null || body.extractSha256().length() != 64) {
            errors.add(new FieldError(
                    "supportingDocument", "the registrar's extract must be attached before ownership moves"));
        }
        if (body.currency() == null || context.asset(body.currency()).isEmpty()) {
            errors.add(new FieldError("currency", "must be the instruction's currency, was " + body.currency()));
        }
        return errors;
    }

    @Override
    public String asset(TransferOrderCompletion body) {
        return body.currency();
    }

    /** Nothing to weigh: every completion waits for a controller. */
    @Override
    public long amount(TransferOrderCompletion body) {
        return 0;
    }

    @Override
    public List<TransactionRequest> postings(Document document, TransferOrderCompletion body, PostingContext context) {
        return List.of(RegistrarSettlement.posting(
                document.id().transactionId(),
                body.reference(),
                body.pendingTransaction(),
                document.date(),
                body.number()));
    }

    @Override
    public String refusal(Connection c, Document document, TransferOrderCompletion body) throws SQLException {
        List<String[]> order = Sql.query(
                c,
                "SELECT status, extract_sha256 FROM sec_transfer_orders WHERE id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)},
                body.orderId());
        if (order.isEmpty()) {
            return "id: no transfer order " + body.number();
        }
        if (TransferOrderStatus.COMPLETED.name().equals(order.get(0)[0])) {
            return "status: transfer order " + body.number() + " is completed already";
        }
        if (!body.extractSha256().equals(order.get(0)[1])) {
            return "supportingDocument: another extract was attached to " + body.number() + " since";
        }
        return RegistrarSettlement.refusal(c, body.instructionId(), body.pendingTransaction());
    }

    @Override
    public void posted(Connection c, Document document, TransferOrderCompletion body) throws SQLException {
        String checker = document.approver() == null ? document.maker() : document.approver();
        RegistrarSettlement.settled(
                c,
                body.instructionId(),
                body.number(),
                document.id().transactionId(),
                document.date(),
                checker,
                document.updatedAt());
        Sql.update(
                c,
                "UPDATE sec_transfer_orders SET status = ?, completed_by = ?, completed_at = ?, version = version + 1"
                        + " WHERE id = ? AND status <> ?",
                TransferOrderStatus.COMPLETED.name(),
                checker,
                Micros.of(document.updatedAt()),
                body.orderId(),
                TransferOrderStatus.COMPLETED.name());
    }

    /** Every completion waits for a controller. */
    public static ApprovalPolicy policy() {
        return new ApprovalPolicy(TYPE, BigDecimal.ZERO, Set.of(Role.CONTROLLER));
    }

    /** Operators (and controllers, administrators) prepare orders; a controller completes them. */
    public static void grant(Permissions permissions) {
        permissions
                .grant(TYPE, Action.VIEW, Role.values())
                .grant(TYPE, Action.CREATE, Role.OPERATOR, Role.ADMINISTRATOR, Role.CONTROLLER)
                .grant(TYPE, Action.APPROVE, Role.CONTROLLER);
    }
}
