package org.backoffice.securities.trade.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.securities.trade.TradeVersion;
import org.backoffice.securities.trade.TradeVersion.Action;
import org.backoffice.securities.trade.TradeVersion.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of trades. A trade never amended has none written: its row is its first version.
 * The first proposal writes that version down before it, so every version stays readable.
 */
public final class Versions {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS =
            "trade_id, version, action, state, body, reason, made_by, made_at, checked_by, checked_at";

    private final Platform platform;

    public Versions(Platform platform) {
        this.platform = platform;
    }

    public List<TradeVersion> of(Trade trade) {
        List<TradeVersion> written = written(trade.id());
        if (written.isEmpty()) {
            return List.of(first(trade));
        }
        return written;
    }

    /** The details the trade was first captured with. */
    public NewTrade captured(Trade trade) {
        return written(trade.id()).stream()
                .filter(v -> v.version() == 1)
                .findFirst()
                .map(TradeVersion::body)
                .orElseGet(trade::ticket);
    }

    public TradeVersion propose(Actor maker, Trade trade, Action action, NewTrade body, String reason) {
        if (!trade.status().beforeInstruction()) {
            throw new IllegalStateException("status: trade " + trade.tradeRef() + " is " + trade.status()
                    + "; once instructed it is cancelled through its settlement instruction");
        }
        if (reason != null && reason.length() > 400) {
            throw InvalidDocumentException.of("reason", "must be at most 400 characters");
        }
        List<TradeVersion> written = written(trade.id());
        if (written.stream().anyMatch(v -> v.state() == State.PROPOSED)) {
            throw new IllegalStateException(
                    "version: trade " + trade.tradeRef() + " has a proposal waiting for a checker");
        }
        int version = written.stream().mapToInt(TradeVersion::version).max().orElse(trade.version()) + 1;
        long now = Micros.now(platform.clock());
        String json = JSON.writeValueAsString(body);
        platform.change(
                List.of(new AuditRecord(
                        maker.username(),
                        "PROPOSE_" + action,
                        "Trade",
                        trade.tradeRef(),
                        trade.branch(),
                        null,
                        "{\"version\":" + version + ",\"reason\":" + Rows.quoted(reason) + "}")),
                c -> {
                    if (written.isEmpty()) {
                        TradeVersion first = first(trade);
                        Sql.update(
                                c,
                                "INSERT INTO sec_trade_versions (" + COLUMNS
                                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                trade.id(),
                                trade.version(),
                                Action.CAPTURE.name(),
                                State.CURRENT.name(),
                                JSON.writeValueAsString(first.body()),
                                null,
                                first.madeBy(),
                                Micros.of(first.madeAt()),
                                null,
                                null);
                    }
                    return Sql.update(
                            c,
                            "INSERT INTO sec_trade_versions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            trade.id(),
                            version,
                            action.name(),
                            State.PROPOSED.name(),
                            json,
                            reason == null || reason.isBlank() ? null : reason.strip(),
                            maker.username(),
                            now,
                            null,
                            null);
                });
        return written(trade.id()).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow();
    }

    public TradeVersion proposal(Trade trade, int version) {
        return written(trade.id()).stream()
                .filter(v -> v.version() == version && v.state() == State.PROPOSED)
                .findFirst()
                .orElseThrow(() -> InvalidDocumentException.of(
                        "version", "trade " + trade.tradeRef() + " has no proposal " + version + " waiting"));
    }

    /** Makes the approved proposal the trade's current version, if the trade has not moved meanwhile. */
    public void apply(Actor checker, Trade current, Trade next, TradeVersion proposal) {
        long now = Micros.now(platform.clock());
        platform.change(
                List.of(new AuditRecord(
                        checker.username(),
                        "APPROVE_" + proposal.action(),
                        "Trade",
                        current.tradeRef(),
                        current.branch(),
                        "{\"version\":" + current.version() + ",\"status\":\"" + current.status() + "\"}",
                        "{\"version\":" + next.version() + ",\"status\":\"" + next.status() + "\"}")),
                c -> {
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
                            current.version(),
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
                    return Sql.update(
                            c,
                            "UPDATE sec_trade_versions SET state = ?, checked_by = ?, checked_at = ?"
                                    + " WHERE trade_id = ? AND version = ? AND state = ?",
                            State.CURRENT.name(),
                            checker.username(),
                            now,
                            current.id(),
                            proposal.version(),
                            State.PROPOSED.name());
                });
    }

    public TradeVersion reject(Actor checker, Trade trade, TradeVersion proposal, String reason) {
        long now = Micros.now(platform.clock());
        platform.change(
                List.of(new AuditRecord(
                        checker.username(),
                        "REJECT_" + proposal.action(),
                        "Trade",
                        trade.tradeRef(),
                        trade.branch(),
                        null,
                        "{\"version\":" + proposal.version() + ",\"reason\":" + Rows.quoted(reason) + "}")),
                c -> Sql.update(
                        c,
                        "UPDATE sec_trade_versions SET state = ?, checked_by = ?, checked_at = ?,"
                                + " reason = ? WHERE trade_id = ? AND version = ? AND state = ?",
                        State.REJECTED.name(),
                        checker.username(),
                        now,
                        (proposal.reason() == null ? "" : proposal.reason() + " / ") + "rejected: " + reason.strip(),
                        trade.id(),
                        proposal.version(),
                        State.PROPOSED.name()));
        return written(trade.id()).stream()
                .filter(v -> v.version() == proposal.version())
                .findFirst()
                .orElseThrow();
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
