package org.backoffice.securities.corporate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.securities.internal.Rows;

/**
 * A corporate action (a cash dividend, a bond coupon, a split): an operator announces it, a
 * controller other than the announcer approves, whatever its size. Approval computes each holder's
 * entitlement from the settled positions at the end of the record date and posts them, one ledger
 * transaction per branch and at most {@link CorporateActions#POSTINGS_PER_TRANSFER} holders, linked
 * so that all are paid or none. The action and its entitlements are written in the same
 * transaction.
 */
public final class CorporateActionKind extends AbstractDocumentKind<NewCorporateAction> {
    public static final String TYPE = "CorporateAction";

    private final AtomicReference<CorporateActions> service = new AtomicReference<>();
    /** The entitlements planned for an action being approved, until its posting writes them. */
    private final Map<Long, CorporateActions.Plan> plans = new ConcurrentHashMap<>();

    /** Binds the kind to the open module, which computes entitlements from the ledger. */
    public void bind(CorporateActions actions) {
        service.set(actions);
    }

    public CorporateActionKind() {
        super(TYPE, "CA", NewCorporateAction.class);
    }

    @Override
    public List<FieldError> validate(String branch, NewCorporateAction body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (context.asset(body.isin()).isEmpty()) {
            errors.add(new FieldError("isin", "no such instrument: '" + body.isin() + "'"));
        }
        return errors;
    }

    @Override
    public String asset(NewCorporateAction body) {
        return body.isin();
    }

    /** Every action needs a checker: the policy weighs nothing. */
    @Override
    public long amount(NewCorporateAction body) {
        return 0;
    }

    /** An action no one holds pays nothing: its own rows are its posting then. */
    @Override
    public boolean postsToLedger() {
        return false;
    }

    @Override
    public List<TransactionRequest> postings(Document document, NewCorporateAction body, PostingContext context) {
        CorporateActions actions = service.get();
        if (actions == null) {
            throw new IllegalStateException("the corporate action type is not bound to an open module yet");
        }
        CorporateActions.Plan plan = actions.plan(document.id().transactionId(), body);
        plans.put(document.id().value(), plan);
        return List.copyOf(plan.transfers());
    }

    @Override
    public String refusal(Connection connection, Document document, NewCorporateAction body) throws SQLException {
        boolean applied = !Sql.query(
                        connection,
                        "SELECT id FROM sec_corporate_actions WHERE id = ?",
                        rs -> rs.getLong(1),
                        document.id().value())
                .isEmpty();
        return applied ? "status: corporate action " + document.id() + " is applied already" : null;
    }

    @Override
    public void posted(Connection c, Document document, NewCorporateAction terms) throws SQLException {
        CorporateActions.Plan plan = plans.get(document.id().value());
        if (plan == null) {
            throw new IllegalStateException("corporate action " + document.id() + " was approved without its plan");
        }
        long id = document.id().value();
        Sql.update(
                c,
                "INSERT INTO sec_corporate_actions (id, kind, isin, record_date, pay_date, rate, tax_rate, ratio_new,"
                        + " ratio_old, status, announced_by, announced_at, approved_by, approved_at, document_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                terms.kind().name(),
                terms.isin(),
                Rows.text(terms.recordDate()),
                Rows.text(terms.payDate()),
                Rows.text(terms.rate()),
                Rows.text(terms.taxPercent()),
                terms.ratio() == null ? null : terms.ratio().newShares(),
                terms.ratio() == null ? null : terms.ratio().oldShares(),
                ActionStatus.APPLIED.name(),
                document.maker(),
                Micros.of(document.createdAt()),
                document.approver(),
                Micros.of(document.updatedAt()),
                id);
        for (HolderEntitlement e : plan.entitlements()) {
            Sql.update(
                    c,
                    "INSERT INTO sec_ca_entitlements (action_id, depo_account, branch, position, gross, tax,"
                            + " net, units_delta, fraction, transaction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    e.depoAccount(),
                    e.branch(),
                    e.position(),
                    e.gross(),
                    e.tax(),
                    e.net(),
                    e.unitsDelta(),
                    e.fraction().toPlainString(),
                    e.transactionId());
        }
        plans.remove(id);
    }

    /** What {@code backoffice check} verifies of corporate actions. */
    public static List<ConsistencyRule> consistency() {
        return List.of(
                new ConsistencyRule(
                        "every corporate action entitlement has its ledger transaction",
                        "SELECT e.action_id || '/' || e.depo_account, 'an entitlement without its ledger transaction '"
                                + " || e.transaction_id FROM sec_ca_entitlements e WHERE NOT EXISTS"
                                + " (SELECT 1 FROM ledger_transactions t WHERE t.id = e.transaction_id)"),
                new ConsistencyRule(
                        "every applied corporate action has its posted document",
                        "SELECT a.id, 'applied ' || a.kind || ' of ' || a.isin || ' without its posted document'"
                                + " FROM sec_corporate_actions a WHERE a.document_id IS NOT NULL AND NOT EXISTS"
                                + " (SELECT 1 FROM documents d WHERE d.id = a.document_id AND d.status = 'POSTED')"),
                new ConsistencyRule(
                        "every corporate action posting has its document",
                        "SELECT e.transaction_id, 'paid for action ' || e.action_id || ', which has no posted document'"
                                + " FROM sec_ca_entitlements e JOIN sec_corporate_actions a ON a.id = e.action_id"
                                + " WHERE a.document_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents d"
                                + " WHERE d.id = a.document_id AND d.status = 'POSTED')"));
    }
}
