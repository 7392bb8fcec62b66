package org.backoffice.securities.confirmation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Outcome;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.operation.OperationKind;
import org.backoffice.platform.operation.Operations;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.confirmation.internal.ContractPdf;
import org.backoffice.securities.confirmation.internal.Matcher;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeBook;
import org.backoffice.securities.trade.TradeStatus;

/**
 * Confirmations of trades: the sale contract as a PDF, the counterparty's affirmation, and the
 * matching of our trade against the counterparty's confirmation. Every affirmation and matching is
 * a {@link TradeConfirmationKind} operation on the platform's path: appended to {@code
 * sec_confirmations} with its audit entry in one transaction; the latest is the trade's state.
 */
public final class Confirmations {
    private static final String CSV_HEADER =
            "tradeRef,side,isin,quantity,price,settlementAmount,currency,tradeDate,settlementDate,lei";

    private final Platform platform;
    private final SecuritiesSettings settings;
    private final TradeBook trades;
    private final Instruments instruments;
    private final Counterparties counterparties;
    private final DepoAccounts depoAccounts;
    private final OperationKind<TradeConfirmationKind.Event> kind;

    public Confirmations(
            Platform platform,
            SecuritiesSettings settings,
            TradeBook trades,
            Instruments instruments,
            Counterparties counterparties,
            DepoAccounts depoAccounts) {
        this.platform = platform;
        this.settings = settings;
        this.trades = trades;
        this.instruments = instruments;
        this.counterparties = counterparties;
        this.depoAccounts = depoAccounts;
        this.kind = platform.operations().register(new TradeConfirmationKind());
    }

    /** The sale contract of a trade the actor sees, as a PDF; a trade waiting for repair has none. */
    public byte[] contractPdf(Actor actor, long tradeId) {
        Trade trade = confirmable(actor, tradeId);
        DepoAccount depo = depoAccounts.find(trade.depoAccount()).orElseThrow();
        Counterparty counterparty = counterparties.find(trade.counterparty()).orElseThrow();
        Instrument instrument = instruments.find(trade.isin()).orElseThrow();
        StandingInstruction ssi = trade.ssiId() == null
                ? null
                : counterparties.instructionById(trade.ssiId()).orElse(null);
        return ContractPdf.write(trade, settings.bic(), depo, counterparty, instrument, currency(trade), ssi);
    }

    private Asset currency(Trade trade) {
        return platform.accounts().asset(trade.currency()).orElseThrow();
    }

    /** Records that the counterparty affirmed the trade: who recorded it and when. */
    public Confirmation affirm(Actor actor, long tradeId) {
        requireRecorder(actor);
        Trade trade = confirmable(actor, tradeId);
        TradeConfirmationKind.Event event = event(actor, trade, ConfirmationStatus.AFFIRMED, List.of());
        recorded(platform.operations().record(actor, kind, event));
        return event.confirmation();
    }

    /** Matches the trade against the counterparty's view; the outcome and its differences are stored. */
    public MatchResult match(Actor actor, long tradeId, CounterpartyConfirmation theirs) {
        requireRecorder(actor);
        TradeConfirmationKind.Event event = matched(actor, tradeId, theirs);
        recorded(platform.operations().record(actor, kind, event));
        List<FieldDifference> differences = event.confirmation().differences();
        return new MatchResult(differences.isEmpty(), differences);
    }

    /** The matching of a trade against the counterparty's view, as an event still to record. */
    private TradeConfirmationKind.Event matched(Actor actor, long tradeId, CounterpartyConfirmation theirs) {
        if (theirs == null) {
            throw InvalidDocumentException.of("confirmation", "must be given");
        }
        Trade trade = confirmable(actor, tradeId);
        List<FieldDifference> differences = Matcher.differences(trade, theirs, currency(trade));
        return event(
                actor,
                trade,
                differences.isEmpty() ? ConfirmationStatus.MATCHED : ConfirmationStatus.MISMATCHED,
                differences);
    }

