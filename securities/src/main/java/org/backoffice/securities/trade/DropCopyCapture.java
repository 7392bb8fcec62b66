package org.backoffice.securities.trade;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.organisation.Lei;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.message.DropCopyAcceptor;
import org.backoffice.securities.message.ExecKind;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.FixLogLine;
import org.backoffice.securities.message.FixLogReader;
import org.backoffice.securities.reference.Bic;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;

/**
 * Trades from a FIX drop copy, read from a message log or a live session on loopback. A new fill is
 * captured under its ExecID, so a log read twice captures nothing twice. A cancelled or corrected
 * fill becomes a cancellation or amendment of the trade it names, proposed for a checker.
 */
public final class DropCopyCapture {
    private static final int MAX_PROBLEMS = 100;

    private final TradeBook book;
    private final Counterparties counterparties;
    private final Instruments instruments;

    public DropCopyCapture(TradeBook book, Counterparties counterparties, Instruments instruments) {
        this.book = book;
        this.counterparties = counterparties;
        this.instruments = instruments;
    }

    /** The trade a fill describes; the depo account is the FIX Account, the counterparty its LEI or BIC. */
    public NewTrade ticket(FixFill fill) {
        String counterparty = fill.counterparty();
        if (!Lei.valid(counterparty) && Bic.valid(counterparty)) {
            counterparty =
                    counterparties.byBic(counterparty).map(Counterparty::lei).orElse(counterparty);
        }
        return new NewTrade(
                fill.kind() == ExecKind.CORRECT ? fill.refExecId() : fill.execId(),
                fill.side() == org.backoffice.securities.message.Side.BUY ? Side.BUY : Side.SELL,
                fill.isin(),
                units(fill.isin(), fill.quantity()),
                fill.price(),
                fill.currency(),
                fill.tradeDate(),
                fill.settlementDate(),
                fill.account(),
                counterparty,
                fill.market(),
                Delivery.DVP);
    }

    /** Reads the log and captures its fills in the trade book's chunks of {@link TradeBook#CHUNK}. */
    public DropCopySummary captureLog(Actor actor, Path log, Consumer<List<CaptureOutcome>> captured) {
        return captureLog(actor, log, TradeBook.CHUNK, captured);
    }

    /**
     * Reads the log and hands its fills to the trade book {@code chunk} at a time; the book captures
     * them on the platform's path in its own chunks of {@link TradeBook#CHUNK}, each chunk's trades
     * and audit entry in the ledger batch's transaction, each chunk read and checked while the one
     * before is written.
     *
     * @param captured called with each chunk's outcomes as soon as they are in the book
     */
    public DropCopySummary captureLog(Actor actor, Path log, int chunk, Consumer<List<CaptureOutcome>> captured) {
        if (chunk < 1 || chunk > 100_000) {
            throw new IllegalArgumentException("chunk: must be within 1..100000, was " + chunk);
        }
        Tally tally = new Tally();
        List<NewTrade> pending = new ArrayList<>(chunk);
        TradeBook.Capturing capturing = book.capturing(actor, TradeSource.FIX, outcomes -> {
            tally.count(outcomes);
            captured.accept(outcomes);
        });
        try (Stream<FixLogLine> lines = FixLogReader.lines(log)) {
            lines.forEach(line -> {
                tally.lines++;
                switch (line) {
                    case FixLogLine.Fill fill -> {
                        tally.fills++;
                        if (fill.fill().kind() == ExecKind.NEW) {
                            pending.add(ticket(fill.fill()));
                            if (pending.size() == chunk) {
                                hand(capturing, pending);
                            }
                        } else {
                            // The fill it corrects must be in the book first.
                            hand(capturing, pending);
                            capturing.finish();
                            correct(actor, fill.fill(), tally, "line " + line.lineNumber());
                        }
                    }
                    case FixLogLine.Skipped skipped -> tally.skipped++;
                    case FixLogLine.Failure failure -> {
                        tally.unreadable++;
                        tally.problem("line " + failure.lineNumber() + ": " + failure.message());
                    }
                }
            });
            hand(capturing, pending);
        } finally {
            capturing.finish();
        }
        return tally.summary();
    }

