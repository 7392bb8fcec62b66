package org.backoffice.securities.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.message.Mt548Reader;
import org.backoffice.securities.message.Mt54xConfirmationReader;
import org.backoffice.securities.message.Mt54xWriter;
import org.backoffice.securities.message.Sese023Writer;
import org.backoffice.securities.message.Sese024Reader;
import org.backoffice.securities.message.Sese025Reader;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.message.SettlementInstructionMessage;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.settlement.internal.DerivedIds;
import org.backoffice.securities.settlement.internal.InstructionRows;
import org.backoffice.securities.settlement.internal.Legs;
import org.backoffice.securities.settlement.internal.MessageSniffer;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeBook;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.securities.trade.internal.TradeRows;

/**
 * Settlement of trades: an instruction per trade with one pending ledger transfer reserving both
 * legs, the depository's statuses and confirmations applied to it (posting the reserved legs
 * together, in full or in part), reversals, and cancellation through maker-checker. Every state
 * change is kept as an event and mirrored onto the trade.
 */
public final class Settlement {
    static final int CHUNK = 10_000;
    private static final String MEMO_REASON = "SETTLEMENT";

    private final Platform platform;
    private final SecuritiesSettings settings;
    private final Instruments instruments;
    private final Counterparties counterparties;
    private final DepoAccounts depoAccounts;
    private final Books books;

    public Settlement(
            Platform platform,
            SecuritiesSettings settings,
            Instruments instruments,
            Counterparties counterparties,
            DepoAccounts depoAccounts,
            Books books) {
        this.platform = platform;
        this.settings = settings;
        this.instruments = instruments;
        this.counterparties = counterparties;
        this.depoAccounts = depoAccounts;
        this.books = books;
    }

    // ---------------------------------------------------------------- instruction

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

    /**
     * Instructs trades in chunks: per chunk one batch of pending transfers to the ledger, then the
     * instructions, their first events and the trades' new states in one database transaction with
     * one audit record. A trade the ledger refuses goes back to repair with the reason.
     */
    public List<InstructOutcome> instructAll(Actor actor, List<Long> tradeIds) {
        requireOperator(actor);
        List<InstructOutcome> outcomes = new ArrayList<>(tradeIds.size());
        for (int from = 0; from < tradeIds.size(); from += CHUNK) {
            outcomes.addAll(instructChunk(actor, tradeIds.subList(from, Math.min(tradeIds.size(), from + CHUNK))));
        }
        return outcomes;
    }