    /**
     * Matches each row of a CSV of counterparty confirmations (header {@value #CSV_HEADER}; the
     * trade is found by its reference), row by row: a bad row is refused with its errors and does not
     * stop the others.
     */
    public List<ImportRow> importConfirmations(Actor actor, String csvText) {
        requireRecorder(actor);
        if (csvText == null || csvText.isBlank()) {
            throw InvalidDocumentException.of("csv", "must be given");
        }
        String[] lines = csvText.strip().split("\r?\n");
        if (!lines[0].strip().equalsIgnoreCase(CSV_HEADER)) {
            throw InvalidDocumentException.of("csv", "the first line must be the header " + CSV_HEADER);
        }
        // Rows are read and matched a chunk at a time; each chunk's events go to the ledger's batches
        // together, and the next chunk is read while they are written.
        List<ImportRow> out = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<Submitted> submitted = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Object read = importRow(actor, i, lines[i]);
            if (read instanceof Pending p) {
                pending.add(p);
                out.add(null);
            } else {
                out.add((ImportRow) read);
            }
            if (pending.size() == CHUNK) {
                submit(actor, pending, submitted);
            }
        }
        submit(actor, pending, submitted);
        List<ImportRow> rows = new ArrayList<>(out.size());
        int next = 0;
        for (ImportRow row : out) {
            rows.add(row != null ? row : submitted.get(next++).outcome());
        }
        return rows;
    }

    /** Rows of an import per chunk, as trades are captured. */
    public static final int CHUNK = 1_000;

    /** A row read and matched, its event handed to the ledger. */
    private record Pending(int row, String ref, TradeConfirmationKind.Event event) {}

    private record Submitted(Pending pending, CompletableFuture<Outcome> future) {
        ImportRow outcome() {
            Outcome outcome = Operations.await(future);
            if (outcome instanceof Outcome.Rejected rejected) {
                return refused(pending.row(), pending.ref(), "row", "was not recorded: " + rejected.detail());
            }
            List<FieldDifference> differences = pending.event().confirmation().differences();
            return new ImportRow(
                    pending.row(),
                    pending.ref(),
                    differences.isEmpty() ? ImportRow.Kind.MATCHED : ImportRow.Kind.MISMATCHED,
                    differences,
                    List.of());
        }
    }

    private void submit(Actor actor, List<Pending> pending, List<Submitted> submitted) {
        if (pending.isEmpty()) {
            return;
        }
        List<CompletableFuture<Outcome>> futures = platform.operations()
                .submit(actor, kind, pending.stream().map(Pending::event).toList());
        for (int k = 0; k < pending.size(); k++) {
            submitted.add(new Submitted(pending.get(k), futures.get(k)));
        }
        pending.clear();
    }

    /** The trade's confirmation events, the first first. */
    public List<Confirmation> history(Actor actor, long tradeId) {
        trades.visible(actor, tradeId);
        return Sql.query(
                platform.ledger().readers(),
                "SELECT id, trade_id, status, counterparty, differences, recorded_by, recorded_at"
                        + " FROM sec_confirmations WHERE trade_id = ? ORDER BY id",
                rs -> new Confirmation(
                        rs.getLong(1),
                        rs.getLong(2),
                        ConfirmationStatus.valueOf(rs.getString(3)),
                        rs.getString(4),
                        Matcher.decode(rs.getString(5)),
                        rs.getString(6),
                        Instant.EPOCH.plus(rs.getLong(7), ChronoUnit.MICROS)),
                tradeId);
    }

    /** The trade's latest confirmation event, if any. */
    public Optional<Confirmation> latest(Actor actor, long tradeId) {
        List<Confirmation> all = history(actor, tradeId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The row's refusal, or its event to record. */
    private Object importRow(Actor actor, int row, String line) {
        String[] cells = line.split(",", -1);
        String ref = cells.length > 0 ? cells[0].strip() : null;
        if (cells.length != 10) {
            return refused(row, ref, "row", "must have 10 cells, has " + cells.length);
        }
        CounterpartyConfirmation theirs;
        try {
            theirs = new CounterpartyConfirmation(
                    ref,
                    Side.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT)),
                    cells[2].strip(),
                    Long.parseLong(cells[3].strip()),
                    Amount.parseDecimal("price", cells[4]),
                    Amount.parseDecimal("settlementAmount", cells[5]),
                    cells[6].strip(),
                    LocalDate.parse(cells[7].strip()),
                    LocalDate.parse(cells[8].strip()),
                    cells[9].strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new ImportRow(row, ref, ImportRow.Kind.REFUSED, List.of(), List.of(unreadable(e)));
        }
        Optional<Trade> trade = trades.findByRef(ref).filter(t -> actor.canSee(t.branch()));
        if (trade.isEmpty()) {
            return refused(row, ref, "tradeRef", "no such trade: " + ref);
        }
        try {
            return new Pending(row, ref, matched(actor, trade.get().id(), theirs));
        } catch (InvalidDocumentException e) {
            return new ImportRow(row, ref, ImportRow.Kind.REFUSED, List.of(), e.errors());
        }
    }

    /** A record's "field: rule", or the parser's own words as the row's: a field is one short word. */
    private static FieldError unreadable(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        FieldError refused = FieldError.parse(message);
        return refused.field() != null
                        && refused.field().length() < 20
                        && !refused.field().contains(" ")
                ? refused
                : new FieldError("row", "cannot be read: " + message);
    }

    private static ImportRow refused(int row, String ref, String field, String message) {
        return new ImportRow(row, ref, ImportRow.Kind.REFUSED, List.of(), List.of(new FieldError(field, message)));
    }

    private Trade confirmable(Actor actor, long tradeId) {
        Trade trade = trades.visible(actor, tradeId);
        if (trade.status() == TradeStatus.REPAIR) {
            throw InvalidDocumentException.of(
                    "trade", trade.tradeRef() + " waits for repair and cannot be confirmed until it is repaired");
        }
        if (trade.status() == TradeStatus.CANCELLED) {
            throw InvalidDocumentException.of("trade", trade.tradeRef() + " is cancelled");
        }
        return trade;
    }

    private TradeConfirmationKind.Event event(
            Actor actor, Trade trade, ConfirmationStatus status, List<FieldDifference> differences) {
        Instant now = platform.clock().instant().truncatedTo(ChronoUnit.MICROS);
        Confirmation confirmation = new Confirmation(
                platform.ids().next().value(),
                trade.id(),
                status,
                trade.counterparty(),
                differences,
                actor.username(),
                now);
        return new TradeConfirmationKind.Event(confirmation, trade.tradeRef(), trade.branch());
    }

    private static void recorded(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            throw new IllegalStateException("confirmation: was not recorded: " + rejected.detail());
        }
    }

    private void requireRecorder(Actor actor) {
        platform.permissions().require(actor, TradeConfirmationKind.TYPE, Action.CREATE);
    }
}
