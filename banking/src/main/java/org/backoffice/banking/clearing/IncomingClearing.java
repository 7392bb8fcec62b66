package org.backoffice.banking.clearing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.clearing.internal.FileRows;
import org.backoffice.banking.clearing.internal.ImportRun;
import org.backoffice.banking.clearing.internal.IncomingItem;
import org.backoffice.banking.clearing.internal.IncomingPaymentKind;
import org.backoffice.banking.message.ClearingCsv;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.banking.message.LineError;
import org.backoffice.banking.message.Numbered;
import org.backoffice.banking.message.Pacs008Reader;
import org.backoffice.banking.message.ParsedBatch;
import org.backoffice.banking.payment.ValueDates;
import org.backoffice.platform.Platform;
import org.backoffice.platform.Sha256;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;

/**
 * Incoming clearing files: each good payment is credited to its beneficiary's account at this bank
 * (Dr clearing receivable / Cr the account) or, when the beneficiary is unknown, closed, frozen or
 * kept in another currency, held in head office's suspense account as an exception; what cannot be
 * read is reported item by item. Nothing is lost: every payment ends credited, in suspense, or
 * reported. A file is imported once (by its SHA-256); importing a file whose import was interrupted
 * resumes it.
 */
public final class IncomingClearing {
    /** How many rows {@link ImportResult#rows()} shows; the rest are read page by page with {@link #rows}. */
    public static final int ROWS_SHOWN = 1_000;

    /**
     * Payments read, looked up and handed to the platform at a time, whoever imports: the pages, the
     * API, the command line and the benchmark all import through {@link #importFile} with this size.
     */
    public static final int CHUNK = 10_000;

    /** The operation type each item is recorded as; importing takes {@code CREATE} on it, reading {@code VIEW}. */
    public static final String TYPE = IncomingPaymentKind.TYPE;

    private final Platform platform;
    private final HouseAccounts house;
    private final ValueDates valueDates;
    private final IncomingPaymentKind kind;
    private final int chunk;

    public IncomingClearing(Platform platform, HouseAccounts house, ValueDates valueDates) {
        this(platform, house, valueDates, registered(platform), CHUNK);
    }

    private IncomingClearing(
            Platform platform, HouseAccounts house, ValueDates valueDates, IncomingPaymentKind kind, int chunk) {
        this.platform = platform;
        this.house = house;
        this.valueDates = valueDates;
        this.kind = kind;
        this.chunk = chunk;
    }

    private static IncomingPaymentKind registered(Platform platform) {
        IncomingPaymentKind kind = new IncomingPaymentKind();
        platform.operations().register(kind);
        return kind;
    }

    /** For tests: the same service with smaller chunks, so that a handful of payments spans several. */
    IncomingClearing withChunkSize(int size) {
        if (size < 1 || size > 100_000) {
            throw new IllegalArgumentException("chunkSize: must be within 1..100000, was " + size);
        }
        return new IncomingClearing(platform, house, valueDates, kind, size);
    }

    /** Imports a file whose format is told by its content: XML is a pacs.008, anything else CSV. */
    public ImportResult importFile(Actor actor, String fileName, byte[] content) {
        return importFile(actor, fileName, content, null, ImportProgress.NONE);
    }

