package org.backoffice.securities.trade;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.reference.Markets;
import org.backoffice.securities.trade.internal.Enriched;
import org.backoffice.securities.trade.internal.Holdings;
import org.backoffice.securities.trade.internal.TradeChecks;
import org.backoffice.securities.trade.internal.TradeRows;
import org.backoffice.securities.trade.internal.Versions;

/**
 * The book of trades. Capture (by hand, from CSV, from a FIX drop copy) enriches each trade and
 * checks every field; a trade that breaks a rule waits in the repair queue with all its reasons and
 * is never instructed until an amendment repairs it. Capture is idempotent on the trade's reference.
 * Amendments and cancellations are new versions a maker proposes and another user approves.
 */
public final class TradeBook {
    private static final int IN_CHUNK = 500;

    private final Platform platform;
    private final SecuritiesSettings settings;
    private final Books books;
    private final TradeChecks checks;
    private final TransactionIds ids;
    private final Versions versions;
    private final DepoAccounts depoAccounts;
    private final Instruments instruments;

    public TradeBook(
            Platform platform,
            SecuritiesSettings settings,
            Markets markets,
            Instruments instruments,
            Counterparties counterparties,
            DepoAccounts depoAccounts,
            Books books) {
        this.platform = platform;
        this.settings = settings;
        this.books = books;
        this.checks = new TradeChecks(
                settings, markets, instruments, counterparties, depoAccounts, platform.accounts()::asset);
        this.ids = platform.ids();
        this.versions = new Versions(platform);
        this.depoAccounts = depoAccounts;
        this.instruments = instruments;
    }

    /** Captures one trade; see {@link #captureAll}. */
    public CaptureOutcome capture(Actor actor, TradeSource source, NewTrade trade) {
        return captureAll(actor, source, List.of(trade)).get(0);
    }

    /**
     * Captures trades in one database transaction, each enriched and checked against the book and the
     * ledger as it stands plus the trades before it. A trade whose reference is in the book already
     * comes back as a duplicate when it is the same trade, refused when it differs.
     */
    public List<CaptureOutcome> captureAll(Actor actor, TradeSource source, List<NewTrade> trades) {
        requireCapturer(actor);
        LocalDate today = LocalDate.ofInstant(platform.clock().instant(), settings.zone());
        Instant now = platform.clock().instant();
        Map<String, Trade> existing =
                byRefs(trades.stream().map(NewTrade::tradeRef).toList());
        Holdings holdings = new Holdings(platform.ledger(), books);
        holdings.preload(trades, depoAccounts, instruments);
        String fallbackBranch = actor.allBranches() || actor.branches().isEmpty()
                ? "HO"
                : actor.branches().stream().sorted().findFirst().orElseThrow();
        List<CaptureOutcome> outcomes = new ArrayList<>(trades.size());
        List<Trade> fresh = new ArrayList<>(trades.size());
        Set<String> seen = new java.util.HashSet<>();
        long[] reserved = reserveIds(trades.size());
        for (int i = 0; i < trades.size(); i++) {
            NewTrade ticket = trades.get(i);
            int row = i + 1;
            if (ticket == null) {
                outcomes.add(refused(row, null, "trade", "must be given"));
                continue;
            }
            Trade known = existing.get(ticket.tradeRef());
            if (known != null) {
                outcomes.add(
                        sameTrade(known, ticket)
                                ? new CaptureOutcome(
                                        row, ticket.tradeRef(), CaptureOutcome.Kind.DUPLICATE, known, List.of())
                                : refused(
                                        row,
                                        ticket.tradeRef(),
                                        "tradeRef",
                                        "is in the book already with other details"));
                continue;
            }
            if (ticket.tradeRef() != null && !seen.add(ticket.tradeRef())) {
                outcomes.add(refused(row, ticket.tradeRef(), "tradeRef", "appears twice in the same capture"));
                continue;
            }
            Enriched enriched = checks.enrich(ticket, today, fallbackBranch, holdings);
            if (enriched.errors().stream().anyMatch(e -> e.field().equals("tradeRef"))) {
                outcomes.add(new CaptureOutcome(
                        row, ticket.tradeRef(), CaptureOutcome.Kind.REFUSED, null, enriched.errors()));
                continue;
            }
            if (!actor.canSee(enriched.branch())) {
                outcomes.add(refused(
                        row,
                        ticket.tradeRef(),
                        "depoAccount",
                        "is kept at a branch not granted to " + actor.username()));
                continue;
            }
            Trade trade = build(reserved[i], 1, source, ticket, enriched, now, actor.username());
            fresh.add(trade);
            outcomes.add(new CaptureOutcome(
                    row,
                    ticket.tradeRef(),
                    enriched.valid() ? CaptureOutcome.Kind.CAPTURED : CaptureOutcome.Kind.REPAIR,
                    trade,
                    enriched.errors()));
        }
        if (!fresh.isEmpty()) {
            long repairs =
                    fresh.stream().filter(t -> t.status() == TradeStatus.REPAIR).count();
            AuditRecord audit = new AuditRecord(
                    actor.username(),
                    "CAPTURE",
                    "Trades",
                    fresh.get(0).tradeRef()
                            + (fresh.size() > 1
                                    ? ".." + fresh.get(fresh.size() - 1).tradeRef()
                                    : ""),
                    null,
                    null,
                    "{\"source\":\"" + source + "\",\"trades\":" + fresh.size() + ",\"repair\":" + repairs + "}");
            platform.change(List.of(audit), c -> {
                TradeRows.insert(c, fresh);
                return null;
            });
        }
        return outcomes;
    }

