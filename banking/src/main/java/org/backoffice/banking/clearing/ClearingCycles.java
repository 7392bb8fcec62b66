package org.backoffice.banking.clearing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.clearing.internal.Cycles;
import org.backoffice.banking.clearing.internal.Netting;
import org.backoffice.banking.internal.Columns;
import org.backoffice.banking.message.ClearingBatch;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.banking.message.NetPositionCsv;
import org.backoffice.banking.message.NetPositionLine;
import org.backoffice.banking.message.Pacs008Writer;
import org.backoffice.banking.payment.ValueDates;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.attachment.Attachment;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;

/**
 * The clearing cycles: the open one with its payments and the net positions it would settle, the
 * close that cuts it and makes its ClearingRun (with the pacs.008 files and the net-position report
 * attached for the approver to see), and the cycles of the past. Clearing is head office's: only
 * users who see head office see it.
 */
public final class ClearingCycles {
    public static final String PACS008_MEDIA_TYPE = "application/xml";
    public static final String CSV_MEDIA_TYPE = "text/csv";

    private final Platform platform;
    private final BankingSettings settings;
    private final HouseAccounts house;
    private final ValueDates valueDates;

    public ClearingCycles(Platform platform, BankingSettings settings, HouseAccounts house, ValueDates valueDates) {
        this.platform = platform;
        this.settings = settings;
        this.house = house;
        this.valueDates = valueDates;
    }

    /** The cycle that new payments join, if any payment has opened one. */
    public Optional<ClearingCycle> current(Actor actor) {
        requireHeadOffice(actor);
        return Sql.one(
                platform.ledger().readers(),
                "SELECT * FROM clearing_cycles WHERE status = 'OPEN'",
                ClearingCycles::cycle);
    }

    /** The cycle cut for closing whose run awaits approval (or was rejected), if any. */
    public Optional<ClearingCycle> closing(Actor actor) {
        requireHeadOffice(actor);
        return Sql.one(
                platform.ledger().readers(),
                "SELECT * FROM clearing_cycles WHERE status = 'CLOSING' ORDER BY number",
                ClearingCycles::cycle);
    }

    public ClearingCycle get(Actor actor, long id) {
        requireHeadOffice(actor);
        return Sql.one(
                        platform.ledger().readers(),
                        "SELECT * FROM clearing_cycles WHERE id = ?",
                        ClearingCycles::cycle,
                        id)
                .orElseThrow(() -> new NoSuchElementException("clearing cycle " + id + " not found"));
    }