    /**
     * @param format null to tell it by the content
     * @throws InvalidDocumentException "file: ..." when the file was imported before or cannot be read at all
     */
    public ImportResult importFile(
            Actor actor, String fileName, byte[] content, ClearingFormat format, ImportProgress progress) {
        String head = requireClerk(actor);
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw InvalidDocumentException.of("fileName", "must be 1 to 255 characters");
        }
        if (content == null || content.length == 0) {
            throw InvalidDocumentException.of("file", "is empty");
        }
        String sha = Sha256.hex(content);
        Optional<FileRows.Registered> earlier = FileRows.bySha(platform.ledger().readers(), sha);
        if (earlier.isPresent() && earlier.get().file().status().equals(FileRows.IMPORTED)) {
            ClearingFile before = earlier.get().file();
            throw InvalidDocumentException.of(
                    "file",
                    "was imported before: " + before.fileName() + " (file " + before.id() + "), by "
                            + before.importedBy() + " at " + before.finishedAt());
        }
        house.ensure(head);
        ClearingFormat chosen = format != null
                ? format
                : earlier.map(e -> e.file().format()).orElseGet(() -> ClearingFormat.sniff(content));
        String text = new String(content, StandardCharsets.UTF_8);
        Importing importing = new Importing(actor, head, fileName.strip(), sha, chosen, earlier, progress);
        try {
            if (chosen == ClearingFormat.PACS008) {
                importing.pacs008(text);
            } else {
                importing.csv(text, lines(content));
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidDocumentException
                    || !String.valueOf(e.getMessage()).startsWith("file: ")) {
                throw e;
            }
            throw new InvalidDocumentException(List.of(FieldError.parse(e.getMessage())));
        }
        return importing.finish();
    }

    /** The incoming files, newest first. */
    public List<ClearingFile> files(Actor actor, int page, int size) {
        requireHeadOffice(actor);
        return FileRows.list(platform.ledger().readers(), page, size);
    }

    public ClearingFile file(Actor actor, long id) {
        requireHeadOffice(actor);
        ClearingFile file = FileRows.byId(platform.ledger().readers(), id)
                .orElseThrow(() -> new NoSuchElementException("clearing file " + id + " not found"))
                .file();
        return withTotals(file);
    }

    /** What became of the file's items from {@code fromItem} on, at most {@code limit}, in file order. */
    public List<ImportRow> rows(Actor actor, long fileId, int fromItem, int limit) {
        file(actor, fileId);
        List<ImportRow> rows = new ArrayList<>(Sql.query(
                platform.ledger().readers(),
                "SELECT i.item, i.outcome, i.end_to_end_id, i.creditor_iban, i.currency, i.amount, e.reason"
                        + " FROM clearing_incoming i LEFT JOIN clearing_exceptions e ON e.id = i.tx_id"
                        + " WHERE i.file_id = ? AND i.item >= ? ORDER BY i.item LIMIT ?",
                rs -> new ImportRow(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getString(7)),
                fileId,
                fromItem,
                limit));
        rows.addAll(Sql.query(
                platform.ledger().readers(),
                "SELECT item, field, message FROM clearing_file_errors WHERE file_id = ? AND item >= ?"
                        + " ORDER BY item LIMIT ?",
                rs -> new ImportRow(
                        rs.getInt(1),
                        rs.getString(2).equals("ledger") ? IncomingItem.REFUSED : IncomingItem.UNREADABLE,
                        null,
                        null,
                        null,
                        null,
                        (rs.getString(2).isEmpty() ? "" : rs.getString(2) + ": ") + rs.getString(3)),
                fileId,
                fromItem,
                limit));
        rows.sort(Comparator.comparingInt(ImportRow::item));
        return rows.size() <= limit ? rows : List.copyOf(rows.subList(0, limit));
    }

    private ClearingFile withTotals(ClearingFile f) {
        return f.withTotals(FileRows.totals(platform.ledger().readers(), f.id()));
    }

    private String requireClerk(Actor actor) {
        String head = requireHeadOffice(actor);
        if (!platform.permissions().allows(actor, TYPE, Action.CREATE)) {
            throw new SecurityException(actor.username() + " may not import clearing files");
        }
        return head;
    }

    private String requireHeadOffice(Actor actor) {
        platform.permissions().require(actor, TYPE, Action.VIEW);
        String head = house.headOffice();
        actor.requireBranch(head);
        return head;
    }

    /** An upper bound of a CSV's line numbers, for the transaction ids to reserve. */
    private static int lines(byte[] content) {
        int lines = 1;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** One import of one file: registers it (or takes up an interrupted import of it) and books it chunk by chunk. */
    private final class Importing {
        private final Actor actor;
        private final String head;
        private final String fileName;
        private final String sha;
        private final ClearingFormat format;
        private final ImportProgress progress;
        private final boolean resumed;
        private FileRows.Registered registered;
        private ImportRun run;
        private int total;
        private int done;
        private ImportRun.Submitted inFlight;
        private int inFlightItems;

        Importing(
                Actor actor,
                String head,
                String fileName,
                String sha,
                ClearingFormat format,
                Optional<FileRows.Registered> earlier,
                ImportProgress progress) {
            this.actor = actor;
            this.head = head;
            this.fileName = fileName;
            this.sha = sha;
            this.format = format;
            this.progress = progress;
            this.resumed = earlier.isPresent();
            this.registered = earlier.orElse(null);
        }

        void pacs008(String xml) {
            ParsedBatch parsed = Pacs008Reader.read(xml);
            List<ClearingPayment> payments = parsed.batch().payments();
            Set<Integer> bad = new java.util.HashSet<>();
            parsed.errors().stream().filter(e -> e.item() > 0).forEach(e -> bad.add(e.item()));
            total = payments.size() + bad.size();
            register(total + 1, parsed.errors());
            List<Numbered<ClearingPayment>> numbered = new ArrayList<>(payments.size());
            int next = 0;
            for (int position = 1; position <= total; position++) {
                if (!bad.contains(position)) {
                    numbered.add(new Numbered<>(position, payments.get(next++)));
                }
            }
            List<LineError> itemErrors =
                    parsed.errors().stream().filter(e -> e.item() > 0).toList();
            int from = 0;
            int low = 1;
            do {
                int to = Math.min(numbered.size(), from + chunk);
                List<Numbered<ClearingPayment>> part = numbered.subList(from, to);
                int high = to >= numbered.size()
                        ? Integer.MAX_VALUE
                        : part.getLast().item();
                int lo = low;
                book(
                        part,
                        itemErrors.stream()
                                .filter(e -> e.item() >= lo && e.item() <= high)
                                .toList());
                low = high + 1;
                from = to;
            } while (from < numbered.size());
            flush();
        }

        void csv(String text, int lines) {
            ClearingCsv.read(text, chunk, parsed -> {
                if (run == null) {
                    register(lines + 1, List.of());
                }
                total += parsed.items().size() + parsed.errors().size();
                book(parsed.items(), parsed.errors());
            });
            if (run == null) {
                register(lines + 1, List.of());
            }
            flush();
        }

        /**
         * Hands the chunk to the ledger, then records the one before it, so that reading and looking
         * up a chunk overlaps with the ledger booking the previous one.
         */
        private void book(List<Numbered<ClearingPayment>> payments, List<LineError> errors) {
            ImportRun.Submitted next = run.submit(payments, errors);
            int count = payments.size() + errors.size();
            flush();
            inFlight = next;
            inFlightItems = count;
        }

        /** Records the chunk still in the ledger's hands, if any. */
        private void flush() {
            if (inFlight != null) {
                ImportRun.Submitted chunk = inFlight;
                inFlight = null;
                run.complete(chunk);
                done += inFlightItems;
                progress.recorded(done, total);
            }
        }

        private void register(int items, List<LineError> headerErrors) {
            if (registered == null) {
                long id = platform.ids().next().value();
                long firstTx = platform.ids().reserve(ImportRun.idsFor(items)).value();
                Instant now = platform.clock().instant();
                LocalDate valueDate = valueDates.valueDate(null);
                ClearingFile file = new ClearingFile(
                        id,
                        fileName,
                        sha,
                        format,
                        FileRows.IMPORTING,
                        valueDate,
                        0,
                        0,
                        0,
                        actor.username(),
                        now,
                        null,
                        List.of());
                AuditRecord audit = new AuditRecord(
                        actor.username(),
                        "IMPORT",
                        "ClearingFile",
                        Long.toString(id),
                        head,
                        null,
                        "{\"fileName\":\"" + json(fileName) + "\",\"sha256\":\"" + sha + "\",\"format\":\""
                                + format.label() + "\",\"status\":\"IMPORTING\"}");
                platform.change(List.of(audit), c -> {
                    FileRows.insert(c, file, firstTx);
                    ImportRun.headerErrors(c, id, headerErrors);
                    return null;
                });
                registered = new FileRows.Registered(file, firstTx);
            }
            ClearingFile file = registered.file();
            BitSet done = resumed ? FileRows.done(platform.ledger().readers(), file.id()) : new BitSet();
            run = new ImportRun(
                    platform, kind, actor, head, file.id(), registered.firstTx(), file.valueDate(), done, progress);
        }

        ImportResult finish() {
            long id = registered.file().id();
            ClearingFile counted =
                    FileRows.byId(platform.ledger().readers(), id).orElseThrow().file();
            AuditRecord audit = new AuditRecord(
                    actor.username(),
                    "IMPORTED",
                    "ClearingFile",
                    Long.toString(id),
                    head,
                    "{\"status\":\"IMPORTING\"}",
                    "{\"status\":\"IMPORTED\",\"credited\":" + counted.credited() + ",\"suspended\":"
                            + counted.suspended() + ",\"unreadable\":" + counted.unreadable() + ",\"resumed\":"
                            + resumed + "}");
            long now = Micros.now(platform.clock());
            platform.change(List.of(audit), c -> {
                FileRows.finish(c, id, now);
                return null;
            });
            return new ImportResult(file(actor, id), resumed, rows(actor, id, 0, ROWS_SHOWN));
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
