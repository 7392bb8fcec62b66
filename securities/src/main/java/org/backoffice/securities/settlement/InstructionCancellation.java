package org.backoffice.securities.settlement;

import java.util.Optional;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.security.Actor;

/**
 * Cancelling an instruction through the platform's maker-checker: an operator asks (an {@code
 * InstructionCancellation} document, submitted), a controller other than the maker approves, and
 * the document's posting releases the reservation while the instruction and its trade become
 * {@code CANCELLED} in the same transaction. The request waiting for approval shows on the
 * instruction as who asked and why.
 */
public final class InstructionCancellation {
    private static final Actor READER = Actor.system("securities");

    private final InstructionSteps steps;
    private final InstructionQueries queries;

    InstructionCancellation(InstructionSteps steps, InstructionQueries queries) {
        this.steps = steps;
        this.queries = queries;
    }

    /** A maker asks to cancel an instruction not settled in any part. */
    public Instruction request(Actor actor, long instructionId, String reason) {
        Instruction in = queries.visible(actor, instructionId);
        if (reason == null || reason.isBlank()) {
            throw InvalidDocumentException.of("reason", "must be given for a cancellation");
        }
        if (!in.status().cancellable()) {
            throw new IllegalStateException("status: an instruction " + in.status() + " cannot be cancelled");
        }
        if (waiting(in).isPresent()) {
            throw new IllegalStateException(
                    "status: a cancellation of " + in.reference() + " waits for approval already");
        }
        CancellationRequest body = new CancellationRequest(
                in.id(),
                in.reference(),
                in.currency(),
                in.pendingTransaction(),
                reason == null ? null : reason.strip());
        steps.platform
                .documents()
                .create(
                        actor,
                        new NewDocument(InstructionCancellationKind.TYPE, in.branch(), steps.today(), body),
                        true,
                        null);
        return withRequest(queries.find(in.id()).orElseThrow());
    }

    /** A controller, not the maker, approves: the reservation is released and the instruction cancelled. */
    public Instruction approve(Actor checker, long instructionId) {
        Instruction in = queries.visible(checker, instructionId);
        Document request = waiting(in)
                .orElseThrow(() -> new IllegalStateException(
                        "status: no cancellation of " + in.reference() + " waits for approval"));
        steps.platform.documents().approve(checker, request.id(), null);
        return queries.find(in.id()).orElseThrow();
    }

    /** The instruction with the cancellation waiting for approval, if any, as who asked and why. */
    public Instruction withRequest(Instruction in) {
        if (in.cancelRequestedBy() != null || !in.status().cancellable()) {
            return in;
        }
        return waiting(in)
                .map(d -> in.withState(
                        in.status(),
                        in.settledQuantity(),
                        in.settledAmount(),
                        in.settledFees(),
                        in.pendingTransaction(),
                        in.sequence(),
                        d.body(CancellationRequest.class).reason(),
                        d.maker()))
                .orElse(in);
    }

    /** The submitted cancellation of this instruction, if one waits. */
    public Optional<Document> waiting(Instruction in) {
        DocumentQuery query = new DocumentQuery(
                InstructionCancellationKind.TYPE,
                DocumentStatus.SUBMITTED,
                in.branch(),
                null,
                null,
                null,
                null,
                null,
                0,
                DocumentQuery.MAX_SIZE);
        return steps.platform.documents().list(READER, query).items().stream()
                .filter(d -> d.body(CancellationRequest.class).instructionId() == in.id())
                .findFirst();
    }
}