    /** Cycles, newest first. */
    public List<ClearingCycle> list(Actor actor, int page, int size) {
        requireHeadOffice(actor);
        return Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM clearing_cycles ORDER BY number DESC LIMIT ? OFFSET ?",
                ClearingCycles::cycle,
                size,
                (long) page * size);
    }

    /** The cycle's payments both ways, at most {@code limit} of each direction, newest first. */
    public List<CycleItem> items(Actor actor, long cycleId, int limit) {
        ClearingCycle cycle = get(actor, cycleId);
        List<CycleItem> items = new ArrayList<>(Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM clearing_items WHERE cycle_id = ? ORDER BY id DESC LIMIT ?",
                rs -> new CycleItem(
                        rs.getLong("id"),
                        "OUT",
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getString("end_to_end_id"),
                        rs.getString("creditor_bic"),
                        rs.getString("creditor_iban"),
                        rs.getString("currency"),
                        rs.getLong("amount")),
                cycleId,
                limit));
        String inStatus = cycle.status().equals(Cycles.CLOSED) ? Cycles.SETTLED : Cycles.PENDING;
        items.addAll(Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM clearing_incoming WHERE cycle_id = ? ORDER BY tx_id DESC LIMIT ?",
                rs -> new CycleItem(
                        rs.getLong("tx_id"),
                        "IN",
                        "INCOMING",
                        inStatus,
                        rs.getString("end_to_end_id"),
                        rs.getString("debtor_bic"),
                        rs.getString("creditor_iban"),
                        rs.getString("currency"),
                        rs.getLong("amount")),
                cycleId,
                limit));
        return items;
    }

    /** Every participant's position in the cycle per currency, this bank first: a preview until it closes. */
    public List<NetPosition> positions(Actor actor, long cycleId) {
        get(actor, cycleId);
        List<Cycles.Flow> flows;
        try (var c = platform.ledger().readers().getConnection()) {
            flows = Cycles.flows(c, cycleId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read cycle " + cycleId + ": " + e.getMessage(), e);
        }
        return Netting.positions(settings.bic(), flows);
    }

    /**
     * Closes the cycle: cuts the open cycle (new payments go to a new one), computes the positions,
     * and makes the ClearingRun a controller must approve, with the pacs.008 of each currency and the
     * net-position report attached. A cycle already cut whose run was rejected is closed again
     * instead of cutting the open one.
     *
     * @throws InvalidDocumentException "cycle: ..." when there is nothing to close or a run awaits approval
     */
    public DocumentResult close(Actor actor, IdempotencyKey key) {
        String head = requireHeadOffice(actor);
        platform.profile().permissions().require(actor, ClearingRunKind.TYPE, Action.CREATE);
        house.ensure(head);
        Optional<ClearingCycle> cut = closing(actor);
        if (cut.isPresent()) {
            Optional<Document> waiting = awaitingApproval(actor, cut.get().id());
            if (waiting.isPresent()) {
                throw InvalidDocumentException.of(
                        "cycle",
                        "cycle " + cut.get().number() + " is closing: its run "
                                + waiting.get().number() + " awaits a controller's approval");
            }
        }
        long cycleId = cut.isPresent() ? cut.get().id() : cut(actor, head);
        ClearingCycle cycle = get(actor, cycleId);
        List<NetPosition> positions = positions(actor, cycleId);
        LocalDate settlementDate = valueDates.valueDate(null);
        ClearingRun body = new ClearingRun(cycleId, cycle.number(), settlementDate, positions);
        DocumentResult result =
                platform.documents().create(actor, valueDates.document(ClearingRunKind.TYPE, head, body), true, key);
        if (!result.replayed()) {
            attachFiles(actor, result.document(), cycle, settlementDate, positions);
        }
        return result;
    }

    private long cut(Actor actor, String head) {
        ClearingCycle open = current(actor)
                .orElseThrow(() -> InvalidDocumentException.of(
                        "cycle", "no cycle is open: no payment has been sent or received since the last close"));
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "CUT",
                "ClearingCycle",
                Long.toString(open.id()),
                head,
                "{\"status\":\"OPEN\"}",
                "{\"status\":\"CLOSING\",\"number\":" + open.number() + "}");
        long now = Micros.now(platform.clock());
        return platform.change(List.of(audit), c -> {
            long cut = Cycles.cut(c, now)
                    .orElseThrow(() -> InvalidDocumentException.of(
                            "cycle", "cycle " + open.number() + " has no payments: there is nothing to close"));
            if (cut != open.id()) {
                throw new IllegalStateException("cycle: another close cut cycle " + open.number() + " meanwhile");
            }
            return cut;
        });
    }

    /** The files of the run that closed (or is closing) the cycle: its pacs.008s and net-position report. */
    public List<Attachment> files(Actor actor, DocumentId runId) {
        requireHeadOffice(actor);
        return platform.attachments().list(actor, runId);
    }

    private Optional<Document> awaitingApproval(Actor actor, long cycleId) {
        DocumentQuery query = new DocumentQuery(
                ClearingRunKind.TYPE, DocumentStatus.SUBMITTED, null, null, null, null, null, null, 0, 100);
        return platform.documents().list(actor, query).items().stream()
                .filter(d -> d.body(ClearingRun.class).cycleId() == cycleId)
                .findFirst();
    }

    private void attachFiles(
            Actor actor, Document run, ClearingCycle cycle, LocalDate settlementDate, List<NetPosition> positions) {
        Map<String, List<ClearingPayment>> byCurrency = new LinkedHashMap<>();
        for (ClearingPayment payment : outgoing(cycle.id(), settlementDate)) {
            byCurrency
                    .computeIfAbsent(payment.currency(), c -> new ArrayList<>())
                    .add(payment);
        }
        for (Map.Entry<String, List<ClearingPayment>> entry : byCurrency.entrySet()) {
            ClearingBatch batch = new ClearingBatch(
                    "C" + cycle.number() + "-" + entry.getKey() + "-" + run.id(),
                    platform.clock().instant(),
                    settlementDate,
                    settings.bic(),
                    settings.clearingBic(),
                    entry.getValue());
            platform.attachments()
                    .attach(
                            actor,
                            run.id(),
                            run.number() + "-" + entry.getKey() + ".pacs008.xml",
                            PACS008_MEDIA_TYPE,
                            Pacs008Writer.write(batch).getBytes(StandardCharsets.UTF_8));
        }
        List<NetPositionLine> lines = positions.stream()
                .map(p -> NetPositionLine.of(
                        p.participantBic(),
                        p.currency(),
                        decimal(p.sent(), p.currency()),
                        decimal(p.received(), p.currency())))
                .toList();
        platform.attachments()
                .attach(
                        actor,
                        run.id(),
                        run.number() + "-net-positions.csv",
                        CSV_MEDIA_TYPE,
                        NetPositionCsv.write(lines).getBytes(StandardCharsets.UTF_8));
    }

    /** What the bank sends in the cycle, as clearing payments settling on the run's date. */
    private List<ClearingPayment> outgoing(long cycleId, LocalDate settlementDate) {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM clearing_items WHERE cycle_id = ? AND status <> 'REVERSED' ORDER BY currency, id",
                rs -> new ClearingPayment(
                        rs.getString("end_to_end_id"),
                        rs.getString("debtor_name"),
                        rs.getString("debtor_iban"),
                        settings.bic(),
                        rs.getString("creditor_name"),
                        rs.getString("creditor_iban"),
                        rs.getString("creditor_bic"),
                        rs.getString("currency"),
                        decimal(rs.getLong("amount"), rs.getString("currency")),
                        rs.getString("remittance"),
                        settlementDate),
                cycleId);
    }

    private BigDecimal decimal(long minor, String currency) {
        return Amount.of(platform.accounts().asset(currency).orElseThrow(), minor)
                .decimal();
    }

    private String requireHeadOffice(Actor actor) {
        String head = house.headOffice();
        actor.requireBranch(head);
        return head;
    }

    static ClearingCycle cycle(ResultSet rs) throws SQLException {
        return new ClearingCycle(
                rs.getLong("id"),
                rs.getInt("number"),
                rs.getString("status"),
                Micros.toInstant(rs.getLong("opened_at")),
                Columns.nullableInstant(rs, "cut_at"),
                Columns.nullableInstant(rs, "closed_at"),
                Columns.nullableLong(rs, "run_id"));
    }
}