    private List<InstructOutcome> instructChunk(Actor actor, List<Long> tradeIds) {
        Map<Long, Trade> trades = tradesById(tradeIds);
        Instant now = platform.clock().instant();
        InstructOutcome[] outcomes = new InstructOutcome[tradeIds.size()];
        List<Integer> slots = new ArrayList<>();
        List<Instruction> candidates = new ArrayList<>();
        List<Trade> candidateTrades = new ArrayList<>();
        Map<String, DepoAccount> depos = new HashMap<>();
        List<OpenBookAccount> accounts = new ArrayList<>();
        TransactionId firstId = tradeIds.isEmpty() ? null : platform.ids().reserve(tradeIds.size());
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
                    trade.depoAccount(), code -> depoAccounts.find(code).orElse(null));
            if (instrument.isEmpty() || ssi.isEmpty() || depo == null || trade.settlementDate() == null) {
                outcomes[i] = refused(tradeId, "trade", "lacks its instrument, standing instruction or depo account");
                continue;
            }
            long id = firstId.value() + ((long) i << 10);
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
            slots.add(i);
            candidates.add(instruction);
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
        books.ensure(accounts);
        List<Transfer> transfers = new ArrayList<>(candidates.size());
        for (Instruction in : candidates) {
            transfers.add(pendingTransfer(in, depos.get(in.depoAccount()), full(in), in.pendingTransaction()));
        }
        List<Outcome> results = join(platform.ledger().submitAll(transfers));
        TransactionId firstEvent = platform.ids().reserve(candidates.size());
        List<Instruction> accepted = new ArrayList<>();
        List<InstructionEvent> events = new ArrayList<>();
        List<Trade> repaired = new ArrayList<>();
        List<List<FieldError>> repairReasons = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            Instruction in = candidates.get(k);
            Trade trade = candidateTrades.get(k);
            if (results.get(k) instanceof Outcome.Rejected rejected) {
                List<FieldError> reasons = List.of(refusal(trade, rejected));
                repaired.add(trade);
                repairReasons.add(reasons);
                outcomes[slots.get(k)] = new InstructOutcome(trade.id(), null, true, reasons);
            } else {
                accepted.add(in);
                events.add(new InstructionEvent(
                        firstEvent.value() + ((long) k << 10),
                        in.id(),
                        now,
                        InstructionStatus.NEW,
                        InstructionStatus.INSTRUCTED,
                        null,
                        "instructed",
                        trade.tradeRef(),
                        actor.username()));
                outcomes[slots.get(k)] = new InstructOutcome(trade.id(), in, false, List.of());
            }
        }
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "INSTRUCT",
                "SettlementInstructions",
                candidates.get(0).reference()
                        + (candidates.size() > 1
                                ? ".." + candidates.get(candidates.size() - 1).reference()
                                : ""),
                null,
                null,
                "{\"instructed\":" + accepted.size() + ",\"repair\":" + repaired.size() + "}");
        try {
            platform.change(List.of(audit), c -> {
                InstructionRows.insert(c, accepted);
                InstructionRows.insertEvents(c, events);
                moveTrades(
                        c,
                        accepted.stream().map(Instruction::tradeId).toList(),
                        TradeStatus.NEW,
                        TradeStatus.INSTRUCTED);
                backToRepair(c, repaired, repairReasons);
                return null;
            });
        } catch (RuntimeException e) {
            // The rows did not commit: release what the ledger reserved for them.
            for (Instruction in : accepted) {
                platform.ledger()
                        .execute(VoidPending.of(
                                DerivedIds.of(in.id(), "VOID", 0),
                                TransactionId.of(in.pendingTransaction()),
                                in.settlementDate()));
            }
            throw e;
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
        return new FieldError(
                "trade", "the ledger refused the instruction: " + rejected.reason() + " " + nz(rejected.detail()));
    }

    // ---------------------------------------------------------------- messages out

    /**
     * The instruction as sent to the place of settlement: MT540-543 or sese.023; for a cancelled
     * instruction the cancellation (CANC) linked to it.
     */
    public String message(long instructionId, Format format) {
        Instruction in = find(instructionId)
                .orElseThrow(() -> InvalidDocumentException.of("instructionId", "no instruction " + instructionId));
        SettlementInstructionMessage message = instructionMessage(in);
        if (format == Format.MX) {
            // Dated when the instruction was made, so the message reads the same each time it is asked for.
            return Sese023Writer.write(message, settings.bic(), in.place(), in.createdAt());
        }
        return Mt54xWriter.write(message, settings.bic(), in.place());
    }

    /** The message's fields; a cancelled instruction gives its cancellation, linked by PREV. */
    public SettlementInstructionMessage instructionMessage(Instruction in) {
        Optional<Instrument> instrument = instruments.find(in.isin());
        boolean bond = instrument.map(Instrument::bond).orElse(false);
        // A bond is instructed by its face amount (FAMT): the units held times the nominal.
        BigDecimal quantity = bond
                ? instrument
                        .get()
                        .nominal()
                        .multiply(securities(in, in.quantity()).decimal())
                : securities(in, in.quantity()).decimal();
        return new SettlementInstructionMessage(
                in.status() == InstructionStatus.CANCELLED ? in.cancellationReference() : in.reference(),
                in.direction(),
                in.dvp(),
                in.isin(),
                quantity,
                bond,
                in.tradeDate(),
                in.settlementDate(),
                in.dvp() ? money(in, in.settlementAmount()).decimal() : null,
                in.dvp() ? in.currency() : null,
                in.depoAccount(),
                in.place(),
                in.counterpartyBic(),
                in.counterpartyAccount(),
                in.status() == InstructionStatus.CANCELLED ? in.reference() : null);
    }

    // ---------------------------------------------------------------- statuses in

    /**
     * Applies a status advice (MT548 / sese.024): matched, unmatched, pending, failing move the
     * instruction; other kinds (acknowledged, rejected, cancelled) are recorded as events only,
     * since our own cancellation goes through maker-checker. The same advice twice changes nothing.
     */
    public Instruction applyStatus(Actor actor, SettlementStatus status) {
        requireOperator(actor);
        Instruction in = byReference(actor, status.reference());
        String key = "STAT:" + status.reference() + ":" + status.kind() + ":" + nz(status.reasonCode()) + ":"
                + status.statusTime().getEpochSecond();
        if (processed(key)) {
            return in;
        }
        InstructionStatus target = switch (status.kind()) {
            case MATCHED -> InstructionStatus.MATCHED;
            case UNMATCHED -> InstructionStatus.UNMATCHED;
            case PENDING -> InstructionStatus.PENDING;
            case FAILING -> InstructionStatus.FAILING;
            default -> null;
        };
        // A status that says no more than the instruction knows already is kept as an event only:
        // a repeated match, a match behind a later state, a pending remainder of a partial settlement.
        if (target != null
                && (target == in.status()
                        || (target == InstructionStatus.MATCHED
                                && in.status().ordinal() > InstructionStatus.UNMATCHED.ordinal())
                        || (target == InstructionStatus.PENDING
                                && in.status() == InstructionStatus.PARTIALLY_SETTLED))) {
            target = null;
        }
        InstructionStatus next = target == null ? in.status() : in.status().moveTo(target);
        Instruction after = in.withStatus(next);
        String text = status.kind() + (status.reasonText() == null ? "" : ": " + status.reasonText());
        record(actor, in, after, status.reasonCode(), text, key, status.reference(), null);
        return find(in.id()).orElseThrow();
    }

    // ---------------------------------------------------------------- confirmations in

    /**
     * Applies a settlement confirmation (MT544-547 / sese.025). In full: the pending transfer is
     * posted, both legs together. In part: the settled part of each leg is posted (fees in
     * proportion, half even) and a new pending transfer reserves the rest. A reversal reverses the
     * latest standing settlement of that quantity, releases what is still reserved and reserves
     * again everything not settled: the instruction is {@code PENDING} when nothing settled remains,
     * else {@code PARTIALLY_SETTLED}. The same confirmation twice changes nothing.
     */
    public Instruction applyConfirmation(Actor actor, SettlementConfirmation confirmation) {
        requireOperator(actor);
        Instruction in = byReference(actor, confirmation.reference());
        String key = (confirmation.reversal() ? "RVSL:" : "CONF:") + confirmation.confirmationReference();
        if (processed(key)) {
            return in;
        }
        if (in.registrar()) {
            throw InvalidDocumentException.of(
                    "reference",
                    in.reference() + " settles through the registrar's transfer order, not depository confirmations");
        }
        if (!confirmation.isin().equals(in.isin())) {
            throw InvalidDocumentException.of(
                    "isin", "must be the instruction's " + in.isin() + ", was " + confirmation.isin());
        }
        if (confirmation.direction() != in.direction()) {
            throw InvalidDocumentException.of(
                    "direction", "must be the instruction's " + in.direction() + ", was " + confirmation.direction());
        }
        long quantity = units(in, confirmation.settledQuantity());
        long amount = in.dvp() ? minor(in, confirmation.settledAmount()) : 0;
        return confirmation.reversal()
                ? reverse(actor, in, confirmation, key, quantity)
                : settle(actor, in, confirmation, key, quantity, amount);
    }

    private Instruction settle(
            Actor actor, Instruction in, SettlementConfirmation confirmation, String key, long quantity, long amount) {
        if (in.pendingTransaction() == null) {
            throw new IllegalStateException("status: instruction " + in.reference() + " is " + in.status()
                    + " and has nothing reserved to settle");
        }
        if (quantity > in.remainingQuantity()) {
            throw InvalidDocumentException.of(
                    "settledQuantity",
                    "must not exceed the "
                            + securities(in, in.remainingQuantity()).plain() + " still to settle, was "
                            + securities(in, quantity).plain());
        }
        if (amount > in.remainingAmount()) {
            throw InvalidDocumentException.of(
                    "settledAmount",
                    "must not exceed the " + money(in, in.remainingAmount()).plain() + " still to settle, was "
                            + money(in, amount).plain());
        }
        boolean last = quantity == in.remainingQuantity();
        if (!confirmation.partial() && !last) {
            throw InvalidDocumentException.of(
                    "settledQuantity",
                    "a final confirmation settles the "
                            + securities(in, in.remainingQuantity()).plain() + " still to settle, was "
                            + securities(in, quantity).plain());
        }
        if (last && in.dvp() && amount != in.remainingAmount()) {
            throw InvalidDocumentException.of(
                    "settledAmount",
                    "the last settlement pays the "
                            + money(in, in.remainingAmount()).plain() + " still to settle, was "
                            + money(in, amount).plain());
        }
        InstructionStatus next =
                in.status().moveTo(last ? InstructionStatus.SETTLED : InstructionStatus.PARTIALLY_SETTLED);
        long fees = last
                ? in.remainingFees()
                : BigDecimal.valueOf(in.remainingFees())
                        .multiply(BigDecimal.valueOf(quantity))
                        .divide(BigDecimal.valueOf(in.remainingQuantity()), 0, RoundingMode.HALF_EVEN)
                        .longValueExact();
        int sequence = in.sequence() + 1;
        DepoAccount depo = depo(in);
        TransactionId postId = DerivedIds.post(in.id(), sequence);
        TransactionId pendingId = TransactionId.of(in.pendingTransaction());
        Memo memo = memo(in, confirmation.confirmationReference());
        List<TransactionRequest> requests = new ArrayList<>(2);
        Long nextPending = null;
        if (last) {
            requests.add(new PostPending(postId, pendingId, confirmation.settlementDate(), List.of(), memo));
        } else {
            Legs.Parts reserved = remaining(in);
            Legs.Parts settled = new Legs.Parts(quantity, amount, fees);
            requests.add(new PostPending(
                    postId,
                    pendingId,
                    confirmation.settlementDate(),
                    Legs.aligned(in.dvp(), depo.house(), reserved, settled),
                    memo));
            TransactionId rest = DerivedIds.of(in.id(), "REST", sequence);
            requests.add(pendingTransfer(
                    in,
                    depo,
                    new Legs.Parts(reserved.quantity() - quantity, reserved.amount() - amount, reserved.fees() - fees),
                    rest.value()));
            nextPending = rest.value();
        }
        List<Outcome> outcomes = join(platform.ledger().submitAll(requests));
        if (outcomes.get(0) instanceof Outcome.Rejected rejected) {
            throw new IllegalStateException("ledger: the settlement of " + in.reference() + " was refused: "
                    + rejected.reason() + " " + nz(rejected.detail()));
        }
        String text = (last ? "settled " : "partially settled ") + quantity + " " + in.isin();
        if (outcomes.size() > 1 && outcomes.get(1) instanceof Outcome.Rejected rejected) {
            // The rest was released by the partial post and could not be reserved again.
            nextPending = null;
            text += "; the rest could not be reserved again: " + rejected.reason();
        }
        Instruction after = in.withState(
                next,
                in.settledQuantity() + quantity,
                in.settledAmount() + amount,
                in.settledFees() + fees,
                nextPending,
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        long posted = postId.value();
        record(
                actor,
                in,
                after,
                null,
                text,
                key,
                confirmation.confirmationReference(),
                c -> Sql.update(
                        c,
                        "INSERT INTO sec_instruction_settlements (instruction_id, sequence, confirmation_ref, tx_id, quantity,"
                                + " amount, fees, settled_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        in.id(),
                        sequence,
                        confirmation.confirmationReference(),
                        posted,
                        quantity,
                        amount,
                        fees,
                        confirmation.settlementDate().toString()));
        return find(in.id()).orElseThrow();
    }

    private Instruction reverse(
            Actor actor, Instruction in, SettlementConfirmation confirmation, String key, long quantity) {
        record Standing(int sequence, long tx, long quantity, long amount, long fees) {}
        List<Standing> standing = Sql.query(
                platform.ledger().readers(),
                "SELECT sequence, tx_id, quantity, amount, fees FROM sec_instruction_settlements"
                        + " WHERE instruction_id = ? AND reversed_by IS NULL AND quantity = ? ORDER BY sequence DESC",
                rs -> new Standing(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                in.id(),
                quantity);
        if (standing.isEmpty()) {
            throw InvalidDocumentException.of(
                    "settledQuantity", "matches no settlement of " + in.reference() + " still standing: " + quantity);
        }
        Standing undone = standing.get(0);
        long settledQuantity = in.settledQuantity() - undone.quantity();
        InstructionStatus next = in.status()
                .moveTo(settledQuantity == 0 ? InstructionStatus.PENDING : InstructionStatus.PARTIALLY_SETTLED);
        int sequence = in.sequence() + 1;
        DepoAccount depo = depo(in);
        LocalDate date = confirmation.settlementDate();
        TransactionId reversalId = DerivedIds.of(in.id(), "REVERSE", sequence);
        Outcome reversed = platform.ledger()
                .execute(new Reversal(
                        reversalId,
                        TransactionId.of(undone.tx()),
                        date,
                        memo(in, confirmation.confirmationReference())));
        if (reversed instanceof Outcome.Rejected rejected) {
            throw new IllegalStateException("ledger: the reversal of " + in.reference() + " was refused: "
                    + rejected.reason() + " " + nz(rejected.detail()));
        }
        if (in.pendingTransaction() != null) {
            platform.ledger()
                    .execute(VoidPending.of(
                            DerivedIds.of(in.id(), "VOID", sequence), TransactionId.of(in.pendingTransaction()), date));
        }
        Instruction undoneState = in.withState(
                next,
                settledQuantity,
                in.settledAmount() - undone.amount(),
                in.settledFees() - undone.fees(),
                null,
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        TransactionId rest = DerivedIds.of(in.id(), "REST", sequence);
        Outcome reserved =
                platform.ledger().execute(pendingTransfer(undoneState, depo, remaining(undoneState), rest.value()));
        String text = "settlement of " + undone.quantity() + " reversed";
        Long nextPending = rest.value();
        if (reserved instanceof Outcome.Rejected rejected) {
            nextPending = null;
            text += "; the rest could not be reserved again: " + rejected.reason();
        }
        Instruction after = undoneState.withState(
                next,
                undoneState.settledQuantity(),
                undoneState.settledAmount(),
                undoneState.settledFees(),
                nextPending,
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        long reversal = reversalId.value();
        record(
                actor,
                in,
                after,
                "RVSL",
                text,
                key,
                confirmation.confirmationReference(),
                c -> Sql.update(
                        c,
                        "UPDATE sec_instruction_settlements SET reversed_by = ? WHERE instruction_id = ? AND sequence = ?",
                        reversal,
                        in.id(),
                        undone.sequence()));
        return find(in.id()).orElseThrow();
    }

    /**
     * Settles a registrar-held instruction in full once its transfer order is complete: the pending
     * transfer is posted, and {@code alsoInTheSameTransaction} (the order's own rows) commits with
     * the instruction's new state.
     */
    public Instruction settleByRegistrar(
            Actor checker,
            long instructionId,
            String orderNumber,
            LocalDate valueDate,
            Ledger.SqlWork<?> alsoInTheSameTransaction) {
        Instruction in = find(instructionId)
                .orElseThrow(() -> InvalidDocumentException.of("instructionId", "no instruction " + instructionId));
        if (!in.registrar()) {
            throw InvalidDocumentException.of("reference", in.reference() + " settles by depository confirmations");
        }
        InstructionStatus next = in.status().moveTo(InstructionStatus.SETTLED);
        if (in.pendingTransaction() == null) {
            throw new IllegalStateException(
                    "status: instruction " + in.reference() + " has nothing reserved to settle");
        }
        int sequence = in.sequence() + 1;
        TransactionId postId = DerivedIds.post(in.id(), sequence);
        Outcome outcome = platform.ledger()
                .execute(new PostPending(
                        postId,
                        TransactionId.of(in.pendingTransaction()),
                        valueDate,
                        List.of(),
                        memo(in, orderNumber)));
        if (outcome instanceof Outcome.Rejected rejected) {
            throw new IllegalStateException("ledger: the settlement of " + in.reference() + " was refused: "
                    + rejected.reason() + " " + nz(rejected.detail()));
        }
        Instruction after = in.withState(
                next,
                in.quantity(),
                in.dvp() ? in.settlementAmount() : 0,
                in.fees(),
                null,
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        long posted = postId.value();
        record(
                checker,
                in,
                after,
                null,
                "ownership re-registered by the registrar",
                "TO:" + orderNumber,
                orderNumber,
                c -> {
                    Sql.update(
                            c,
                            "INSERT INTO sec_instruction_settlements (instruction_id, sequence, confirmation_ref, tx_id, quantity,"
                                    + " amount, fees, settled_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            in.id(),
                            sequence,
                            orderNumber,
                            posted,
                            in.remainingQuantity(),
                            in.remainingAmount(),
                            in.remainingFees(),
                            valueDate.toString());
                    alsoInTheSameTransaction.run(c);
                    return null;
                });
        return find(in.id()).orElseThrow();
    }

    // ---------------------------------------------------------------- cancellation

    /** A maker asks to cancel an instruction not settled in any part; a controller approves. */
    public Instruction cancel(Actor actor, long instructionId, String reason) {
        requireOperator(actor);
        Instruction in = visible(actor, instructionId);
        if (reason == null || reason.isBlank()) {
            throw InvalidDocumentException.of("reason", "must be given for a cancellation");
        }
        if (reason.length() > 400) {
            throw InvalidDocumentException.of("reason", "must be at most 400 characters");
        }
        if (!in.status().cancellable()) {
            throw new IllegalStateException("status: an instruction " + in.status() + " cannot be cancelled");
        }
        if (in.cancelRequestedBy() != null) {
            throw new IllegalStateException(
                    "status: a cancellation of " + in.reference() + " waits for approval already");
        }
        Instruction after = in.withState(
                in.status(),
                in.settledQuantity(),
                in.settledAmount(),
                in.settledFees(),
                in.pendingTransaction(),
                in.sequence(),
                reason,
                actor.username());
        record(actor, in, after, null, "cancellation requested: " + reason, null, null, null);
        return find(in.id()).orElseThrow();
    }

    /**
     * A controller, not the maker, approves the cancellation: the pending transfer is voided and
     * the instruction and its trade are cancelled; {@link #message} then gives the CANC message.
     */
    public Instruction approveCancel(Actor checker, long instructionId) {
        if (!checker.has(Role.CONTROLLER)) {
            throw new SecurityException(checker.username() + " may not approve cancellations: a controller does");
        }
        Instruction in = visible(checker, instructionId);
        if (in.cancelRequestedBy() == null) {
            throw new IllegalStateException("status: no cancellation of " + in.reference() + " waits for approval");
        }
        if (in.cancelRequestedBy().equals(checker.username())) {
            throw new SecurityException("the maker of a cancellation may not approve it");
        }
        InstructionStatus next = in.status().moveTo(InstructionStatus.CANCELLED);
        int sequence = in.sequence() + 1;
        if (in.pendingTransaction() != null) {
            Outcome voided = platform.ledger()
                    .execute(new VoidPending(
                            DerivedIds.of(in.id(), "VOID", sequence),
                            TransactionId.of(in.pendingTransaction()),
                            today(),
                            memo(in, in.cancellationReference())));
            if (voided instanceof Outcome.Rejected rejected) {
                throw new IllegalStateException("ledger: the release of " + in.reference() + " was refused: "
                        + rejected.reason() + " " + nz(rejected.detail()));
            }
        }
        Instruction after = in.withState(
                next,
                in.settledQuantity(),
                in.settledAmount(),
                in.settledFees(),
                null,
                sequence,
                in.cancelReason(),
                in.cancelRequestedBy());
        record(checker, in, after, "CANC", "cancelled: " + in.cancelReason(), null, in.cancellationReference(), null);
        return find(in.id()).orElseThrow();
    }

    // ---------------------------------------------------------------- import, fails

    /**
     * Applies every status and confirmation message of a text (MT548, MT544-547; or one ISO 20022
     * sese.024 or sese.025), one after
     * another; a message that cannot be read or applied is reported and does not stop the others.
     */
    public List<ImportedMessage> importMessages(Actor actor, String text) {
        requireOperator(actor);
        if (text == null || text.isBlank()) {
            throw InvalidDocumentException.of("text", "must hold at least one message");
        }
        List<ImportedMessage> results = new ArrayList<>();
        List<String> messages = MessageSniffer.split(text);
        for (int i = 0; i < messages.size(); i++) {
            String message = messages.get(i);
            String kind = MessageSniffer.kind(message);
            String reference = null;
            try {
                switch (kind) {
                    case "MT548" -> {
                        SettlementStatus status = Mt548Reader.read(message);
                        reference = status.reference();
                        applyStatus(actor, status);
                    }
                    case "MT544", "MT545", "MT546", "MT547" -> {
                        SettlementConfirmation confirmation = Mt54xConfirmationReader.read(message);
                        reference = confirmation.reference();
                        applyConfirmation(actor, confirmation);
                    }
                    case "sese.024" -> {
                        SettlementStatus status = Sese024Reader.read(message);
                        reference = status.reference();
                        applyStatus(actor, status);
                    }
                    case "sese.025" -> {
                        SettlementConfirmation confirmation = Sese025Reader.read(message);
                        reference = confirmation.reference();
                        applyConfirmation(actor, confirmation);
                    }
                    default ->
                        throw new IllegalArgumentException("text: message " + (i + 1) + " is " + kind
                                + ", not a status or confirmation this import reads");
                }
                results.add(new ImportedMessage(i + 1, kind, reference, null));
            } catch (RuntimeException e) {
                results.add(new ImportedMessage(i + 1, kind, reference, e.getMessage()));
            }
        }
        return results;
    }

    /**
     * Marks matched or pending instructions whose intended settlement date is before {@code today}
     * as failing.
     *
     * @return how many became failing
     */
    public int markFails(LocalDate today) {
        List<Instruction> due = Sql.query(
                platform.ledger().readers(),
                "SELECT " + InstructionRows.COLUMNS
                        + " FROM sec_instructions WHERE status IN (?, ?) AND settlement_date < ?",
                InstructionRows::read,
                InstructionStatus.MATCHED.name(),
                InstructionStatus.PENDING.name(),
                today.toString());
        Actor system = Actor.system("securities");
        int failed = 0;
        for (Instruction in : due) {
            try {
                record(
                        system,
                        in,
                        in.withStatus(in.status().moveTo(InstructionStatus.FAILING)),
                        null,
                        "intended settlement date " + in.settlementDate() + " passed",
                        "FAILS:" + in.reference() + ":" + today,
                        null,
                        null);
                failed++;
            } catch (IllegalStateException e) {
                // Changed by a message meanwhile: its own state stands.
            }
        }
        return failed;
    }

    // ---------------------------------------------------------------- queries

    public Optional<Instruction> find(long id) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE id = ?",
                InstructionRows::read,
                id);
    }

    public Optional<Instruction> findByReference(String reference) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE reference = ?",
                InstructionRows::read,
                reference);
    }

    public Optional<Instruction> findByTrade(long tradeId) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE trade_id = ?",
                InstructionRows::read,
                tradeId);
    }

    /** The instruction, if the actor may see its branch; else as if it did not exist. */
    public Instruction visible(Actor actor, long id) {
        return find(id).filter(in -> actor.canSee(in.branch()))
                .orElseThrow(() -> InvalidDocumentException.of("instructionId", "no instruction " + id));
    }

    public Page<Instruction> list(Actor actor, InstructionFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!Sql.branchScope(actor, filter.branch(), where, args)) {
            return new Page<>(List.of(), filter.page(), filter.size(), 0);
        }
        if (filter.status() != null) {
            where.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.isin() != null) {
            where.append(" AND isin = ?");
            args.add(filter.isin());
        }
        if (filter.settlementDate() != null) {
            where.append(" AND settlement_date = ?");
            args.add(filter.settlementDate().toString());
        }
        if (filter.depoAccount() != null) {
            where.append(" AND depo_account = ?");
            args.add(filter.depoAccount());
        }
        long total =
                Sql.count(platform.ledger().readers(), "SELECT COUNT(*) FROM sec_instructions" + where, args.toArray());
        args.add(filter.size());
        args.add((long) filter.page() * filter.size());
        List<Instruction> rows = Sql.query(
                platform.ledger().readers(),
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions" + where
                        + " ORDER BY id DESC LIMIT ? OFFSET ?",
                InstructionRows::read,
                args.toArray());
        return new Page<>(rows, filter.page(), filter.size(), total);
    }

    /** The instruction's status events, the first first. */
    public List<InstructionEvent> events(Actor actor, long instructionId) {
        Instruction in = visible(actor, instructionId);
        return Sql.query(
                platform.ledger().readers(),
                "SELECT " + InstructionRows.EVENT_COLUMNS
                        + " FROM sec_instruction_events WHERE instruction_id = ? ORDER BY id",
                InstructionRows::readEvent,
                in.id());
    }

    // ---------------------------------------------------------------- internals

    /**
     * Writes the instruction's new state, its event, the message's key and the trade's mirrored
     * state in one database transaction; a trade not in the instruction's former state means
     * someone else moved it, and nothing is written.
     */
    private void record(
            Actor actor,
            Instruction before,
            Instruction after,
            String reasonCode,
            String text,
            String messageKey,
            String sourceRef,
            Ledger.SqlWork<?> more) {
        Instant now = platform.clock().instant();
        InstructionEvent event = new InstructionEvent(
                platform.ids().next().value(),
                before.id(),
                now,
                before.status(),
                after.status(),
                reasonCode,
                text,
                sourceRef,
                actor.username());
        AuditRecord audit = new AuditRecord(
                actor.username(),
                before.status() == after.status() ? "NOTE" : after.status().name(),
                "SettlementInstruction",
                before.reference(),
                before.branch(),
                "{\"status\":\"" + before.status() + "\"}",
                "{\"status\":\"" + after.status() + "\",\"settledQuantity\":" + after.settledQuantity() + "}");
        platform.change(List.of(audit), c -> {
            InstructionRows.update(c, before, after);
            InstructionRows.insertEvents(c, List.of(event));
            if (messageKey != null) {
                Sql.update(
                        c,
                        "INSERT INTO sec_instruction_messages (message_key, instruction_id, applied_at) VALUES (?, ?, ?)",
                        messageKey.length() > 120 ? messageKey.substring(0, 120) : messageKey,
                        before.id(),
                        Micros.of(now));
            }
            if (before.status() != after.status()
                    && !TradeBook.transition(
                            c,
                            before.tradeId(),
                            Set.of(TradeStatus.valueOf(before.status().name())),
                            TradeStatus.valueOf(after.status().name()))) {
                throw new IllegalStateException(
                        "status: the trade of " + before.reference() + " is no longer " + before.status());
            }
            if (more != null) {
                more.run(c);
            }
            return null;
        });
    }

    private boolean processed(String key) {
        return Sql.count(
                        platform.ledger().readers(),
                        "SELECT COUNT(*) FROM sec_instruction_messages WHERE message_key = ?",
                        key.length() > 120 ? key.substring(0, 120) : key)
                > 0;
    }

    private Instruction byReference(Actor actor, String reference) {
        return findByReference(reference)
                .filter(in -> actor.canSee(in.branch()))
                .orElseThrow(() -> InvalidDocumentException.of("reference", "no instruction " + reference));
    }

    private DepoAccount depo(Instruction in) {
        return depoAccounts
                .find(in.depoAccount())
                .orElseThrow(() -> new IllegalStateException(
                        "depoAccount: " + in.depoAccount() + " of " + in.reference() + " is gone"));
    }

    private Transfer pendingTransfer(Instruction in, DepoAccount depo, Legs.Parts parts, long id) {
        List<Posting> postings = Legs.postings(books, depo, in.direction(), in.dvp(), in.isin(), in.currency(), parts);
        return new Transfer(TransactionId.of(id), in.settlementDate(), postings, true, null, memo(in, null));
    }

    private static Legs.Parts full(Instruction in) {
        return new Legs.Parts(in.quantity(), in.dvp() ? in.settlementAmount() : 0, in.fees());
    }

    private static Legs.Parts remaining(Instruction in) {
        return new Legs.Parts(in.remainingQuantity(), in.remainingAmount(), in.remainingFees());
    }

    private static Memo memo(Instruction in, String message) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("instruction", in.reference());
        if (message != null) {
            metadata.put("message", message);
        }
        return new Memo(in.reference(), MEMO_REASON, metadata);
    }

    private Map<Long, Trade> tradesById(List<Long> ids) {
        List<Long> present = ids.stream().filter(id -> id != null).distinct().toList();
        Map<Long, Trade> found = new HashMap<>();
        // In slices: PostgreSQL plans a list of ten thousand ids as a scan of the whole table.
        for (int from = 0; from < present.size(); from += 500) {
            List<Long> part = present.subList(from, Math.min(present.size(), from + 500));
            Sql.query(
                            platform.ledger().readers(),
                            "SELECT " + TradeRows.COLUMNS + " FROM sec_trades WHERE id IN (" + Sql.marks(part.size())
                                    + ")",
                            TradeRows::read,
                            part.toArray())
                    .forEach(t -> found.put(t.id(), t));
        }
        return found;
    }

    private static void moveTrades(Connection c, List<Long> tradeIds, TradeStatus from, TradeStatus to)
            throws SQLException {
        if (tradeIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                c.prepareStatement("UPDATE sec_trades SET status = ? WHERE id = ? AND status = ?")) {
            for (long id : tradeIds) {
                update.setString(1, to.name());
                update.setLong(2, id);
                update.setString(3, from.name());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int count : counts) {
                if (count == 0) {
                    throw new IllegalStateException("status: a trade left " + from + " while it was being instructed");
                }
            }
        }
    }

    private static void backToRepair(Connection c, List<Trade> trades, List<List<FieldError>> reasons)
            throws SQLException {
        if (trades.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE sec_trades SET status = ?, repair_reasons = ? WHERE id = ? AND status = ?")) {
            for (int i = 0; i < trades.size(); i++) {
                StringBuilder text = new StringBuilder();
                for (FieldError error : reasons.get(i)) {
                    text.append(text.isEmpty() ? "" : "\n")
                            .append(error.field())
                            .append(": ")
                            .append(error.message());
                }
                update.setString(1, TradeStatus.REPAIR.name());
                update.setString(2, text.toString());
                update.setLong(3, trades.get(i).id());
                update.setString(4, TradeStatus.NEW.name());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static List<Outcome> join(List<java.util.concurrent.CompletableFuture<Outcome>> futures) {
        List<Outcome> outcomes = new ArrayList<>(futures.size());
        for (var future : futures) {
            outcomes.add(future.join());
        }
        return outcomes;
    }

    private static InstructOutcome refused(Long tradeId, String field, String rule) {
        return new InstructOutcome(tradeId == null ? 0 : tradeId, null, false, List.of(new FieldError(field, rule)));
    }

    private long units(Instruction in, BigDecimal quantity) {
        try {
            return Amount.exact("settledQuantity", quantity, asset(in.isin())).units();
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.from(e, "settledQuantity");
        }
    }

    private long minor(Instruction in, BigDecimal amount) {
        if (amount == null) {
            throw InvalidDocumentException.of("settledAmount", "must be given for a settlement against payment");
        }
        try {
            return Amount.exact("settledAmount", amount, asset(in.currency())).units();
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.from(e, "settledAmount");
        }
    }

    /** The instruction's cash: an amount of its currency. */
    private Amount money(Instruction in, long units) {
        return Amount.of(asset(in.currency()), units);
    }

    /** The instruction's securities: an amount of the instrument, in its units. */
    private Amount securities(Instruction in, long units) {
        return Amount.of(asset(in.isin()), units);
    }

    private Asset asset(String code) {
        return platform.accounts()
                .asset(code)
                .orElseThrow(() -> new IllegalStateException("no asset " + code + " in the ledger"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(platform.clock().instant(), settings.zone());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static void requireOperator(Actor actor) {
        if (!actor.has(Role.OPERATOR) && !actor.has(Role.ADMINISTRATOR) && !actor.has(Role.CONTROLLER)) {
            throw new SecurityException(actor.username() + " may not work settlement instructions: an operator does");
        }
    }

    /**
     * Applies a batch of depository confirmations, as {@link #applyConfirmation} applies one. Final
     * confirmations of whole instructions, the bulk of a day, go to the ledger together and their rows
     * in one database transaction per batch; partial settlements and reversals are applied one by one.
     */
    public List<ConfirmationOutcome> applyConfirmations(Actor actor, List<SettlementConfirmation> confirmations) {
        requireOperator(actor);
        Map<String, Instruction> instructions = byReferences(
                confirmations.stream().map(SettlementConfirmation::reference).toList());
        java.util.Set<String> done = processedKeys(confirmations.stream()
                .map(c -> (c.reversal() ? "RVSL:" : "CONF:") + c.confirmationReference())
                .toList());
        ConfirmationOutcome[] outcomes = new ConfirmationOutcome[confirmations.size()];
        List<Integer> slots = new ArrayList<>();
        List<Instruction> settling = new ArrayList<>();
        List<SettlementConfirmation> settlingBy = new ArrayList<>();
        List<TransactionRequest> posts = new ArrayList<>();
        java.util.Set<Long> inBatch = new java.util.HashSet<>();
        java.util.Set<String> keysInBatch = new java.util.HashSet<>();
        List<Integer> oneByOne = new ArrayList<>();
        for (int i = 0; i < confirmations.size(); i++) {
            SettlementConfirmation confirmation = confirmations.get(i);
            Instruction in = instructions.get(confirmation.reference());
            String key = (confirmation.reversal() ? "RVSL:" : "CONF:") + confirmation.confirmationReference();
            if (in != null && (done.contains(key) || !keysInBatch.add(key))) {
                outcomes[i] = new ConfirmationOutcome(confirmation.reference(), in, true, List.of());
                continue;
            }
            boolean whole = in != null
                    && !confirmation.partial()
                    && !confirmation.reversal()
                    && !in.registrar()
                    && in.settledQuantity() == 0
                    && in.pendingTransaction() != null
                    && in.status().canMoveTo(InstructionStatus.SETTLED)
                    && inBatch.add(in.id());
            if (!whole) {
                // After the batch: a partial or a reversal may follow a whole settlement of the same batch.
                oneByOne.add(i);
                continue;
            }
            List<FieldError> errors = wholeSettlementErrors(in, confirmation);
            if (!errors.isEmpty()) {
                outcomes[i] = new ConfirmationOutcome(confirmation.reference(), null, false, errors);
                continue;
            }
            slots.add(i);
            settling.add(in);
            settlingBy.add(confirmation);
            posts.add(new PostPending(
                    DerivedIds.post(in.id(), in.sequence() + 1),
                    TransactionId.of(in.pendingTransaction()),
                    confirmation.settlementDate(),
                    List.of(),
                    memo(in, confirmation.confirmationReference())));
        }
        if (!settling.isEmpty()) {
            settleWhole(actor, settling, settlingBy, join(platform.ledger().submitAll(posts)), slots, outcomes);
        }
        for (int i : oneByOne) {
            outcomes[i] = one(actor, confirmations.get(i));
        }
        return List.of(outcomes);
    }

    private ConfirmationOutcome one(Actor actor, SettlementConfirmation confirmation) {
        try {
            return new ConfirmationOutcome(
                    confirmation.reference(), applyConfirmation(actor, confirmation), false, List.of());
        } catch (InvalidDocumentException e) {
            return new ConfirmationOutcome(confirmation.reference(), null, false, e.errors());
        } catch (IllegalStateException | IllegalArgumentException e) {
            return new ConfirmationOutcome(
                    confirmation.reference(), null, false, List.of(FieldError.parse(e.getMessage(), "confirmation")));
        }
    }

    private List<FieldError> wholeSettlementErrors(Instruction in, SettlementConfirmation confirmation) {
        List<FieldError> errors = new ArrayList<>();
        if (!confirmation.isin().equals(in.isin())) {
            errors.add(
                    new FieldError("isin", "must be the instruction's " + in.isin() + ", was " + confirmation.isin()));
        }
        if (confirmation.direction() != in.direction()) {
            errors.add(new FieldError(
                    "direction", "must be the instruction's " + in.direction() + ", was " + confirmation.direction()));
        }
        if (confirmation
                        .settledQuantity()
                        .compareTo(securities(in, in.quantity()).decimal())
                != 0) {
            errors.add(new FieldError(
                    "settledQuantity",
                    "a final confirmation settles the "
                            + securities(in, in.quantity()).plain() + " still to settle, was "
                            + confirmation.settledQuantity().toPlainString()));
        }
        if (in.dvp()
                && (confirmation.settledAmount() == null
                        || confirmation
                                        .settledAmount()
                                        .compareTo(
                                                money(in, in.settlementAmount()).decimal())
                                != 0)) {
            errors.add(new FieldError(
                    "settledAmount",
                    "the last settlement pays the "
                            + money(in, in.settlementAmount()).plain() + " still to settle, was "
                            + confirmation.settledAmount()));
        }
        return errors;
    }

    private void settleWhole(
            Actor actor,
            List<Instruction> settling,
            List<SettlementConfirmation> by,
            List<Outcome> results,
            List<Integer> slots,
            ConfirmationOutcome[] outcomes) {
        Instant now = platform.clock().instant();
        TransactionId firstEvent = platform.ids().reserve(settling.size());
        List<Instruction[]> changes = new ArrayList<>();
        List<InstructionEvent> events = new ArrayList<>();
        List<Object[]> settlements = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        for (int k = 0; k < settling.size(); k++) {
            Instruction in = settling.get(k);
            SettlementConfirmation confirmation = by.get(k);
            if (results.get(k) instanceof Outcome.Rejected rejected) {
                outcomes[slots.get(k)] = new ConfirmationOutcome(
                        in.reference(),
                        null,
                        false,
                        List.of(new FieldError(
                                "ledger",
                                "the settlement of " + in.reference() + " was refused: " + rejected.reason())));
                continue;
            }
            int sequence = in.sequence() + 1;
            Instruction after = in.withState(
                    InstructionStatus.SETTLED,
                    in.quantity(),
                    in.dvp() ? in.settlementAmount() : 0,
                    in.fees(),
                    null,
                    sequence,
                    in.cancelReason(),
                    in.cancelRequestedBy());
            changes.add(new Instruction[] {in, after});
            events.add(new InstructionEvent(
                    firstEvent.value() + ((long) k << 10),
                    in.id(),
                    now,
                    in.status(),
                    InstructionStatus.SETTLED,
                    null,
                    "settled " + in.quantity() + " " + in.isin(),
                    confirmation.confirmationReference(),
                    actor.username()));
            settlements.add(new Object[] {
                in.id(),
                sequence,
                confirmation.confirmationReference(),
                DerivedIds.post(in.id(), sequence).value(),
                in.quantity(),
                after.settledAmount(),
                in.fees(),
                confirmation.settlementDate().toString()
            });
            keys.add(new Object[] {clip("CONF:" + confirmation.confirmationReference()), in.id(), Micros.of(now)});
            outcomes[slots.get(k)] = new ConfirmationOutcome(in.reference(), after, false, List.of());
        }
        if (changes.isEmpty()) {
            return;
        }
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "SETTLED",
                "SettlementInstructions",
                changes.get(0)[0].reference()
                        + (changes.size() > 1 ? ".." + changes.get(changes.size() - 1)[0].reference() : ""),
                null,
                null,
                "{\"settled\":" + changes.size() + "}");
        platform.change(List.of(audit), c -> {
            InstructionRows.updateAll(c, changes);
            InstructionRows.insertEvents(c, events);
            batch(
                    c,
                    "INSERT INTO sec_instruction_settlements (instruction_id, sequence, confirmation_ref, tx_id,"
                            + " quantity, amount, fees, settled_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    settlements);
            batch(
                    c,
                    "INSERT INTO sec_instruction_messages (message_key, instruction_id, applied_at) VALUES (?, ?, ?)",
                    keys);
            List<Object[]> trades = new ArrayList<>();
            for (Instruction[] change : changes) {
                trades.add(new Object[] {
                    TradeStatus.SETTLED.name(),
                    change[0].tradeId(),
                    change[0].status().name()
                });
            }
            batch(c, "UPDATE sec_trades SET status = ? WHERE id = ? AND status = ?", trades);
            return null;
        });
    }

    private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static String clip(String key) {
        return key.length() > 120 ? key.substring(0, 120) : key;
    }

    private Map<String, Instruction> byReferences(List<String> references) {
        Map<String, Instruction> found = new HashMap<>();
        List<String> distinct =
                references.stream().filter(r -> r != null).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> part = distinct.subList(from, Math.min(distinct.size(), from + 500));
            Sql.query(
                            platform.ledger().readers(),
                            "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE reference IN ("
                                    + Sql.marks(part.size()) + ")",
                            InstructionRows::read,
                            part.toArray())
                    .forEach(in -> found.put(in.reference(), in));
        }
        return found;
    }

    private java.util.Set<String> processedKeys(List<String> keys) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> distinct = keys.stream().map(Settlement::clip).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> part = distinct.subList(from, Math.min(distinct.size(), from + 500));
            found.addAll(Sql.query(
                    platform.ledger().readers(),
                    "SELECT message_key FROM sec_instruction_messages WHERE message_key IN (" + Sql.marks(part.size())
                            + ")",
                    rs -> rs.getString(1),
                    part.toArray()));
        }
        return found;
    }
}