    private static void hand(TradeBook.Capturing capturing, List<NewTrade> pending) {
        capturing.add(pending);
        pending.clear();
    }

    /**
     * Listens for a drop copy session on 127.0.0.1; each fill is captured as it arrives.
     *
     * @param problems told of each message that could not be read or captured
     */
    public DropCopyAcceptor listen(
            Actor actor, int port, String senderCompId, String targetCompId, Consumer<String> problems) {
        DropCopyAcceptor acceptor = new DropCopyAcceptor(
                port,
                senderCompId,
                targetCompId,
                fill -> {
                    Tally tally = new Tally();
                    try {
                        if (fill.kind() == ExecKind.NEW) {
                            flush(actor, new ArrayList<>(List.of(ticket(fill))), tally, outcomes -> {});
                        } else {
                            correct(actor, fill, tally, "ExecID " + fill.execId());
                        }
                    } catch (RuntimeException e) {
                        tally.problem("ExecID " + fill.execId() + ": " + e.getMessage());
                    }
                    tally.problems.forEach(problems);
                },
                (raw, reason) -> problems.accept(reason));
        acceptor.start();
        return acceptor;
    }

    private void flush(Actor actor, List<NewTrade> pending, Tally tally, Consumer<List<CaptureOutcome>> captured) {
        if (pending.isEmpty()) {
            return;
        }
        List<CaptureOutcome> outcomes = book.captureAll(actor, TradeSource.FIX, pending);
        tally.count(outcomes);
        pending.clear();
        captured.accept(outcomes);
    }

    /** A cancel or correct fill proposes the change to the trade it names; a checker approves it. */
    private void correct(Actor actor, FixFill fill, Tally tally, String where) {
        Optional<Trade> trade = book.findByRef(fill.refExecId());
        if (trade.isEmpty()) {
            tally.refused++;
            tally.problem(where + ": refExecId: no trade " + fill.refExecId() + " in the book");
            return;
        }
        try {
            if (fill.kind() == ExecKind.CANCEL) {
                book.proposeCancellation(
                        actor, trade.get().id(), "drop copy: fill cancelled by ExecID " + fill.execId());
            } else {
                book.proposeAmendment(
                        actor, trade.get().id(), ticket(fill), "drop copy: fill corrected by ExecID " + fill.execId());
            }
            tally.corrections++;
        } catch (IllegalStateException | IllegalArgumentException e) {
            tally.refused++;
            tally.problem(where + ": " + e.getMessage());
        }
    }

    /**
     * The quantity in the instrument's units: whole for a share, to the fraction its scale allows for a fund. A
     * quantity the instrument cannot hold goes to repair as a zero quantity.
     */
    private long units(String isin, BigDecimal quantity) {
        Asset asset = instruments.find(isin).map(Instrument::asset).orElse(null);
        try {
            return asset == null
                    ? quantity.longValueExact()
                    : Amount.exact("quantity", quantity, asset).units();
        } catch (ArithmeticException | IllegalArgumentException e) {
            return 0;
        }
    }

    private static final class Tally {
        long lines;
        long fills;
        long captured;
        long repair;
        long duplicates;
        long refused;
        long corrections;
        long skipped;
        long unreadable;
        final List<String> problems = new ArrayList<>();

        void problem(String text) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(text);
            }
        }

        void count(List<CaptureOutcome> outcomes) {
            for (CaptureOutcome outcome : outcomes) {
                switch (outcome.kind()) {
                    case CAPTURED -> captured++;
                    case REPAIR -> repair++;
                    case DUPLICATE -> duplicates++;
                    case REFUSED -> {
                        refused++;
                        problem("ExecID " + outcome.tradeRef() + ": "
                                + outcome.errors().get(0).field() + ": "
                                + outcome.errors().get(0).message());
                    }
                }
            }
        }

        DropCopySummary summary() {
            return new DropCopySummary(
                    lines, fills, captured, repair, duplicates, refused, corrections, skipped, unreadable, problems);
        }
    }
}
