package org.backoffice.platform.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.platform.audit.AuditLog;
import org.backoffice.platform.audit.AuditVerification;
import org.backoffice.platform.document.DocumentKinds;
import org.backoffice.platform.operation.Operations;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Permissions;

/**
 * Verifies a live installation: every balance equals the sum of its postings, every ledger
 * transaction belongs to a document or an operation and every operation has its transaction, every
 * posted document its posting, numbers are unique, the audit chain is intact, and every module's
 * own rows agree with the ledger (each kind of operation says how). Read-only; runs on the readers.
 */
public final class Consistency {
    private static final int EXAMPLES = 20;

    private final Ledger ledger;
    private final DocumentKinds kinds;
    private final Operations operations;
    private final AuditLog audit;
    private final Permissions permissions;
    private final List<ConsistencyRule> moduleRules = new CopyOnWriteArrayList<>();

    public Consistency(
            Ledger ledger, DocumentKinds kinds, Operations operations, AuditLog audit, Permissions permissions) {
        this.ledger = ledger;
        this.permissions = permissions;
        this.kinds = kinds;
        this.operations = operations;
        this.audit = audit;
    }

    /** Adds a module's rules that belong to no single kind of operation (its documents' rows, say). */
    public void register(List<ConsistencyRule> rules) {
        for (ConsistencyRule rule : rules) {
            if (moduleRules.stream().noneMatch(r -> r.name().equals(rule.name()))) {
                moduleRules.add(rule);
            }
        }
    }

    /** Every rule this installation is checked against, the platform's first. */
    public List<ConsistencyRule> rules() {
        List<ConsistencyRule> rules = new ArrayList<>(platformRules());
        rules.addAll(moduleRules);
        rules.addAll(operations.consistency());
        return rules;
    }

    /** The permission type of running the check: auditors and administrators are granted it. */
    public static final String TYPE = "ConsistencyCheck";

    /** Runs every rule, for an actor granted {@link #TYPE}; the whole installation, whatever their branches. */
    public ConsistencyReport run(Actor actor) {
        permissions.require(actor, TYPE, Action.VIEW);
        return run();
    }

