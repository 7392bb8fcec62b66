package org.backoffice.securities.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionId;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.operation.Operations;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.settlement.internal.DerivedIds;
import org.backoffice.securities.settlement.internal.NewInstruction;
import org.backoffice.securities.settlement.internal.TradeRepair;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.securities.trade.internal.TradeRows;

/**
 * Instructs trades: per trade one instruction and one pending ledger transfer reserving both legs,
 * recorded as one operation, so that the reservation and the instruction's rows commit together.
 * Trades go in chunks of {@value #CHUNK}, each chunk's operations sharing the ledger's batches. A
 * trade the ledger refuses (securities or cash short) goes back to repair with the reason.
 */
public final class Instructing {
    /** The chunk the pages, the API, the CLI and the benchmark all instruct in. */
    public static final int CHUNK = 1_000;

    private final InstructionSteps steps;
    private final Instruments instruments;
    private final Counterparties counterparties;

    Instructing(InstructionSteps steps, Instruments instruments, Counterparties counterparties) {
        this.steps = steps;
        this.instruments = instruments;
        this.counterparties = counterparties;
    }

    /**
     * Instructs one trade in status {@code NEW}.
     *
     * @throws IllegalStateException when the trade is not {@code NEW}
     */
    public InstructOutcome instruct(Actor actor, long tradeId) {
        InstructOutcome outcome = instructAll(actor, List.of(tradeId)).get(0);
        if (!outcome.instructed() && !outcome.repaired()) {
            FieldError error = outcome.errors().get(0);
            if (error.field().equals("status")) {
                throw new IllegalStateException(error.field() + ": " + error.message());
            }
            throw new InvalidDocumentException(outcome.errors());
        }
        return outcome;
    }

    /** Instructs trades in chunks of {@value #CHUNK}; the outcomes are in the order of the ids. */
    public List<InstructOutcome> instructAll(Actor actor, List<Long> tradeIds) {
        steps.platform
                .profile()
                .permissions()
                .require(actor, SettlementKinds.INSTRUCTION.type(), org.backoffice.platform.security.Action.CREATE);
        List<InstructOutcome> outcomes = new ArrayList<>(tradeIds.size());
        for (int from = 0; from < tradeIds.size(); from += CHUNK) {
            outcomes.addAll(instructChunk(actor, tradeIds.subList(from, Math.min(tradeIds.size(), from + CHUNK))));
        }
        return outcomes;
    }

