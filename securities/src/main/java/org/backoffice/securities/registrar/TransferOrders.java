package org.backoffice.securities.registrar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.attachment.Attachments;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.jdbc.Where;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.registrar.internal.TransferOrderPdf;
import org.backoffice.securities.registrar.internal.TransferOrderRows;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.settlement.Settlement;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeBook;

/**
 * The registrar's way of settling: a transfer order generated from an instructed trade in a
 * registrar-held instrument, sent, answered by the registrar's extract, and completed by a checker
 * other than the one who attached the extract: attaching submits a {@link TransferOrderKind}
 * document, and completing approves it through the platform's maker-checker. Its posting is the
 * instruction's pending transfer in full (ownership moves in the books, both legs together), and the
 * instruction, its trade and the order are written in the same transaction. The extract's bytes go to the
 * platform's content-addressed archive ({@link Attachments#store}) and the order keeps its SHA-256:
 * a transfer order is not a platform document, so it cannot hold a document attachment.
 */
public final class TransferOrders {
    private final Platform platform;
    private final SecuritiesSettings settings;
    private final Settlement settlement;
    private final TradeBook trades;
    private final Counterparties counterparties;
    private final DepoAccounts depoAccounts;

    public TransferOrders(
            Platform platform,
            SecuritiesSettings settings,
            Settlement settlement,
            TradeBook trades,
            Counterparties counterparties,
            DepoAccounts depoAccounts) {
        this.platform = platform;
        this.settings = settings;
        this.settlement = settlement;
        this.trades = trades;
        this.counterparties = counterparties;
        this.depoAccounts = depoAccounts;
    }

    /** Generates the transfer order of an instructed registrar-held trade; again, the same order. */
    public TransferOrder generate(Actor actor, long tradeId) {
        requireOperator(actor);
        Trade trade = trades.visible(actor, tradeId);
        Instruction in = settlement
                .findByTrade(tradeId)
                .orElseThrow(() ->
                        InvalidDocumentException.of("tradeId", "trade " + trade.tradeRef() + " is not instructed"));
        if (!in.registrar()) {
            throw InvalidDocumentException.of(
                    "isin", in.isin() + " is not registrar-held; it settles at the depository " + in.place());
        }
        Optional<TransferOrder> existing = byInstruction(in.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (in.status() == InstructionStatus.SETTLED || in.status() == InstructionStatus.CANCELLED) {
            throw new IllegalStateException("status: instruction " + in.reference() + " is " + in.status());
        }
        DepoAccount depo = depoAccounts.find(in.depoAccount()).orElseThrow();
        String counterpartyName = counterparties
                .find(trade.counterparty())
                .map(Counterparty::name)
                .orElse(trade.counterparty());
        String theirAccount = in.counterpartyAccount() == null ? in.counterpartyBic() : in.counterpartyAccount();
        boolean buy = in.direction() == Direction.RECEIVE;
        long id = platform.ids().next().value();
        Instant now = platform.clock().instant();
        String prefix = "TO-" + in.branch() + "-"
                + LocalDate.ofInstant(now, settings.zone()).getYear() + "-";
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "GENERATE",
                "TransferOrder",
                Long.toString(id),
                in.branch(),
                null,
                "{\"instruction\":\"" + in.reference() + "\"}");
        platform.change(List.of(audit), c -> {
            long count = Sql.query(
                            c,
                            "SELECT COUNT(*) FROM sec_transfer_orders WHERE number LIKE ?",
                            rs -> rs.getLong(1),
                            prefix + "%")
                    .get(0);
            TransferOrder order = new TransferOrder(
                    id,
                    prefix + String.format("%06d", count + 1),
                    in.id(),
                    trade.id(),
                    trade.tradeRef(),
                    in.branch(),
                    buy ? theirAccount : depo.code(),
                    buy ? counterpartyName : depo.ownerName(),
                    buy ? depo.code() : theirAccount,
                    buy ? depo.ownerName() : counterpartyName,
                    trade.counterparty(),
                    in.isin(),
                    in.quantity(),
                    in.place(),
                    in.settlementDate(),
                    TransferOrderStatus.GENERATED,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    now,
                    actor.username(),
                    1);
            TransferOrderRows.insert(c, order);
            return null;
        });
        return find(id).orElseThrow();
    }

    /** Records that the order went to the registrar on that day. */
    public TransferOrder registerSent(Actor actor, long id, LocalDate sentOn) {
        requireOperator(actor);
        TransferOrder order = visible(actor, id);
        if (sentOn == null) {
            throw InvalidDocumentException.of("sentOn", "must be given");
        }
        if (sentOn.isBefore(LocalDate.ofInstant(order.createdAt(), settings.zone()))) {
            throw InvalidDocumentException.of("sentOn", "must not be before the order was generated");
        }
        if (order.status() != TransferOrderStatus.GENERATED) {
            throw new IllegalStateException("status: transfer order " + order.number() + " is " + order.status());
        }
        change(
                actor,
                order,
                "SENT",
                c -> TransferOrderRows.guarded(
                        c, order, "status = ?, sent_on = ?", TransferOrderStatus.SENT.name(), sentOn.toString()));
        return find(id).orElseThrow();
    }

