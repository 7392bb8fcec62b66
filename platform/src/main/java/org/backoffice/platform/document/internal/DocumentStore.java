package org.backoffice.platform.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;

/** Reads documents. Writes go through {@link DocumentCompanion}, in the ledger's transactions. */
public final class DocumentStore {
    private final DataSource readers;
    private final DocumentCodec codec;

    public DocumentStore(DataSource readers, DocumentCodec codec) {
        this.readers = readers;
        this.codec = codec;
    }

    public Optional<Document> find(DocumentId id) {
        return Sql.one(readers, "SELECT * FROM documents WHERE id = ?", this::document, id.value());
    }

    public Optional<IdempotentRequest> findKey(String principal, String key) {
        return Sql.one(
                readers,
                "SELECT request_hash, document_id FROM idempotency_keys WHERE principal = ? AND idem_key = ?",
                rs -> new IdempotentRequest(rs.getString(1), new DocumentId(rs.getLong(2))),
                principal,
                key);
    }

    public record IdempotentRequest(String requestHash, DocumentId document) {}

    /**
     * The ledger transactions a document posted, its own first: with linked postings, the others are
     * recorded as the document's operations under the first one's id.
     */
    public List<Long> transactions(DocumentId id) {
        List<Long> transactions = new ArrayList<>();
        transactions.add(id.value());
        for (Long linked : Sql.query(
                readers,
                "SELECT tx_id FROM platform_operations WHERE operation_id = ? AND tx_id <> ? ORDER BY tx_id",
                rs -> rs.getLong(1),
                id.value(),
                id.value())) {
            transactions.add(linked);
        }
        return transactions;
    }

    /** How many documents rest in each status, over every branch; statuses without documents are left out. */
    public Map<DocumentStatus, Long> countByStatus() {
        Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
        for (Map.Entry<String, Long> row : Sql.query(
                readers,
                "SELECT status, COUNT(*) FROM documents GROUP BY status",
                rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            counts.put(DocumentStatus.valueOf(row.getKey()), row.getValue());
        }
        return counts;
    }

    public Page<Document> list(Actor actor, DocumentQuery q, Set<String> types) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!Sql.branchScope(actor, null, where, args)) {
            return new Page<>(List.of(), q.page(), q.size(), 0);
        }
        if (types.isEmpty()) {
            return new Page<>(List.of(), q.page(), q.size(), 0);
        }
        where.append(" AND type IN (").append(Sql.marks(types.size())).append(')');
        args.addAll(types.stream().sorted().toList());
        filter(where, args, "type = ?", q.type());
        filter(where, args, "status = ?", q.status() == null ? null : q.status().name());
        filter(where, args, "branch = ?", q.branch());
        filter(where, args, "maker = ?", q.maker());
        filter(where, args, "doc_date >= ?", q.from() == null ? null : q.from().toString());
        filter(where, args, "doc_date <= ?", q.to() == null ? null : q.to().toString());
        if (q.number() != null && !q.number().isBlank()) {
            where.append(" AND number LIKE ?");
            args.add("%" + q.number().replace("%", "").replace("_", "") + "%");
        }
        long total = Sql.count(readers, "SELECT COUNT(*) FROM documents" + where, args.toArray());
        args.add(q.size());
        args.add((long) q.page() * q.size());
        List<Document> items = Sql.query(
                readers,
                "SELECT * FROM documents" + where + " ORDER BY " + orderBy(q.sort()) + " LIMIT ? OFFSET ?",
                this::document,
                args.toArray());
        return new Page<>(items, q.page(), q.size(), total);
    }

    private static void filter(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private static String orderBy(String sort) {
        boolean descending = sort.startsWith("-");
        String column = switch (descending ? sort.substring(1) : sort) {
            case "date" -> "doc_date";
            case "number" -> "number";
            case "amount" -> "amount";
            case "status" -> "status";
            case "type" -> "type";
            default -> "id";
        };
        String direction = descending ? " DESC" : " ASC";
        return column + direction + ", id" + direction;
    }

    private Document document(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        return new Document(
                new DocumentId(rs.getLong("id")),
                type,
                rs.getString("number"),
                rs.getString("branch"),
                LocalDate.parse(rs.getString("doc_date")),
                DocumentStatus.valueOf(rs.getString("status")),
                rs.getString("maker"),
                rs.getString("approver"),
                rs.getInt("version"),
                rs.getString("asset"),
                rs.getLong("amount"),
                codec.body(type, rs.getString("body")),
                rs.getString("comment"),
                Micros.toInstant(rs.getLong("created_at")),
                Micros.toInstant(rs.getLong("updated_at")));
    }
}
