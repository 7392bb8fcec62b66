package org.backoffice.securities.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.message.SettlementInstructionMessage;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instruments;

/**
 * Settlement of trades, as the pages, the API and the CLI reach it: {@link Instructing} (an
 * instruction per trade, reserving both legs), {@link MessageImport} (the depository's statuses and
 * confirmations: {@link StatusAdvices}, {@link SettlementConfirmations}, {@link PartialSettlement},
 * {@link SettlementReversal}), {@link InstructionCancellation} (maker-checker), {@link
 * RegistrarSettlement}, {@link FailMarking} and {@link InstructionQueries}. Every step is an operation
 * or a document on the platform's path ({@link SettlementKinds}): its ledger movements and its rows
 * commit together.
 */
public final class Settlement {
    private final InstructionQueries queries;
    private final Instructing instructing;
    private final MessageImport messages;
    private final InstructionCancellation cancellation;
    private final FailMarking fails;
    private final OutgoingMessages outgoing;

    public Settlement(
            Platform platform,
            SecuritiesSettings settings,
            Instruments instruments,
            Counterparties counterparties,
            DepoAccounts depoAccounts,
            Books books) {
        SettlementKinds.register(platform.operations());
        InstructionSteps steps = new InstructionSteps(platform, settings, depoAccounts, books);
        this.queries = new InstructionQueries(platform.ledger().readers());
        this.instructing = new Instructing(steps, instruments, counterparties);
        this.messages = new MessageImport(
                steps,
                queries,
                new StatusAdvices(steps),
                new SettlementConfirmations(steps, new PartialSettlement(steps), new SettlementReversal(steps)));
        this.cancellation = new InstructionCancellation(steps, queries);
        this.fails = new FailMarking(steps);
        this.outgoing = new OutgoingMessages(platform, settings, instruments, queries);
    }

    public Instructing instructing() {
        return instructing;
    }

    public MessageImport messageImport() {
        return messages;
    }

    public InstructionCancellation cancellation() {
        return cancellation;
    }

    public InstructionQueries queries() {
        return queries;
    }

    // ---------------------------------------------------------------- instruction

    /** @see Instructing#instruct */
    public InstructOutcome instruct(Actor actor, long tradeId) {
        return instructing.instruct(actor, tradeId);
    }

    /** @see Instructing#instructAll */
    public List<InstructOutcome> instructAll(Actor actor, List<Long> tradeIds) {
        return instructing.instructAll(actor, tradeIds);
    }

    /**
     * The instruction as sent to the place of settlement: MT540-543 or sese.023; for a cancelled
     * instruction the cancellation (CANC) linked to it.
     */
    public String message(long instructionId, Format format) {
        return outgoing.message(instructionId, format);
    }

    public SettlementInstructionMessage instructionMessage(Instruction in) {
        return outgoing.instructionMessage(in);
    }

    // ---------------------------------------------------------------- messages in

    /** @see MessageImport#importMessages */
    public List<ImportedMessage> importMessages(Actor actor, String text) {
        return messages.importMessages(actor, text);
    }

    /** @see MessageImport#applyStatus */
    public Instruction applyStatus(Actor actor, SettlementStatus status) {
        return messages.applyStatus(actor, status);
    }

    /** @see MessageImport#applyConfirmation */
    public Instruction applyConfirmation(Actor actor, SettlementConfirmation confirmation) {
        return messages.applyConfirmation(actor, confirmation);
    }

    // ---------------------------------------------------------------- cancellation

    /** @see InstructionCancellation#request */
    public Instruction cancel(Actor actor, long instructionId, String reason) {
        return cancellation.request(actor, instructionId, reason);
    }

    /** @see InstructionCancellation#approve */
    public Instruction approveCancel(Actor checker, long instructionId) {
        return cancellation.approve(checker, instructionId);
    }

    // ---------------------------------------------------------------- fails

    /**
     * Marks matched or pending instructions whose intended settlement date is before {@code today}
     * as failing.
     *
     * @return how many became failing
     */
    public int markFails(LocalDate today) {
        return fails.markFails(today);
    }

    // ---------------------------------------------------------------- queries

    public Optional<Instruction> find(long id) {
        return queries.find(id).map(cancellation::withRequest);
    }

    public Optional<Instruction> findByReference(String reference) {
        return queries.findByReference(reference).map(cancellation::withRequest);
    }

    public Optional<Instruction> findByTrade(long tradeId) {
        return queries.findByTrade(tradeId).map(cancellation::withRequest);
    }

    /** The instruction, if the actor may see its branch; else as if it did not exist. */
    public Instruction visible(Actor actor, long id) {
        return cancellation.withRequest(queries.visible(actor, id));
    }

    public Page<Instruction> list(Actor actor, InstructionFilter filter) {
        return queries.list(actor, filter);
    }

    /** The instruction's status events, the first first. */
    public List<InstructionEvent> events(Actor actor, long instructionId) {
        return queries.events(actor, instructionId);
    }
}
