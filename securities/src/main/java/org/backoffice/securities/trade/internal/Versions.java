package org.backoffice.securities.trade.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.ProposedVersion;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeAmendmentKind;
import org.backoffice.securities.trade.TradeCancellationKind;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.securities.trade.TradeVersion;
import org.backoffice.securities.trade.TradeVersion.Action;
import org.backoffice.securities.trade.TradeVersion.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * The version chain of trades. A trade never amended has no row here: its trade row is its first
 * version. The versions a document made current are rows here, written by the document's posting;
 * proposals waiting for a checker and rejected ones are the documents themselves.
 */
public final class Versions {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS =
            "trade_id, version, action, state, body, reason, made_by, made_at, checked_by, checked_at, document_id";

    private final Platform platform;

    public Versions(Platform platform) {
        this.platform = platform;
    }

    /** A proposal document of a trade: its id, its state and its body. */
    public record Proposal(long documentId, DocumentStatus status, ProposedVersion body, TradeVersion version) {}

    /** Every version of the trade, the first first: written ones, then proposals waiting or rejected. */
    public List<TradeVersion> of(Trade trade) {
        List<TradeVersion> all = written(trade.id());
        if (all.isEmpty()) {
            all.add(first(trade));
        }
        proposals(trade.id()).stream()
                .filter(p -> p.status() != DocumentStatus.POSTED)
                .forEach(p -> all.add(p.version()));
        all.sort(Comparator.comparingInt(TradeVersion::version));
        return all;
    }

    /** The details the trade was first captured with. */
    public NewTrade captured(Trade trade) {
        return written(trade.id()).stream()
                .filter(v -> v.version() == 1)
                .findFirst()
                .map(TradeVersion::body)
                .orElseGet(trade::ticket);
    }

    /** The number the next proposal of the trade takes: after every version and every proposal. */
    public int nextVersion(Trade trade) {
        int last = trade.version();
        for (TradeVersion v : written(trade.id())) {
            last = Math.max(last, v.version());
        }
        for (Proposal p : proposals(trade.id())) {
            last = Math.max(last, p.body().next().version());
        }
        return last + 1;
    }

    /** The trade's proposal documents, SUBMITTED, REJECTED or POSTED, the first first. */
    public List<Proposal> proposals(long tradeId) {
        // The documents keep their body as JSON: found by the trade's id in it, then read to be sure.
        return Sql.query(
                        platform.ledger().readers(),
                        "SELECT id, type, status, maker, approver, comment, body, created_at, updated_at FROM documents"
                                + " WHERE type IN (?, ?) AND (body LIKE ? OR body LIKE ?) ORDER BY id",
                        Versions::proposal,
                        TradeAmendmentKind.TYPE,
                        TradeCancellationKind.TYPE,
                        "%\"tradeId\":" + tradeId + ",%",
                        "%\"tradeId\":" + tradeId + "}%")
                .stream()
                .filter(p -> p.body().tradeId() == tradeId)
                .toList();
    }

    public Optional<Proposal> waiting(long tradeId) {
        return proposals(tradeId).stream()
                .filter(p -> p.status() == DocumentStatus.SUBMITTED)
                .findFirst();
    }

    /** Refuses a version whose trade moved on since it was proposed, in the posting's transaction. */
    public static String refusal(Connection c, ProposedVersion body) throws SQLException {
        Optional<Trade> now = trade(c, body.tradeId());
        if (now.isEmpty()) {
            return "tradeId: no such trade: " + body.tradeId();
        }
        Trade trade = now.get();
        if (!trade.status().beforeInstruction()) {
            return "version: trade " + trade.tradeRef() + " is " + trade.status()
                    + "; once instructed it is cancelled through its settlement instruction";
        }
        if (trade.version() != body.fromVersion()) {
            return "version: trade " + trade.tradeRef() + " changed meanwhile; look at it again";
        }
        return null;
    }

