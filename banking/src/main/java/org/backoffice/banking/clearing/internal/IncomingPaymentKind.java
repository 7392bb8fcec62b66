package org.backoffice.banking.clearing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.jdbc.MultiRowInsert;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.operation.OperationKind;

/**
 * An item of an incoming clearing file on the platform's one path: its posting (a credit, or a hold
 * in suspense) and its rows ({@code clearing_incoming}, the exception an operator works from, the
 * file's counters) commit in the ledger batch's transaction; an item that could not be used moves
 * nothing and is kept in {@code clearing_file_errors} the same way. A chunk of a file is many of
 * these submitted together, and shares the ledger's few commits.
 */
public final class IncomingPaymentKind implements OperationKind<IncomingItem> {
    private static final List<String> INCOMING_COLUMNS = List.of(
            "file_id",
            "item",
            "tx_id",
            "cycle_id",
            "outcome",
            "end_to_end_id",
            "debtor_bic",
            "creditor_iban",
            "currency",
            "amount");

    public static final String TYPE = "IncomingClearingPayment";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(IncomingItem item) {
        return item.head();
    }

    @Override
    public List<TransactionRequest> movements(IncomingItem item) {
        return item.books() ? List.of(item.transfer()) : List.of();
    }

    @Override
    public TransactionId id(IncomingItem item) {
        return item.id();
    }

    @Override
    public List<AuditRecord> write(Connection c, List<IncomingItem> accepted) throws SQLException {
        if (accepted.isEmpty()) {
            return List.of();
        }
        Long cycle = null;
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, IncomingItem> firsts = new LinkedHashMap<>();
        List<Object[]> incoming = new ArrayList<>(accepted.size());
        try (PreparedStatement exceptions = c.prepareStatement(
                        "INSERT INTO clearing_exceptions (id, file_id, item, reason, end_to_end_id, debtor_name,"
                                + " debtor_iban, debtor_bic, creditor_name, creditor_iban, currency, amount,"
                                + " remittance, status, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)");
                PreparedStatement errors = c.prepareStatement(
                        "INSERT INTO clearing_file_errors (file_id, item, field, message) VALUES (?, ?, ?, ?)")) {
            int held = 0;
            int kept = 0;
            for (IncomingItem i : accepted) {
                firsts.putIfAbsent(i.fileId(), i);
                int[] count = counts.computeIfAbsent(i.fileId(), f -> new int[3]);
                if (!i.books()) {
                    errors.setLong(1, i.fileId());
                    errors.setInt(2, i.item());
                    errors.setString(3, clip(i.field(), 100));
                    errors.setString(4, clip(i.why(), 500));
                    errors.addBatch();
                    kept++;
                    count[2]++;
                    continue;
                }
                if (cycle == null) {
                    cycle = Cycles.open(c, i.id().value(), i.at());
                }
                ClearingPayment p = i.payment();
                incoming.add(new Object[] {
                    i.fileId(),
                    i.item(),
                    i.id().value(),
                    cycle,
                    i.outcome(),
                    p.endToEndId(),
                    p.debtorBic(),
                    p.creditorIban(),
                    p.currency(),
                    i.amount()
                });
                if (i.outcome().equals(IncomingItem.SUSPENSE)) {
                    exceptions.setLong(1, i.id().value());
                    exceptions.setLong(2, i.fileId());
                    exceptions.setInt(3, i.item());
                    exceptions.setString(4, clip(i.why(), 200));
                    exceptions.setString(5, p.endToEndId());
                    exceptions.setString(6, p.debtorName());
                    exceptions.setString(7, p.debtorIban());
                    exceptions.setString(8, p.debtorBic());
                    exceptions.setString(9, p.creditorName());
                    exceptions.setString(10, p.creditorIban());
                    exceptions.setString(11, p.currency());
                    exceptions.setLong(12, i.amount());
                    exceptions.setString(13, p.remittance());
                    exceptions.setLong(14, i.at());
                    exceptions.addBatch();
                    held++;
                    count[1]++;
                } else {
                    count[0]++;
                }
            }
            MultiRowInsert.insert(c, "clearing_incoming", INCOMING_COLUMNS, incoming, row -> row);
            if (held > 0) {
                exceptions.executeBatch();
            }
            if (kept > 0) {
                errors.executeBatch();
            }
        }
        List<AuditRecord> audit = new ArrayList<>(counts.size());
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            Sql.update(
                    c,
                    "UPDATE clearing_files SET credited = credited + ?, suspended = suspended + ?,"
                            + " unreadable = unreadable + ? WHERE id = ?",
                    n[0],
                    n[1],
                    n[2],
                    e.getKey());
            IncomingItem first = firsts.get(e.getKey());
            audit.add(new AuditRecord(
                    first.actor(),
                    "BOOK",
                    "ClearingFile",
                    Long.toString(e.getKey()),
                    first.head(),
                    null,
                    "{\"credited\":" + n[0] + ",\"suspended\":" + n[1] + ",\"unusable\":" + n[2] + "}"));
        }
        return audit;
    }

    @Override
    public List<ConsistencyRule> consistency() {
        return List.of(
                new ConsistencyRule(
                        "every incoming clearing payment has its ledger transaction",
                        "SELECT i.tx_id, 'item ' || i.item || ' of clearing file ' || i.file_id || ' is '"
                                + " || i.outcome || ' without its posting' FROM clearing_incoming i"
                                + " WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = i.tx_id)"),
                new ConsistencyRule(
                        "every posting of an incoming clearing payment has its item",
                        "SELECT o.tx_id, 'a clearing posting by ' || o.actor || ' with no item of a file'"
                                + " FROM platform_operations o WHERE o.type = '" + TYPE + "'"
                                + " AND NOT EXISTS (SELECT 1 FROM clearing_incoming i WHERE i.tx_id = o.tx_id)"),
                new ConsistencyRule(
                        "every payment held in suspense is an exception for an operator",
                        "SELECT i.tx_id, 'item ' || i.item || ' of clearing file ' || i.file_id"
                                + " || ' is in suspense without its exception' FROM clearing_incoming i"
                                + " WHERE i.outcome = 'SUSPENSE'"
                                + " AND NOT EXISTS (SELECT 1 FROM clearing_exceptions e WHERE e.id = i.tx_id)"),
                new ConsistencyRule(
                        "an imported clearing file counts each of its items once",
                        "SELECT f.id, 'file ' || f.file_name || ' counts ' || (f.credited + f.suspended)"
                                + " || ' payments but has ' || COUNT(i.item) FROM clearing_files f"
                                + " LEFT JOIN clearing_incoming i ON i.file_id = f.id"
                                + " GROUP BY f.id, f.file_name, f.credited, f.suspended"
                                + " HAVING f.credited + f.suspended <> COUNT(i.item)"));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
