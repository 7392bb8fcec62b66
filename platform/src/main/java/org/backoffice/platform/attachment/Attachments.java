package org.backoffice.platform.attachment;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.backoffice.ledger.Ledger;
import org.backoffice.platform.Sha256;
import org.backoffice.platform.audit.AuditChain;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.Documents;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;

/**
 * The attachment archive: content stored once per SHA-256 and never overwritten, linked to the
 * documents it supports (a registrar's extract, a supplier's invoice).
 */
public final class Attachments {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-zA-Z0-9.+-]+");

    private final Ledger ledger;
    private final DataSource readers;
    private final Documents documents;
    private final AuditChain audit;
    private final Clock clock;

    public Attachments(Ledger ledger, Documents documents, AuditChain audit, Clock clock) {
        this.ledger = ledger;
        this.readers = ledger.readers();
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    public Attachment attach(Actor actor, DocumentId id, String fileName, String mediaType, byte[] content) {
        Document document = documents
                .find(actor, id)
                .orElseThrow(() -> new NoSuchElementException("document " + id + " not found"));
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || fileName.contains("/")) {
            throw new IllegalArgumentException("fileName: must be 1..255 characters without '/'");
        }
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("mediaType: must be a media type such as application/pdf");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("content: must be 1 byte to " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        String sha = sha256(content);
        long now = Micros.now(clock);
        ledger.change(c -> {
            store(c, content);
            if (Sql.query(
                            c,
                            "SELECT 1 FROM document_attachments WHERE document_id = ? AND sha256 = ?",
                            rs -> 1,
                            id.value(),
                            sha)
                    .isEmpty()) {
                Sql.update(
                        c,
                        "INSERT INTO document_attachments (document_id, sha256, file_name, media_type, size_bytes,"
                                + " added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id.value(),
                        sha,
                        fileName,
                        mediaType,
                        (long) content.length,
                        actor.username(),
                        now);
                audit.append(
                        c,
                        now,
                        List.of(new AuditRecord(
                                actor.username(),
                                "ATTACH",
                                document.type(),
                                id.toString(),
                                document.branch(),
                                null,
                                "{\"sha256\":\"" + sha + "\",\"fileName\":\"" + fileName.replace("\"", "'") + "\"}")));
            }
            return null;
        });
        return list(actor, id).stream()
                .filter(a -> a.sha256().equals(sha))
                .findFirst()
                .orElseThrow();
    }

    public List<Attachment> list(Actor actor, DocumentId id) {
        documents.find(actor, id).orElseThrow(() -> new NoSuchElementException("document " + id + " not found"));
        return Sql.query(
                readers,
                "SELECT document_id, sha256, file_name, media_type, size_bytes, added_by, added_at"
                        + " FROM document_attachments WHERE document_id = ? ORDER BY added_at",
                rs -> new Attachment(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        Micros.toInstant(rs.getLong(7))),
                id.value());
    }

    /** The content, if it is attached to a document the actor may see. */
    public Optional<byte[]> content(Actor actor, DocumentId id, String sha256) {
        boolean linked = list(actor, id).stream().anyMatch(a -> a.sha256().equals(sha256));
        if (!linked) {
            return Optional.empty();
        }
        return Sql.one(readers, "SELECT content FROM attachment_blobs WHERE sha256 = ?", rs -> rs.getBytes(1), sha256);
    }

    /**
     * Stores the content in the archive, in the caller's transaction, unless the archive holds it
     * already: content is addressed by its SHA-256 and never overwritten. For a module whose own
     * records (not a platform document) keep the hash of a file.
     *
     * @return the content's SHA-256
     */
    public static String store(Connection c, byte[] content) throws SQLException {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("content: must be 1 byte to " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        String sha = sha256(content);
        if (Sql.query(c, "SELECT 1 FROM attachment_blobs WHERE sha256 = ?", rs -> 1, sha)
                .isEmpty()) {
            Sql.update(
                    c,
                    "INSERT INTO attachment_blobs (sha256, size_bytes, content) VALUES (?, ?, ?)",
                    sha,
                    (long) content.length,
                    content);
        }
        return sha;
    }

    /** The archived content of that SHA-256; the caller decides who may read it. */
    public Optional<byte[]> archived(String sha256) {
        return Sql.one(readers, "SELECT content FROM attachment_blobs WHERE sha256 = ?", rs -> rs.getBytes(1), sha256);
    }

    public static String sha256(byte[] content) {
        return Sha256.hex(content);
    }
}