    /**
     * Makes the approved version the trade's current one, in the document's posting transaction:
     * the trade row takes the version's details, the version chain gains it.
     */
    public static void apply(Connection c, Document document, Action action, ProposedVersion body) throws SQLException {
        Trade current = trade(c, body.tradeId())
                .orElseThrow(() -> new IllegalStateException("tradeId: no such trade: " + body.tradeId()));
        Trade next = body.next();
        boolean chained = !Sql.query(
                        c,
                        "SELECT version FROM sec_trade_versions WHERE trade_id = ?",
                        rs -> rs.getInt(1),
                        current.id())
                .isEmpty();
        if (!chained) {
            TradeVersion first = first(current);
            insert(c, first, null);
        }
        int changed = Sql.update(
                c,
                "UPDATE sec_trades SET version = ?, status = ?, side = ?, isin = ?, quantity = ?, price = ?,"
                        + " currency = ?, trade_date = ?, settlement_date = ?, depo_account = ?,"
                        + " counterparty = ?, market = ?, delivery = ?, gross_amount = ?,"
                        + " accrued_interest = ?, fees = ?, settlement_amount = ?, ssi_id = ?,"
                        + " repair_reasons = ?, branch = ?"
                        + " WHERE id = ? AND version = ? AND status IN (?, ?)",
                next.version(),
                next.status().name(),
                next.side() == null ? "?" : next.side().name(),
                next.isin() == null ? "" : next.isin(),
                next.quantity(),
                next.price() == null ? "" : next.price().toPlainString(),
                next.currency() == null ? "" : next.currency(),
                next.tradeDate() == null ? "" : next.tradeDate().toString(),
                Rows.text(next.settlementDate()),
                next.depoAccount() == null ? "" : next.depoAccount(),
                next.counterparty() == null ? "" : next.counterparty(),
                next.market(),
                next.delivery() == null ? "?" : next.delivery().name(),
                next.grossAmount(),
                next.accruedInterest(),
                next.fees(),
                next.settlementAmount(),
                next.ssiId(),
                TradeRows.reasons(next.repairReasons()),
                next.branch(),
                current.id(),
                body.fromVersion(),
                TradeStatus.NEW.name(),
                TradeStatus.REPAIR.name());
        if (changed != 1) {
            throw new IllegalStateException(
                    "version: trade " + current.tradeRef() + " changed meanwhile; look at it again");
        }
        Sql.update(
                c,
                "UPDATE sec_trade_versions SET state = ? WHERE trade_id = ? AND state = ?",
                State.SUPERSEDED.name(),
                current.id(),
                State.CURRENT.name());
        insert(
                c,
                new TradeVersion(
                        current.id(),
                        next.version(),
                        action,
                        State.CURRENT,
                        next.ticket(),
                        blankless(body.reason()),
                        document.maker(),
                        document.createdAt(),
                        document.approver(),
                        document.updatedAt()),
                document.id().value());
    }

    private static Optional<Trade> trade(Connection c, long id) throws SQLException {
        return Sql.query(c, "SELECT " + TradeRows.COLUMNS + " FROM sec_trades WHERE id = ?", TradeRows::read, id)
                .stream()
                .findFirst();
    }

    private static void insert(Connection c, TradeVersion v, Long documentId) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO sec_trade_versions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.tradeId(),
                v.version(),
                v.action().name(),
                v.state().name(),
                JSON.writeValueAsString(v.body()),
                v.reason(),
                v.madeBy(),
                Micros.of(v.madeAt()),
                v.checkedBy(),
                v.checkedAt() == null ? null : Micros.of(v.checkedAt()),
                documentId);
    }

    private List<TradeVersion> written(long tradeId) {
        return new ArrayList<>(Sql.query(
                platform.ledger().readers(),
                "SELECT " + COLUMNS + " FROM sec_trade_versions WHERE trade_id = ? ORDER BY version",
                Versions::read,
                tradeId));
    }

    private static TradeVersion first(Trade trade) {
        return new TradeVersion(
                trade.id(),
                trade.version(),
                Action.CAPTURE,
                State.CURRENT,
                trade.ticket(),
                null,
                trade.capturedBy(),
                trade.capturedAt(),
                null,
                null);
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        ProposedVersion body = JSON.readValue(rs.getString("body"), ProposedVersion.class);
        DocumentStatus status = DocumentStatus.valueOf(rs.getString("status"));
        boolean rejected = status == DocumentStatus.REJECTED;
        String reason = blankless(body.reason());
        if (rejected) {
            reason = (reason == null ? "" : reason + " / ") + "rejected: " + rs.getString("comment");
        }
        TradeVersion version = new TradeVersion(
                body.tradeId(),
                body.next().version(),
                rs.getString("type").equals(TradeCancellationKind.TYPE) ? Action.CANCEL : Action.AMEND,
                switch (status) {
                    case REJECTED -> State.REJECTED;
                    case POSTED, REVERSED -> State.CURRENT;
                    default -> State.PROPOSED;
                },
                body.next().ticket(),
                reason,
                rs.getString("maker"),
                Micros.toInstant(rs.getLong("created_at")),
                rejected ? rs.getString("approver") : null,
                rejected ? Micros.toInstant(rs.getLong("updated_at")) : null);
        return new Proposal(rs.getLong("id"), status, body, version);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static TradeVersion read(ResultSet rs) throws SQLException {
        long checkedAt = rs.getLong("checked_at");
        Optional<String> checkedBy = Optional.ofNullable(rs.getString("checked_by"));
        return new TradeVersion(
                rs.getLong("trade_id"),
                rs.getInt("version"),
                Action.valueOf(rs.getString("action")),
                State.valueOf(rs.getString("state")),
                JSON.readValue(rs.getString("body"), NewTrade.class),
                rs.getString("reason"),
                rs.getString("made_by"),
                Micros.toInstant(rs.getLong("made_at")),
                checkedBy.orElse(null),
                checkedBy.isPresent() ? Micros.toInstant(checkedAt) : null);
    }
}