    /** Stores the registrar's extract, the supporting document that makes the deal legitimate. */
    public TransferOrder attachExtract(Actor actor, long id, String fileName, byte[] content) {
        requireOperator(actor);
        TransferOrder order = visible(actor, id);
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || fileName.contains("/")) {
            throw InvalidDocumentException.of("fileName", "must be 1..255 characters without '/'");
        }
        if (content == null || content.length == 0 || content.length > Attachments.MAX_BYTES) {
            throw InvalidDocumentException.of(
                    "content", "must be 1 byte to " + Attachments.MAX_BYTES / (1024 * 1024) + " MiB");
        }
        if (order.status() == TransferOrderStatus.COMPLETED) {
            throw new IllegalStateException("status: transfer order " + order.number() + " is completed");
        }
        if (waiting(order).isPresent()) {
            throw new IllegalStateException("status: the completion of " + order.number()
                    + " waits for a controller; they approve it or send it back before another extract");
        }
        Instruction in = settlement
                .find(order.instructionId())
                .orElseThrow(() ->
                        new IllegalStateException("instructionId: the instruction of " + order.number() + " is gone"));
        String sha = Attachments.sha256(content);
        long now = Micros.now(platform.clock());
        change(actor, order, "ATTACH", c -> {
            Attachments.store(c, content);
            TransferOrderRows.guarded(
                    c,
                    order,
                    "extract_sha256 = ?, extract_name = ?, extract_by = ?, extract_at = ?",
                    sha,
                    fileName,
                    actor.username(),
                    now);
        });
        // Whoever attached the extract asks for completion; a controller other than them decides.
        platform.documents()
                .create(
                        actor,
                        new NewDocument(
                                TransferOrderKind.TYPE,
                                order.branch(),
                                LocalDate.ofInstant(platform.clock().instant(), settings.zone()),
                                new TransferOrderCompletion(
                                        order.id(),
                                        order.number(),
                                        in.id(),
                                        in.reference(),
                                        in.pendingTransaction(),
                                        in.currency(),
                                        sha,
                                        fileName)),
                        true,
                        null);
        return find(id).orElseThrow();
    }

    /**
     * A checker, not the one who attached the extract, completes the order: the instruction's
     * pending transfer is posted in full and the instruction and trade are settled. Refused, with
     * nothing changed, while the extract is missing.
     */
    public TransferOrder complete(Actor checker, long id) {
        TransferOrder order = visible(checker, id);
        if (order.status() == TransferOrderStatus.COMPLETED) {
            throw new IllegalStateException("status: transfer order " + order.number() + " is completed already");
        }
        if (!order.extractAttached()) {
            throw InvalidDocumentException.of(
                    "supportingDocument", "the registrar's extract must be attached before ownership moves");
        }
        Document completion = waiting(order)
                .orElseThrow(() -> new IllegalStateException("status: no completion of " + order.number()
                        + " waits for approval; attach the registrar's extract again"));
        // The platform's maker-checker: a controller, never the one who attached the extract.
        platform.documents().approve(checker, completion.id(), null);
        return find(id).orElseThrow();
    }

    /** The submitted completion of this order, if one waits. */
    public Optional<Document> waiting(TransferOrder order) {
        DocumentQuery query = new DocumentQuery(
                TransferOrderKind.TYPE,
                DocumentStatus.SUBMITTED,
                order.branch(),
                null,
                null,
                null,
                null,
                null,
                0,
                DocumentQuery.MAX_SIZE);
        return platform.documents().list(Actor.system("securities"), query).items().stream()
                .filter(d -> d.body(TransferOrderCompletion.class).orderId() == order.id())
                .findFirst();
    }

    /** Orders whose deal is not yet legitimate: not completed and no extract attached. */
    public List<TransferOrder> pendingWithoutExtract(Actor actor) {
        StringBuilder where = new StringBuilder(" WHERE status <> ? AND extract_sha256 IS NULL");
        List<Object> args = new ArrayList<>();
        args.add(TransferOrderStatus.COMPLETED.name());
        if (!Sql.branchScope(actor, null, where, args)) {
            return List.of();
        }
        return Sql.query(
                platform.ledger().readers(),
                "SELECT " + TransferOrderRows.COLUMNS + " FROM sec_transfer_orders" + where + " ORDER BY id",
                TransferOrderRows::read,
                args.toArray());
    }

    public Page<TransferOrder> list(Actor actor, int page, int size) {
        return Where.scoped(actor, null)
                .page(
                        platform.ledger().readers(),
                        "sec_transfer_orders",
                        TransferOrderRows.COLUMNS,
                        "id DESC",
                        TransferOrderRows::read,
                        page,
                        size);
    }

    public Optional<TransferOrder> find(long id) {
        return one("id", id);
    }

    public TransferOrder visible(Actor actor, long id) {
        return find(id).filter(o -> actor.canSee(o.branch()))
                .orElseThrow(() -> InvalidDocumentException.of("id", "no transfer order " + id));
    }

    /** The order drawn as a PDF for the registrar. */
    public byte[] pdf(Actor actor, long id) {
        TransferOrder order = visible(actor, id);
        return TransferOrderPdf.render(order, order.isin(), settings.bic());
    }

    /** The registrar's extract as attached, if it is. */
    public Optional<byte[]> extract(Actor actor, long id) {
        TransferOrder order = visible(actor, id);
        if (!order.extractAttached()) {
            return Optional.empty();
        }
        return platform.attachments().archived(order.extractSha256());
    }

    private Optional<TransferOrder> byInstruction(long instructionId) {
        return one("instruction_id", instructionId);
    }

    private Optional<TransferOrder> one(String column, long value) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + TransferOrderRows.COLUMNS + " FROM sec_transfer_orders WHERE " + column + " = ?",
                TransferOrderRows::read,
                value);
    }

    private interface Work {
        void run(java.sql.Connection c) throws java.sql.SQLException;
    }

    private void change(Actor actor, TransferOrder order, String action, Work work) {
        AuditRecord audit =
                new AuditRecord(actor.username(), action, "TransferOrder", order.number(), order.branch(), null, null);
        platform.change(List.of(audit), c -> {
            work.run(c);
            return null;
        });
    }

    private void requireOperator(Actor actor) {
        platform.profile().permissions().require(actor, TransferOrderKind.TYPE, Action.CREATE);
    }
}