    public Optional<Trade> find(long id) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + TradeRows.COLUMNS + " FROM sec_trades WHERE id = ?",
                TradeRows::read,
                id);
    }

    public Optional<Trade> findByRef(String tradeRef) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + TradeRows.COLUMNS + " FROM sec_trades WHERE trade_ref = ?",
                TradeRows::read,
                tradeRef);
    }

    /** The trade, if the actor may see its branch; else as if it did not exist. */
    public Trade visible(Actor actor, long id) {
        return find(id).filter(t -> actor.canSee(t.branch()))
                .orElseThrow(() -> InvalidDocumentException.of("trade", "no such trade: " + id));
    }

    /** The blotter: trades of the branches the actor sees, newest first, optionally of one status. */
    public Page<Trade> list(Actor actor, TradeQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!Sql.branchScope(actor, query.branch(), where, args)) {
            return new Page<>(List.of(), query.page(), query.size(), 0);
        }
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.isin() != null) {
            where.append(" AND isin = ?");
            args.add(query.isin());
        }
        if (query.depoAccount() != null) {
            where.append(" AND depo_account = ?");
            args.add(query.depoAccount());
        }
        if (query.tradeDate() != null) {
            where.append(" AND trade_date = ?");
            args.add(query.tradeDate().toString());
        }
        long total = Sql.count(platform.ledger().readers(), "SELECT COUNT(*) FROM sec_trades" + where, args.toArray());
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<Trade> rows = Sql.query(
                platform.ledger().readers(),
                "SELECT " + TradeRows.COLUMNS + " FROM sec_trades" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                TradeRows::read,
                args.toArray());
        return new Page<>(rows, query.page(), query.size(), total);
    }

    /** The repair queue: trades that broke a rule, the newest first, with their reasons. */
    public Page<Trade> repairQueue(Actor actor, int page, int size) {
        return list(actor, TradeQuery.all().withStatus(TradeStatus.REPAIR).withPage(page, size));
    }

    /** Every version of the trade, the first first. */
    public List<TradeVersion> versions(Actor actor, long tradeId) {
        Trade trade = visible(actor, tradeId);
        return versions.of(trade);
    }

    /** A maker proposes new details for a trade not yet instructed; a repair is such an amendment. */
    public TradeVersion proposeAmendment(Actor actor, long tradeId, NewTrade amended, String reason) {
        requireCapturer(actor);
        Trade trade = visible(actor, tradeId);
        if (amended == null) {
            throw InvalidDocumentException.of("trade", "must be given");
        }
        if (!trade.tradeRef().equals(amended.tradeRef())) {
            throw InvalidDocumentException.of(
                    "tradeRef", "must stay " + trade.tradeRef() + "; a new trade is captured, not amended");
        }
        return versions.propose(actor, trade, TradeVersion.Action.AMEND, amended, reason);
    }

    /** A maker proposes to cancel a trade not yet instructed; an instructed one is cancelled through settlement. */
    public TradeVersion proposeCancellation(Actor actor, long tradeId, String reason) {
        requireCapturer(actor);
        Trade trade = visible(actor, tradeId);
        if (reason == null || reason.isBlank()) {
            throw InvalidDocumentException.of("reason", "must be given for a cancellation");
        }
        return versions.propose(actor, trade, TradeVersion.Action.CANCEL, trade.ticket(), reason);
    }

    /**
     * A checker, never the maker, approves a proposed version: an amendment is enriched and checked
     * again and the trade becomes new or waits for repair again; a cancellation cancels it.
     */
    public Trade approve(Actor checker, long tradeId, int version) {
        requireChecker(checker);
        Trade trade = visible(checker, tradeId);
        TradeVersion proposal = versions.proposal(trade, version);
        if (proposal.madeBy().equals(checker.username())) {
            throw new SecurityException("the maker of a version may not approve it");
        }
        Trade next;
        if (proposal.action() == TradeVersion.Action.CANCEL) {
            next = trade.withStatus(TradeStatus.CANCELLED);
            next = new Trade(
                    next.id(),
                    next.tradeRef(),
                    next.source(),
                    next.branch(),
                    version,
                    next.status(),
                    next.side(),
                    next.isin(),
                    next.quantity(),
                    next.price(),
                    next.currency(),
                    next.tradeDate(),
                    next.settlementDate(),
                    next.depoAccount(),
                    next.counterparty(),
                    next.market(),
                    next.delivery(),
                    next.grossAmount(),
                    next.accruedInterest(),
                    next.fees(),
                    next.settlementAmount(),
                    next.ssiId(),
                    List.of(),
                    next.capturedAt(),
                    next.capturedBy());
        } else {
            LocalDate today = LocalDate.ofInstant(platform.clock().instant(), settings.zone());
            Enriched enriched =
                    checks.enrich(proposal.body(), today, trade.branch(), new Holdings(platform.ledger(), books));
            next = build(
                    trade.id(),
                    version,
                    trade.source(),
                    proposal.body(),
                    enriched,
                    trade.capturedAt(),
                    trade.capturedBy());
        }
        versions.apply(checker, trade, next, proposal);
        return find(tradeId).orElseThrow();
    }

    public TradeVersion reject(Actor checker, long tradeId, int version, String reason) {
        requireChecker(checker);
        Trade trade = visible(checker, tradeId);
        TradeVersion proposal = versions.proposal(trade, version);
        if (proposal.madeBy().equals(checker.username())) {
            throw new SecurityException("the maker of a version may not reject it; they may propose another");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidDocumentException.of("reason", "must be given for a rejection");
        }
        return versions.reject(checker, trade, proposal, reason);
    }

    /**
     * Moves a trade from one of the expected states to the next, in the caller's database
     * transaction; settlement drives the states past {@code NEW} this way.
     *
     * @return false when the trade was not in one of the expected states (nothing changed)
     */
    public static boolean transition(Connection c, long tradeId, Set<TradeStatus> expected, TradeStatus next)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        args.add(next.name());
        args.add(tradeId);
        expected.forEach(s -> args.add(s.name()));
        return Sql.update(
                        c,
                        "UPDATE sec_trades SET status = ? WHERE id = ? AND status IN (" + Sql.marks(expected.size())
                                + ")",
                        args.toArray())
                == 1;
    }

    private Trade build(
            long id, int version, TradeSource source, NewTrade t, Enriched e, Instant capturedAt, String capturedBy) {
        return new Trade(
                id,
                t.tradeRef(),
                source,
                e.branch(),
                version,
                e.valid() ? TradeStatus.NEW : TradeStatus.REPAIR,
                t.side(),
                t.isin(),
                t.quantity(),
                t.price(),
                t.currency(),
                t.tradeDate(),
                e.settlementDate(),
                t.depoAccount(),
                t.counterparty(),
                e.market(),
                t.delivery(),
                e.grossAmount(),
                e.accruedInterest(),
                e.fees(),
                e.settlementAmount(),
                e.ssiId(),
                e.errors(),
                capturedAt,
                capturedBy);
    }

    /**
     * Whether a resent trade is the one in the book: the details it was captured with; the market and
     * settlement date count only when the resent trade gives them, prices by value.
     */
    private boolean sameTrade(Trade known, NewTrade ticket) {
        NewTrade first = versions.captured(known);
        return Objects.equals(first.side(), ticket.side())
                && Objects.equals(first.isin(), ticket.isin())
                && first.quantity() == ticket.quantity()
                && (first.price() == null
                        ? ticket.price() == null
                        : ticket.price() != null && first.price().compareTo(ticket.price()) == 0)
                && Objects.equals(first.currency(), ticket.currency())
                && Objects.equals(first.tradeDate(), ticket.tradeDate())
                && (ticket.settlementDate() == null
                        || ticket.settlementDate().equals(first.settlementDate())
                        || ticket.settlementDate().equals(known.settlementDate()))
                && Objects.equals(first.depoAccount(), ticket.depoAccount())
                && Objects.equals(first.counterparty(), ticket.counterparty())
                && (ticket.market() == null
                        || ticket.market().equals(first.market())
                        || ticket.market().equals(known.market()))
                && Objects.equals(first.delivery(), ticket.delivery());
    }

    private Map<String, Trade> byRefs(List<String> refs) {
        Map<String, Trade> found = new HashMap<>();
        List<String> distinct = new ArrayList<>(
                new LinkedHashSet<>(refs.stream().filter(r -> r != null).toList()));
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK));
            Sql.query(
                            platform.ledger().readers(),
                            "SELECT " + TradeRows.COLUMNS + " FROM sec_trades WHERE trade_ref IN ("
                                    + Sql.marks(chunk.size()) + ")",
                            TradeRows::read,
                            chunk.toArray())
                    .forEach(t -> found.put(t.tradeRef(), t));
        }
        return found;
    }

    private long[] reserveIds(int count) {
        long[] reserved = new long[count];
        for (int i = 0; i < count; i++) {
            reserved[i] = ids.next().value();
        }
        return reserved;
    }

    private static CaptureOutcome refused(int row, String ref, String field, String rule) {
        return new CaptureOutcome(row, ref, CaptureOutcome.Kind.REFUSED, null, List.of(new FieldError(field, rule)));
    }

    private static void requireCapturer(Actor actor) {
        if (!actor.has(Role.OPERATOR) && !actor.has(Role.ADMINISTRATOR)) {
            throw new SecurityException(actor.username() + " may not capture or amend trades: an operator does");
        }
    }

    private static void requireChecker(Actor actor) {
        if (!actor.has(Role.CONTROLLER)) {
            throw new SecurityException(actor.username() + " may not approve trade versions: a controller does");
        }
    }
}