    private List<InstructOutcome> instructChunk(Actor actor, List<Long> tradeIds) {
        Map<Long, Trade> trades = tradesById(tradeIds);
        Instant now = steps.now();
        InstructOutcome[] outcomes = new InstructOutcome[tradeIds.size()];
        List<Integer> slots = new ArrayList<>();
        List<NewInstruction> candidates = new ArrayList<>();
        List<Trade> candidateTrades = new ArrayList<>();
        Map<String, DepoAccount> depos = new HashMap<>();
        List<OpenBookAccount> accounts = new ArrayList<>();
        TransactionId firstId = tradeIds.isEmpty() ? null : steps.platform.ids().reserve(2 * tradeIds.size());
        for (int i = 0; i < tradeIds.size(); i++) {
            Long tradeId = tradeIds.get(i);
            Trade trade = tradeId == null ? null : trades.get(tradeId);
            if (trade == null || !actor.canSee(trade.branch())) {
                outcomes[i] = refused(tradeId, "tradeId", "no such trade: " + tradeId);
                continue;
            }
            if (trade.status() != TradeStatus.NEW) {
                outcomes[i] = refused(
                        tradeId,
                        "status",
                        "only a NEW trade is instructed; " + trade.tradeRef() + " is " + trade.status());
                continue;
            }
            Optional<Instrument> instrument = instruments.find(trade.isin());
            Optional<StandingInstruction> ssi =
                    trade.ssiId() == null ? Optional.empty() : counterparties.instructionById(trade.ssiId());
            DepoAccount depo = depos.computeIfAbsent(
                    trade.depoAccount(), code -> steps.depoAccounts.find(code).orElse(null));
            if (instrument.isEmpty() || ssi.isEmpty() || depo == null || trade.settlementDate() == null) {
                outcomes[i] = refused(tradeId, "trade", "lacks its instrument, standing instruction or depo account");
                continue;
            }
            long id = firstId.value() + ((long) (2 * i) << 10);
            Instruction instruction = new Instruction(
                    id,
                    trade.id(),
                    Instruction.referenceOf(id),
                    trade.branch(),
                    trade.side() == Side.BUY ? Direction.RECEIVE : Direction.DELIVER,
                    trade.delivery() == Delivery.DVP,
                    instrument.get().registrarHeld(),
                    trade.isin(),
                    trade.quantity(),
                    trade.settlementAmount(),
                    trade.delivery() == Delivery.DVP && !depo.house() ? trade.fees() : 0,
                    trade.currency(),
                    trade.tradeDate(),
                    trade.settlementDate(),
                    ssi.get().place(),
                    depo.code(),
                    ssi.get().agentBic(),
                    ssi.get().agentAccount(),
                    InstructionStatus.INSTRUCTED,
                    0,
                    0,
                    0,
                    DerivedIds.pending(trade.id()).value(),
                    0,
                    null,
                    null,
                    now,
                    actor.username(),
                    1);
            InstructionEvent event = new InstructionEvent(
                    firstId.value() + ((long) (2 * i + 1) << 10),
                    id,
                    now,
                    InstructionStatus.NEW,
                    InstructionStatus.INSTRUCTED,
                    null,
                    "instructed",
                    trade.tradeRef(),
                    actor.username());
            slots.add(i);
            candidates.add(new NewInstruction(
                    instruction,
                    event,
                    steps.pendingTransfer(
                            instruction, depo, InstructionSteps.full(instruction), instruction.pendingTransaction())));
            candidateTrades.add(trade);
            accounts.add(Books.positionRequest(depo, trade.isin()));
            accounts.add(Books.moneyRequest(depo, trade.currency()));
            accounts.add(
                    Books.branchRequest(depo.branch(), depo.house() ? Books.TRADING : Books.DEPOSITORY, trade.isin()));
            accounts.add(Books.branchRequest(
                    depo.branch(), depo.house() ? Books.TRADING : Books.SETTLEMENT_CASH, trade.currency()));
            accounts.add(Books.branchRequest(depo.branch(), Books.FEES, trade.currency()));
        }
        if (candidates.isEmpty()) {
            return List.of(outcomes);
        }
        steps.books.ensure(accounts);
        Operations operations = steps.platform.operations();
        List<CompletableFuture<Outcome>> futures = operations.submit(actor, SettlementKinds.INSTRUCTION, candidates);
        List<TradeRepair> repairs = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            Instruction in = candidates.get(k).instruction();
            Trade trade = candidateTrades.get(k);
            Outcome outcome = Operations.await(futures.get(k));
            if (outcome instanceof Outcome.Rejected rejected) {
                FieldError reason = refusal(trade, rejected);
                if (rejected.reason() == RejectionReason.PRECONDITION_FAILED) {
                    outcomes[slots.get(k)] = new InstructOutcome(trade.id(), null, false, List.of(reason));
                } else {
                    repairs.add(new TradeRepair(
                            steps.platform.ids().next().value(),
                            trade.id(),
                            trade.branch(),
                            reason.field() + ": " + reason.message(),
                            actor.username()));
                    outcomes[slots.get(k)] = new InstructOutcome(trade.id(), null, true, List.of(reason));
                }
            } else {
                outcomes[slots.get(k)] = new InstructOutcome(trade.id(), in, false, List.of());
            }
        }
        if (!repairs.isEmpty()) {
            operations.record(actor, SettlementKinds.REPAIR, repairs);
        }
        return List.of(outcomes);
    }

    private static FieldError refusal(Trade trade, Outcome.Rejected rejected) {
        if (rejected.reason() == RejectionReason.INSUFFICIENT_BALANCE) {
            return trade.side() == Side.SELL
                    ? new FieldError(
                            "quantity",
                            "the depo account " + trade.depoAccount() + " does not hold " + trade.quantity() + " "
                                    + trade.isin() + " free to deliver (INSUFFICIENT_BALANCE)")
                    : new FieldError(
                            "settlementAmount",
                            "the money of depo account " + trade.depoAccount() + " does not cover the "
                                    + trade.currency() + " to pay (INSUFFICIENT_BALANCE)");
        }
        if (rejected.reason() == RejectionReason.PRECONDITION_FAILED) {
            return FieldError.parse(InstructionSteps.nz(rejected.detail()), "status");
        }
        return new FieldError(
                "trade",
                "the ledger refused the instruction: " + rejected.reason() + " "
                        + InstructionSteps.nz(rejected.detail()));
    }

    private Map<Long, Trade> tradesById(List<Long> ids) {
        List<Long> present = ids.stream().filter(id -> id != null).distinct().toList();
        Map<Long, Trade> found = new HashMap<>();
        // In slices: PostgreSQL plans a list of ten thousand ids as a scan of the whole table.
        for (int from = 0; from < present.size(); from += 500) {
            List<Long> part = present.subList(from, Math.min(present.size(), from + 500));
            Sql.query(
                            steps.platform.ledger().readers(),
                            "SELECT " + TradeRows.COLUMNS + " FROM sec_trades WHERE id IN (" + Sql.marks(part.size())
                                    + ")",
                            TradeRows::read,
                            part.toArray())
                    .forEach(t -> found.put(t.id(), t));
        }
        return found;
    }

    private static InstructOutcome refused(Long tradeId, String field, String rule) {
        return new InstructOutcome(tradeId == null ? 0 : tradeId, null, false, List.of(new FieldError(field, rule)));
    }
}