    /** Runs every rule; for operations' own use (metrics, tests), not for users. */
    public ConsistencyReport run() {
        List<ConsistencyReport.RuleResult> results = new ArrayList<>();
        try (Connection c = ledger.readers().getConnection()) {
            for (ConsistencyRule rule : rules()) {
                results.add(run(c, rule));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the check could not read the database: " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        AuditVerification verification = audit.verify();
        results.add(new ConsistencyReport.RuleResult(
                "the audit log's hash chain is intact",
                verification.problems().size(),
                verification.problems().stream().limit(EXAMPLES).toList(),
                (System.nanoTime() - started) / 1_000_000));
        return new ConsistencyReport(results);
    }

    private static ConsistencyReport.RuleResult run(Connection c, ConsistencyRule rule) throws SQLException {
        long started = System.nanoTime();
        long violations = 0;
        List<String> examples = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(rule.sql());
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                violations++;
                if (examples.size() < EXAMPLES) {
                    examples.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new SQLException("rule '" + rule.name() + "': " + e.getMessage(), e.getSQLState(), e);
        }
        return new ConsistencyReport.RuleResult(
                rule.name(), violations, examples, (System.nanoTime() - started) / 1_000_000);
    }

    private List<ConsistencyRule> platformRules() {
        int pending = TransactionKind.PENDING.code();
        String unresolved = "NOT EXISTS (SELECT 1 FROM ledger_transactions r WHERE r.pending_id = p.transaction_id)";
        String sums = "SELECT account_id, SUM(dp) AS dp, SUM(cp) AS cp, SUM(dq) AS dq, SUM(cq) AS cq FROM ("
                + " SELECT p.debit_account_id AS account_id,"
                + " CASE WHEN p.kind <> " + pending + " THEN p.amount ELSE 0 END AS dp, 0 AS cp,"
                + " CASE WHEN p.kind = " + pending + " AND " + unresolved + " THEN p.amount ELSE 0 END AS dq,"
                + " 0 AS cq FROM ledger_postings p"
                + " UNION ALL SELECT p.credit_account_id, 0,"
                + " CASE WHEN p.kind <> " + pending + " THEN p.amount ELSE 0 END, 0,"
                + " CASE WHEN p.kind = " + pending + " AND " + unresolved + " THEN p.amount ELSE 0 END"
                + " FROM ledger_postings p) m GROUP BY account_id";
        List<ConsistencyRule> rules = new ArrayList<>();
        rules.add(new ConsistencyRule(
                "every balance equals the sum of its postings, posted and pending",
                "SELECT b.account_id, 'balance (debits ' || b.debits_posted || ', credits ' || b.credits_posted"
                        + " || ', pending ' || b.debits_pending || '/' || b.credits_pending || ') but postings ('"
                        + " || COALESCE(x.dp, 0) || ', ' || COALESCE(x.cp, 0) || ', pending ' || COALESCE(x.dq, 0)"
                        + " || '/' || COALESCE(x.cq, 0) || ')'"
                        + " FROM ledger_balances b LEFT JOIN (" + sums + ") x ON x.account_id = b.account_id"
                        + " WHERE b.debits_posted <> COALESCE(x.dp, 0) OR b.credits_posted <> COALESCE(x.cp, 0)"
                        + " OR b.debits_pending <> COALESCE(x.dq, 0) OR b.credits_pending <> COALESCE(x.cq, 0)"));
        rules.add(new ConsistencyRule(
                "every ledger transaction belongs to a document or an operation",
                "SELECT t.id, 'a transaction of kind ' || t.kind || ' (' || COALESCE(t.reference, 'no reference')"
                        + " || ') that no document or operation made' FROM ledger_transactions t"
                        + " WHERE t.kind <> " + TransactionKind.EXPIRY.code()
                        + " AND NOT EXISTS (SELECT 1 FROM platform_operations o WHERE o.tx_id = t.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.reversal_id = t.id)"));
        rules.add(new ConsistencyRule(
                "every operation has its ledger transaction",
                "SELECT o.tx_id, o.type || ' ' || o.operation_id || ' of ' || o.actor || ' has no ledger transaction'"
                        + " FROM platform_operations o"
                        + " WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = o.tx_id)"));
        String posting = kinds.types().stream()
                .filter(type -> kinds.kind(type).postsToLedger())
                .map(type -> "'" + type.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        if (!posting.isEmpty()) {
            rules.add(new ConsistencyRule(
                    "every posted document has its ledger transaction",
                    "SELECT d.id, d.type || ' ' || COALESCE(d.number, '') || ' is ' || d.status"
                            + " || ' without its ledger transaction' FROM documents d"
                            + " WHERE d.status IN ('POSTED', 'REVERSED') AND d.type IN (" + posting + ")"
                            + " AND NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = d.id)"));
        }
        rules.add(new ConsistencyRule(
                "every reversed document has its reversal in the ledger",
                "SELECT d.id, d.type || ' ' || COALESCE(d.number, '') || ' is REVERSED without its reversal'"
                        + " FROM documents d WHERE d.status = 'REVERSED' AND (d.reversal_id IS NULL"
                        + " OR NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = d.reversal_id))"));
        rules.add(new ConsistencyRule(
                "document numbers are unique",
                "SELECT number, COUNT(*) || ' documents carry this number' FROM documents"
                        + " WHERE number IS NOT NULL GROUP BY number HAVING COUNT(*) > 1"));
        rules.add(new ConsistencyRule(
                "no document number is beyond its counter",
                "SELECT d.number, 'numbered beyond the counter of ' || d.type || ' ' || d.branch FROM documents d"
                        + " WHERE d.number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM document_numbers n"
                        + " WHERE n.type = d.type AND n.branch = d.branch)"));
        return rules;
    }
}
