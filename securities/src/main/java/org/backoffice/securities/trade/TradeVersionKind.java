package org.backoffice.securities.trade;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.securities.trade.internal.Versions;

/**
 * What a trade amendment and a trade cancellation share: a maker proposes a new version of a trade
 * not yet instructed, a checker approves it, and approval writes that version into the trade book
 * in the transaction the document posts in. Neither moves anything in the ledger.
 */
abstract sealed class TradeVersionKind extends AbstractDocumentKind<ProposedVersion>
        permits TradeAmendmentKind, TradeCancellationKind {
    static final int REASON_LENGTH = 400;

    TradeVersionKind(String type, String numberPrefix) {
        super(type, numberPrefix, ProposedVersion.class);
    }

    abstract TradeVersion.Action action();

    @Override
    public List<FieldError> validate(String branch, ProposedVersion body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (body.reason() != null && body.reason().length() > REASON_LENGTH) {
            errors.add(new FieldError("reason", "must be at most " + REASON_LENGTH + " characters"));
        }
        if (!branch.equals(body.next().branch())) {
            errors.add(new FieldError(
                    "branch", "must be the trade's, " + body.next().branch()));
        }
        if (context.asset(body.asset()).isEmpty()) {
            errors.add(new FieldError("asset", "is not defined: " + body.asset()));
        }
        return errors;
    }

    @Override
    public final String asset(ProposedVersion body) {
        return body.asset();
    }

    /** Every version needs a checker, whatever the trade's amount: the policy's threshold is zero. */
    @Override
    public final long amount(ProposedVersion body) {
        return 0;
    }

    @Override
    public final boolean postsToLedger() {
        return false;
    }

    @Override
    public final String refusal(Connection connection, Document document, ProposedVersion body) throws SQLException {
        return Versions.refusal(connection, body);
    }

    @Override
    public final void posted(Connection connection, Document document, ProposedVersion body) throws SQLException {
        Versions.apply(connection, document, action(), body);
    }

    /** Every version a document made current has its posted document. */
    static List<ConsistencyRule> consistency() {
        return List.of(
                new ConsistencyRule(
                        "every amended or cancelled trade version has its posted document",
                        "SELECT v.trade_id || '/' || v.version, 'version ' || v.version || ' (' || v.action"
                                + " || ') without a posted document' FROM sec_trade_versions v"
                                + " WHERE v.action IN ('AMEND', 'CANCEL') AND v.state IN ('CURRENT', 'SUPERSEDED')"
                                + " AND v.document_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents d"
                                + " WHERE d.id = v.document_id AND d.status = 'POSTED')"),
                new ConsistencyRule(
                        "every trade is at its current version",
                        "SELECT t.trade_ref, 'at version ' || t.version || ' but its current version is '"
                                + " || v.version FROM sec_trades t JOIN sec_trade_versions v ON v.trade_id = t.id"
                                + " AND v.state = 'CURRENT' WHERE v.version <> t.version"));
    }
}
