package org.backoffice.securities.trade;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.jdbc.Where;
import org.backoffice.platform.operation.Operations;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
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
 * is never instructed until an amendment repairs it. Capture is idempotent on the trade's reference
 * and goes the platform's one path ({@link TradeCaptureKind}). Amendments and cancellations are
 * platform documents ({@link TradeAmendmentKind}, {@link TradeCancellationKind}): new versions a
 * maker proposes and another user approves.
 */
public final class TradeBook {
    /** Trades per chunk of a capture, whoever captures: the pages, the API, the CLI, a drop copy. */
    public static final int CHUNK = 1_000;

    private static final int IN_CHUNK = 500;

    private final Platform platform;
    private final SecuritiesSettings settings;
    private final Books books;
    private final TradeChecks checks;
    private final TransactionIds ids;
    private final Versions versions;
    private final org.backoffice.platform.operation.OperationKind<Trade> captureKind;
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
        this.captureKind = platform.operations().register(new TradeCaptureKind());
        this.depoAccounts = depoAccounts;
        this.instruments = instruments;
    }

    /** Captures one trade; see {@link #captureAll}. */
    public CaptureOutcome capture(Actor actor, TradeSource source, NewTrade trade) {
        return captureAll(actor, source, List.of(trade)).get(0);
    }

    /**
     * Captures trades in chunks of {@link #CHUNK} on the platform's path: each trade enriched and
     * checked against the book and the ledger as it stands plus the trades before it, then the chunk
     * handed to the ledger's batch, whose transaction writes the trade rows and their audit entry. A
     * chunk is checked while the one before is written. A trade whose reference is in the book
     * already comes back as a duplicate when it is the same trade, refused when it differs.
     *
     * @throws SecurityException when the actor may not capture trades; then nothing is captured
     */
    public List<CaptureOutcome> captureAll(Actor actor, TradeSource source, List<NewTrade> trades) {
        List<CaptureOutcome> outcomes = new ArrayList<>(trades.size());
        Capturing capturing = capturing(actor, source, outcomes::addAll);
        capturing.add(trades);
        capturing.finish();
        return outcomes;
    }

    /**
     * A capture fed a chunk at a time, as a drop copy or a file is read: each chunk checked while the
     * one before is written, its outcomes handed on once it is in the book. Trades are checked against
     * the book as it stands plus every trade the capture handed in before them.
     *
     * @param captured called with each chunk's outcomes, in order, once the chunk is committed
     * @throws SecurityException when the actor may not capture trades
     */
    public Capturing capturing(Actor actor, TradeSource source, Consumer<List<CaptureOutcome>> captured) {
        platform.permissions().require(actor, TradeCaptureKind.TYPE, Action.CREATE);
        return new Capturing(actor, source, captured);
    }

    /** A capture in progress; see {@link #capturing}. */
    public final class Capturing {
        private final Actor actor;
        private final TradeSource source;
        private final Consumer<List<CaptureOutcome>> captured;
        private final Set<String> seen = new HashSet<>();
        private Submitted inFlight;
        private int offset;

        private Capturing(Actor actor, TradeSource source, Consumer<List<CaptureOutcome>> captured) {
            this.actor = actor;
            this.source = source;
            this.captured = captured;
        }

        /**
         * Checks the trades and hands them to the ledger in chunks of {@link #CHUNK}; the chunk before
         * each gets its outcomes meanwhile.
         */
        public void add(List<NewTrade> trades) {
            for (int from = 0; from < trades.size(); from += CHUNK) {
                List<NewTrade> chunk = new ArrayList<>(trades.subList(from, Math.min(trades.size(), from + CHUNK)));
                Submitted next = submitChunk(actor, source, chunk, offset, seen);
                offset += chunk.size();
                finish();
                inFlight = next;
            }
        }

        /** Waits for the chunk in the ledger's hands and hands on its outcomes. */
        public void finish() {
            if (inFlight != null) {
                Submitted done = inFlight;
                inFlight = null;
                captured.accept(done.outcomes());
            }
        }
    }

    /** A chunk handed to the ledger: its outcomes as checked, the captured ones' futures. */
    private record Submitted(
            List<CaptureOutcome> checked, List<Integer> positions, List<CompletableFuture<Outcome>> futures) {
        List<CaptureOutcome> outcomes() {
            List<CaptureOutcome> outcomes = new ArrayList<>(checked);
            for (int k = 0; k < futures.size(); k++) {
                Outcome outcome = Operations.await(futures.get(k));
                if (outcome instanceof Outcome.Rejected rejected) {
                    CaptureOutcome was = outcomes.get(positions.get(k));
                    outcomes.set(
                            positions.get(k),
                            new CaptureOutcome(
                                    was.row(),
                                    was.tradeRef(),
                                    CaptureOutcome.Kind.REFUSED,
                                    null,
                                    List.of(FieldError.parse(rejected.detail(), "trade"))));
                }
            }
            return outcomes;
        }
    }

    /** Checks a chunk and hands its trades to the ledger; {@code seen} holds the references of the capture so far. */
    private Submitted submitChunk(
            Actor actor, TradeSource source, List<NewTrade> trades, int offset, Set<String> seen) {
        LocalDate today = LocalDate.ofInstant(platform.clock().instant(), settings.zone());
        Instant now = platform.clock().instant();
        Map<String, Trade> existing =
                byRefs(trades.stream().map(t -> t == null ? null : t.tradeRef()).toList());
        Holdings holdings = new Holdings(platform.ledger(), books);
        holdings.preload(trades, depoAccounts, instruments);
        String fallbackBranch = actor.allBranches() || actor.branches().isEmpty()
                ? "HO"
                : actor.branches().stream().sorted().findFirst().orElseThrow();
        List<CaptureOutcome> outcomes = new ArrayList<>(trades.size());
        List<Trade> fresh = new ArrayList<>(trades.size());
        List<Integer> positions = new ArrayList<>(trades.size());
        long[] reserved = reserveIds(trades.size());
        for (int i = 0; i < trades.size(); i++) {
            NewTrade ticket = trades.get(i);
            int row = offset + i + 1;
            if (ticket == null) {
                outcomes.add(refused(row, null, "trade", "must be given"));
                continue;
            }
            // A reference this capture took before is refused whether or not its chunk is committed yet.
            if (ticket.tradeRef() != null && seen.contains(ticket.tradeRef())) {
                outcomes.add(refused(row, ticket.tradeRef(), "tradeRef", "appears twice in the same capture"));
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
            if (ticket.tradeRef() != null) {
                seen.add(ticket.tradeRef());
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
            positions.add(outcomes.size());
            outcomes.add(new CaptureOutcome(
                    row,
                    ticket.tradeRef(),
                    enriched.valid() ? CaptureOutcome.Kind.CAPTURED : CaptureOutcome.Kind.REPAIR,
                    trade,
                    enriched.errors()));
        }
        List<CompletableFuture<Outcome>> futures =
                fresh.isEmpty() ? List.of() : platform.operations().submit(actor, captureKind, fresh);
        return new Submitted(outcomes, positions, futures);
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
        return Where.scoped(actor, query.branch())
                .equal("status", query.status())
                .equal("isin", query.isin())
                .equal("depo_account", query.depoAccount())
                .equal(
                        "trade_date",
                        query.tradeDate() == null ? null : query.tradeDate().toString())
                .page(
                        platform.ledger().readers(),
                        "sec_trades",
                        TradeRows.COLUMNS,
                        "id DESC",
                        TradeRows::read,
                        query.page(),
                        query.size());
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
        platform.permissions().require(actor, TradeAmendmentKind.TYPE, Action.CREATE);
        Trade trade = visible(actor, tradeId);
        if (amended == null) {
            throw InvalidDocumentException.of("trade", "must be given");
        }
        if (!trade.tradeRef().equals(amended.tradeRef())) {
            throw InvalidDocumentException.of(
                    "tradeRef", "must stay " + trade.tradeRef() + "; a new trade is captured, not amended");
        }
        int version = proposable(trade, reason);
        LocalDate today = LocalDate.ofInstant(platform.clock().instant(), settings.zone());
        Enriched enriched = checks.enrich(amended, today, trade.branch(), new Holdings(platform.ledger(), books));
        Trade next =
                build(trade.id(), version, trade.source(), amended, enriched, trade.capturedAt(), trade.capturedBy());
        return propose(actor, TradeAmendmentKind.TYPE, trade, next, reason);
    }

    /** A maker proposes to cancel a trade not yet instructed; an instructed one is cancelled through settlement. */
    public TradeVersion proposeCancellation(Actor actor, long tradeId, String reason) {
        platform.permissions().require(actor, TradeCancellationKind.TYPE, Action.CREATE);
        Trade trade = visible(actor, tradeId);
        if (reason == null || reason.isBlank()) {
            throw InvalidDocumentException.of("reason", "must be given for a cancellation");
        }
        int version = proposable(trade, reason);
        Trade next = trade.cancelled(version);
        return propose(actor, TradeCancellationKind.TYPE, trade, next, reason);
    }

    /** The version a new proposal of the trade takes, if it may have one now. */
    private int proposable(Trade trade, String reason) {
        if (!trade.status().beforeInstruction()) {
            throw new IllegalStateException("status: trade " + trade.tradeRef() + " is " + trade.status()
                    + "; once instructed it is cancelled through its settlement instruction");
        }
        if (reason != null && reason.length() > 400) {
            throw InvalidDocumentException.of("reason", "must be at most 400 characters");
        }
        if (versions.waiting(trade.id()).isPresent()) {
            throw new IllegalStateException(
                    "version: trade " + trade.tradeRef() + " has a proposal waiting for a checker");
        }
        return versions.nextVersion(trade);
    }

    private TradeVersion propose(Actor maker, String type, Trade trade, Trade next, String reason) {
        String asset = next.currency() != null
                        && platform.accounts().asset(next.currency()).isPresent()
                ? next.currency()
                : platform.profile().assets().get(0).code().value();
        LocalDate today = LocalDate.ofInstant(platform.clock().instant(), settings.zone());
        ProposedVersion body = new ProposedVersion(
                trade.id(), trade.version(), next, reason == null || reason.isBlank() ? null : reason.strip(), asset);
        platform.documents().create(maker, new NewDocument(type, trade.branch(), today, body), true, null);
        return versions.waiting(trade.id()).orElseThrow().version();
    }

    /**
     * A checker, never the maker, approves a proposed version through the platform's maker-checker:
     * the trade takes the version's details (new, or waiting for repair again) or is cancelled, in
     * the transaction the document posts in.
     */
    public Trade approve(Actor checker, long tradeId, int version) {
        Trade trade = visible(checker, tradeId);
        Versions.Proposal proposal = waiting(trade, version);
        platform.documents().approve(checker, new DocumentId(proposal.documentId()), null);
        return find(tradeId).orElseThrow();
    }

    /** A checker, never the maker, sends a proposed version back, saying why; the trade stays as it is. */
    public TradeVersion reject(Actor checker, long tradeId, int version, String reason) {
        Trade trade = visible(checker, tradeId);
        Versions.Proposal proposal = waiting(trade, version);
        if (reason == null || reason.isBlank()) {
            throw InvalidDocumentException.of("reason", "must be given for a rejection");
        }
        platform.documents().reject(checker, new DocumentId(proposal.documentId()), reason.strip());
        return versions.of(trade).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow();
    }

    private Versions.Proposal waiting(Trade trade, int version) {
        return versions.waiting(trade.id())
                .filter(p -> p.body().next().version() == version)
                .orElseThrow(() -> InvalidDocumentException.of(
                        "version", "trade " + trade.tradeRef() + " has no proposal " + version + " waiting"));
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
}
