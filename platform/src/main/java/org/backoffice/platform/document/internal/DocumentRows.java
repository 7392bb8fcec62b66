package org.backoffice.platform.document.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentBody;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.document.DocumentKinds;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.operation.OperationKind;

/**
 * Document changes as the platform's own kind of operation, written in the ledger's batch
 * transaction: a document, its number, its audit entry, its type's own rows and the ledger
 * transaction it posts commit together or not at all.
 */
public final class DocumentRows implements OperationKind<DocumentChange> {
    public static final String TYPE = "Document";

    private static final int IN_LIST = 500;

    private final DocumentCodec codec;
    private final DocumentKinds kinds;
    private final NumberAllocator numbers;
    private final Map<String, String> prefixes;
    private final Clock clock;
    private final boolean postgres;

    public DocumentRows(DocumentKinds kinds, boolean postgres, Clock clock) {
        this.codec = new DocumentCodec(kinds);
        this.kinds = kinds;
        this.numbers = new NumberAllocator(postgres);
        this.prefixes = kinds.prefixes();
        this.clock = clock;
        this.postgres = postgres;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String branch(DocumentChange change) {
        return change.after().branch();
    }

    /** Documents own their ledger transactions by id; {@link org.backoffice.platform.document.Documents} hands them over. */
    @Override
    public List<TransactionRequest> movements(DocumentChange change) {
        return List.of();
    }

    /** Refuses a change whose document moved on since it was read, or whose key was used before. */
    @Override
    public String[] refusals(Connection c, List<DocumentChange> attachments) throws SQLException {
        String[] refusals = new String[attachments.size()];
        Set<String> usedKeys = existingKeys(c, attachments);
        Map<Long, Integer> versions = versions(c, attachments);
        Set<Long> touched = new HashSet<>();
        for (int i = 0; i < attachments.size(); i++) {
            switch (attachments.get(i)) {
                case DocumentChange.Created created -> {
                    IdempotencyKey key = created.key();
                    if (key != null && !usedKeys.add(key.principal() + '\n' + key.key())) {
                        refusals[i] = "Idempotency-Key: already used";
                    } else if (posts(created)) {
                        refusals[i] = refusal(c, created.after());
                    }
                }
                case DocumentChange.Transition transition -> {
                    long id = transition.before().id().value();
                    Integer version = versions.get(id);
                    if (version == null || version != transition.before().version() || !touched.add(id)) {
                        refusals[i] = "version: document " + id + " was changed by someone else; reload it";
                    } else if (posts(transition)) {
                        refusals[i] = refusal(c, transition.after());
                    }
                }
            }
        }
        return refusals;
    }

    @Override
    public List<AuditRecord> write(Connection c, List<DocumentChange> changes) throws SQLException {
        long now = Micros.now(clock);
        numbers.assign(c, changes, prefixes);
        // Each body is written as JSON once, for its row and for its audit entry.
        Map<DocumentChange, String> bodies = new java.util.IdentityHashMap<>();
        for (DocumentChange change : changes) {
            bodies.put(change, codec.body(change.after().body()));
        }
        insertCreated(c, changes, bodies, now);
        updateTransitions(c, changes, bodies);
        List<AuditRecord> records = new ArrayList<>(changes.size());
        for (DocumentChange change : changes) {
            records.add(auditRecord(change, bodies.get(change)));
        }
        for (DocumentChange change : changes) {
            if (posts(change)) {
                posted(c, change.after());
            } else if (change.after().status() == DocumentStatus.REVERSED) {
                reversed(c, change.after());
            }
        }
        return records;
    }

    /** Whether the change posts its document now: created posted, or moved to POSTED. */
    private static boolean posts(DocumentChange change) {
        return change.after().status() == DocumentStatus.POSTED
                && !(change instanceof DocumentChange.Transition t && t.before().status() == DocumentStatus.POSTED);
    }

    private String refusal(Connection c, Document document) throws SQLException {
        return refusal(c, kinds.kind(document.type()), document);
    }

    private static <B extends DocumentBody> String refusal(Connection c, DocumentKind<B> kind, Document document)
            throws SQLException {
        return kind.refusal(c, document, kind.bodyClass().cast(document.body()));
    }

    private void posted(Connection c, Document document) throws SQLException {
        posted(c, kinds.kind(document.type()), document);
    }

    private static <B extends DocumentBody> void posted(Connection c, DocumentKind<B> kind, Document document)
            throws SQLException {
        kind.posted(c, document, kind.bodyClass().cast(document.body()));
    }

    private void reversed(Connection c, Document document) throws SQLException {
        reversed(c, kinds.kind(document.type()), document);
    }

    private static <B extends DocumentBody> void reversed(Connection c, DocumentKind<B> kind, Document document)
            throws SQLException {
        kind.reversed(c, document, kind.bodyClass().cast(document.body()));
    }

    private AuditRecord auditRecord(DocumentChange change, String bodyJson) {
        Document after = change.after();
        String number = numberOf(change);
        String before = change instanceof DocumentChange.Transition t
                ? codec.snapshot(t.before(), t.before().number())
                : null;
        return new AuditRecord(
                change.actor(),
                change.action(),
                after.type(),
                after.id().toString(),
                after.branch(),
                before,
                codec.snapshot(after, number, bodyJson));
    }

    private static String numberOf(DocumentChange change) {
        return change.number() != null ? change.number() : change.after().number();
    }

    private void insertCreated(Connection c, List<DocumentChange> changes, Map<DocumentChange, String> bodies, long now)
            throws SQLException {
        try (PreparedStatement documents = c.prepareStatement(
                        "INSERT INTO documents (id, type, number, branch, doc_date, status, maker, approver, version,"
                                + " asset, amount, body, comment, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement keys = c.prepareStatement(
                        "INSERT INTO idempotency_keys (principal, idem_key, request_hash, document_id, created_at)"
                                + " VALUES (?, ?, ?, ?, ?)")) {
            int documentRows = 0;
            int keyRows = 0;
            for (DocumentChange change : changes) {
                if (!(change instanceof DocumentChange.Created created)) {
                    continue;
                }
                Document d = created.after();
                documents.setLong(1, d.id().value());
                documents.setString(2, d.type());
                documents.setString(3, numberOf(created));
                documents.setString(4, d.branch());
                documents.setString(5, d.date().toString());
                documents.setString(6, d.status().name());
                documents.setString(7, d.maker());
                documents.setString(8, d.approver());
                documents.setInt(9, d.version());
                documents.setString(10, d.asset());
                documents.setLong(11, d.amount());
                documents.setString(12, bodies.get(created));
                documents.setString(13, d.comment());
                documents.setLong(14, Micros.of(d.createdAt()));
                documents.setLong(15, Micros.of(d.updatedAt()));
                documents.addBatch();
                documentRows++;
                IdempotencyKey key = created.key();
                if (key != null) {
                    keys.setString(1, key.principal());
                    keys.setString(2, key.key());
                    keys.setString(3, key.requestHash());
                    keys.setLong(4, d.id().value());
                    keys.setLong(5, now);
                    keys.addBatch();
                    keyRows++;
                }
            }
            if (documentRows > 0) {
                documents.executeBatch();
            }
            if (keyRows > 0) {
                keys.executeBatch();
            }
        }
    }

    private void updateTransitions(Connection c, List<DocumentChange> changes, Map<DocumentChange, String> bodies)
            throws SQLException {
        for (DocumentChange change : changes) {
            if (!(change instanceof DocumentChange.Transition t)) {
                continue;
            }
            Document d = t.after();
            int updated = Sql.update(
                    c,
                    "UPDATE documents SET number = ?, doc_date = ?, status = ?, approver = ?, version = ?, asset = ?,"
                            + " amount = ?, body = ?, comment = ?, reversal_id = ?, updated_at = ?"
                            + " WHERE id = ? AND version = ?",
                    numberOf(t),
                    d.date().toString(),
                    d.status().name(),
                    d.approver(),
                    d.version(),
                    d.asset(),
                    d.amount(),
                    bodies.get(t),
                    d.comment(),
                    t.reversalId(),
                    Micros.of(d.updatedAt()),
                    d.id().value(),
                    t.before().version());
            if (updated != 1) {
                throw new SQLException("document " + d.id() + " changed during its own transaction");
            }
        }
    }

    private Set<String> existingKeys(Connection c, List<DocumentChange> attachments) throws SQLException {
        Map<String, List<String>> keysByPrincipal = new HashMap<>();
        for (DocumentChange o : attachments) {
            if (o instanceof DocumentChange.Created created && created.key() != null) {
                keysByPrincipal
                        .computeIfAbsent(created.key().principal(), p -> new ArrayList<>())
                        .add(created.key().key());
            }
        }
        Set<String> found = new HashSet<>();
        for (Map.Entry<String, List<String>> entry : keysByPrincipal.entrySet()) {
            List<String> keys = entry.getValue();
            if (postgres) {
                // One statement text for any number of keys: PostgreSQL plans it once, not per batch.
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT idem_key FROM idempotency_keys WHERE principal = ? AND idem_key = ANY (?)")) {
                    select.setString(1, entry.getKey());
                    select.setArray(2, c.createArrayOf("varchar", keys.toArray()));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            found.add(entry.getKey() + '\n' + rs.getString(1));
                        }
                    }
                }
                continue;
            }
            for (int from = 0; from < keys.size(); from += IN_LIST) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
                Object[] args = new Object[chunk.size() + 1];
                args[0] = entry.getKey();
                for (int i = 0; i < chunk.size(); i++) {
                    args[i + 1] = chunk.get(i);
                }
                for (String key : Sql.query(
                        c,
                        "SELECT idem_key FROM idempotency_keys WHERE principal = ? AND idem_key IN ("
                                + Sql.marks(chunk.size()) + ")",
                        rs -> rs.getString(1),
                        args)) {
                    found.add(entry.getKey() + '\n' + key);
                }
            }
        }
        return found;
    }

    private Map<Long, Integer> versions(Connection c, List<DocumentChange> attachments) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (DocumentChange o : attachments) {
            if (o instanceof DocumentChange.Transition t) {
                ids.add(t.before().id().value());
            }
        }
        Map<Long, Integer> versions = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            try (PreparedStatement select = Sql.prepare(
                            c,
                            "SELECT id, version FROM documents WHERE id IN (" + Sql.marks(chunk.size()) + ")"
                                    + (postgres ? " ORDER BY id FOR UPDATE" : ""),
                            chunk.toArray());
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return versions;
    }
}
