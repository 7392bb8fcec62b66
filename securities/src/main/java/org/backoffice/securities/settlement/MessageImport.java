package org.backoffice.securities.settlement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.backoffice.ledger.Outcome;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.operation.Operations;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.message.Mt548Reader;
import org.backoffice.securities.message.Mt54xConfirmationReader;
import org.backoffice.securities.message.Sese024Reader;
import org.backoffice.securities.message.Sese025Reader;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.settlement.internal.MessageSniffer;

/**
 * The depository's messages in: status advices (MT548, sese.024) and settlement confirmations
 * (MT544-547, sese.025), read from a text and applied in chunks of {@value #CHUNK}, each message one
 * operation on the platform's path, many sharing a ledger batch. A message applied before (by its
 * reference) is not applied again, so a file imported twice, or again after an interruption, posts
 * everything once. A message that cannot be read or applied is reported and does not stop the others.
 */
public final class MessageImport {
    /** The chunk the pages, the API, the CLI and the benchmark all import in. */
    public static final int CHUNK = 1_000;

    private final InstructionSteps steps;
    private final InstructionQueries queries;
    private final StatusAdvices statuses;
    private final SettlementConfirmations confirmations;

    MessageImport(
            InstructionSteps steps,
            InstructionQueries queries,
            StatusAdvices statuses,
            SettlementConfirmations confirmations) {
        this.steps = steps;
        this.queries = queries;
        this.statuses = statuses;
        this.confirmations = confirmations;
    }

    /** A message read: its place in the text, its kind, and a status or a confirmation, or why it could not be read. */
    private record Read(int index, String kind, String reference, Object message, String error) {}

    /** A message handed to the ledger, waiting for its outcome. */
    private record InFlight(Read read, PreparedStep prepared, CompletableFuture<Outcome> outcome) {}

    public List<ImportedMessage> importMessages(Actor actor, String text) {
        requireWorker(actor);
        if (text == null || text.isBlank()) {
            throw InvalidDocumentException.of("text", "must hold at least one message");
        }
        List<String> messages = MessageSniffer.split(text);
        List<ImportedMessage> results = new ArrayList<>(messages.size());
        Pipeline pipeline = new Pipeline(actor, results::addAll);
        for (int from = 0; from < messages.size(); from += CHUNK) {
            pipeline.add(messages.subList(from, Math.min(messages.size(), from + CHUNK)), from);
        }
        pipeline.drain();
        return results;
    }

    /**
     * Reads a file of messages one after another and applies them in chunks of {@value #CHUNK}, as
     * {@link #importMessages} applies a text, without holding the whole file: each chunk's outcomes
     * go to {@code outcomes} as soon as its operations are committed. A chunk is read and prepared
     * while the one before is written.
     *
     * @return how many messages the file held
     * @throws java.io.UncheckedIOException when the file cannot be read (or is not UTF-8)
     */
    public long importFile(Actor actor, Path file, Consumer<List<ImportedMessage>> outcomes) {
        requireWorker(actor);
        long count = 0;
        Pipeline pipeline = new Pipeline(actor, outcomes);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> chunk = new ArrayList<>(CHUNK);
            StringBuilder message = new StringBuilder(1024);
            String line;
            boolean xml = false;
            while ((line = in.readLine()) != null) {
                if (count == 0 && chunk.isEmpty() && message.isEmpty() && line.isBlank()) {
                    continue;
                }
                xml |= message.isEmpty()
                        && chunk.isEmpty()
                        && line.stripLeading().startsWith("<");
                if (!xml && line.startsWith("{1:") && !message.toString().isBlank()) {
                    chunk.add(message.toString().strip());
                    message.setLength(0);
                    if (chunk.size() == CHUNK) {
                        pipeline.add(List.copyOf(chunk), (int) count);
                        count += chunk.size();
                        chunk.clear();
                    }
                }
                message.append(line).append('\n');
            }
            if (!message.toString().isBlank()) {
                chunk.add(message.toString().strip());
            }
            if (count == 0 && chunk.isEmpty()) {
                throw InvalidDocumentException.of("text", "must hold at least one message");
            }
            if (!chunk.isEmpty()) {
                pipeline.add(List.copyOf(chunk), (int) count);
                count += chunk.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("file: " + file + " cannot be read as UTF-8 text: " + e.getMessage(), e);
        } finally {
            pipeline.drain();
        }
        return count;
    }

    /**
     * Chunks of messages on their way to the ledger: one chunk in flight while the next is read and
     * prepared. A message of the next chunk that touches an instruction, or repeats a message, of the
     * chunk in flight waits for that chunk's outcomes first, so it is checked against what they left.
     */
    private final class Pipeline {
        private final Actor actor;
        private final Consumer<List<ImportedMessage>> outcomes;
        private Submitted inFlight;

        Pipeline(Actor actor, Consumer<List<ImportedMessage>> outcomes) {
            this.actor = actor;
            this.outcomes = outcomes;
        }

        void add(List<String> messages, int first) {
            Submitted next = submit(messages, first);
            drain();
            inFlight = next;
        }

        /** Waits for the chunk in flight and hands on its outcomes. */
        void drain() {
            if (inFlight != null) {
                Submitted done = inFlight;
                inFlight = null;
                outcomes.accept(done.complete());
            }
        }

        private boolean touchesInFlight(long instruction, String key) {
            return inFlight != null && (inFlight.instructions.contains(instruction) || inFlight.keys.contains(key));
        }

        private Submitted submit(List<String> messages, int first) {
            List<Read> reads = new ArrayList<>(messages.size());
            for (int i = 0; i < messages.size(); i++) {
                reads.add(read(first + i, messages.get(i)));
            }
            List<String> references = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Read r : reads) {
                if (r.error() == null) {
                    references.add(r.reference());
                    keys.add(key(r));
                }
            }
            Map<String, Instruction> current = new HashMap<>(queries.byReferences(references));
            Set<String> applied = new HashSet<>(queries.appliedKeys(keys));
            Submitted chunk = new Submitted(first, reads.size());
            for (int k = 0; k < reads.size(); k++) {
                Read r = reads.get(k);
                if (r.error() != null) {
                    chunk.results[k] = new ImportedMessage(r.index() + 1, r.kind(), r.reference(), r.error());
                    continue;
                }
                Instruction in = current.get(r.reference());
                String key = clip(key(r));
                if (in != null && touchesInFlight(in.id(), key)) {
                    // Read again what the chunk in flight may have changed, once it is written.
                    drain();
                    current.putAll(queries.byReferences(references));
                    applied.addAll(queries.appliedKeys(keys));
                    in = current.get(r.reference());
                }
                if (in == null || !actor.canSee(in.branch())) {
                    chunk.results[k] = failed(r, "reference: no instruction " + r.reference());
                    continue;
                }
                if (!applied.add(key)) {
                    // Applied before, or earlier in this text: nothing changes.
                    chunk.results[k] = new ImportedMessage(r.index() + 1, r.kind(), r.reference(), null);
                    continue;
                }
                if (chunk.instructions.contains(in.id())) {
                    // A later message of the same instruction waits for the earlier one's outcome.
                    chunk.flush();
                    current.putAll(queries.byReferences(List.of(r.reference())));
                    in = current.get(r.reference());
                }
                try {
                    PreparedStep prepared = r.message() instanceof SettlementStatus status
                            ? statuses.prepare(actor, in, status)
                            : confirmations.prepare(actor, in, (SettlementConfirmation) r.message());
                    CompletableFuture<Outcome> outcome = steps.platform
                            .operations()
                            .submit(actor, prepared.kind(), List.of(prepared.step()))
                            .get(0);
                    chunk.add(new InFlight(r, prepared, outcome), in.id(), key);
                } catch (RuntimeException e) {
                    applied.remove(key);
                    chunk.results[k] = failed(r, message(e));
                }
            }
            return chunk;
        }
    }

    /** A chunk whose operations are with the ledger: what it touches, and its outcomes as they come. */
    private static final class Submitted {
        private final int first;
        private final ImportedMessage[] results;
        private final List<InFlight> wave = new ArrayList<>();
        private final Set<Long> instructions = new HashSet<>();
        private final Set<String> keys = new HashSet<>();

        Submitted(int first, int size) {
            this.first = first;
            this.results = new ImportedMessage[size];
        }

        void add(InFlight message, long instruction, String key) {
            wave.add(message);
            instructions.add(instruction);
            keys.add(key);
        }

        /** Waits for the operations submitted so far; a later message of their instructions sees what they did. */
        void flush() {
            for (InFlight f : wave) {
                Read r = f.read();
                String error = null;
                try {
                    Outcome outcome = Operations.await(f.outcome());
                    if (outcome instanceof Outcome.Rejected rejected) {
                        error = InstructionSteps.refusal(
                                rejected,
                                f.prepared().what() + " of "
                                        + f.prepared().step().before().reference());
                    }
                } catch (RuntimeException e) {
                    error = message(e);
                }
                results[r.index() - first] = new ImportedMessage(r.index() + 1, r.kind(), r.reference(), error);
            }
            wave.clear();
            instructions.clear();
        }

        List<ImportedMessage> complete() {
            flush();
            return List.of(results);
        }
    }

    /** Applies one status advice as the import would; the same advice twice changes nothing. */
    public Instruction applyStatus(Actor actor, SettlementStatus status) {
        requireWorker(actor);
        Instruction in = queries.byReference(actor, status.reference());
        if (!queries.appliedKeys(List.of(clip(StatusAdvices.key(status)))).isEmpty()) {
            return in;
        }
        PreparedStep prepared = statuses.prepare(actor, in, status);
        steps.record(actor, prepared.kind(), prepared.step(), prepared.what());
        return queries.find(in.id()).orElseThrow();
    }

    /** Applies one confirmation as the import would; the same confirmation twice changes nothing. */
    public Instruction applyConfirmation(Actor actor, SettlementConfirmation confirmation) {
        requireWorker(actor);
        Instruction in = queries.byReference(actor, confirmation.reference());
        if (!queries.appliedKeys(List.of(clip(SettlementConfirmations.key(confirmation))))
                .isEmpty()) {
            return in;
        }
        PreparedStep prepared = confirmations.prepare(actor, in, confirmation);
        steps.record(actor, prepared.kind(), prepared.step(), prepared.what());
        return queries.find(in.id()).orElseThrow();
    }

    private void requireWorker(Actor actor) {
        steps.platform.profile().permissions().require(actor, SettlementKinds.STATUS_ADVICE, Action.CREATE);
    }

    private static Read read(int index, String message) {
        String kind = MessageSniffer.kind(message);
        try {
            return switch (kind) {
                case "MT548" -> status(index, kind, Mt548Reader.read(message));
                case "sese.024" -> status(index, kind, Sese024Reader.read(message));
                case "MT544", "MT545", "MT546", "MT547" ->
                    confirmation(index, kind, Mt54xConfirmationReader.read(message));
                case "sese.025" -> confirmation(index, kind, Sese025Reader.read(message));
                default ->
                    new Read(
                            index,
                            kind,
                            null,
                            null,
                            "text: message " + (index + 1) + " is " + kind
                                    + ", not a status or confirmation this import reads");
            };
        } catch (RuntimeException e) {
            return new Read(index, kind, null, null, message(e));
        }
    }

    private static Read status(int index, String kind, SettlementStatus status) {
        return new Read(index, kind, status.reference(), status, null);
    }

    private static Read confirmation(int index, String kind, SettlementConfirmation confirmation) {
        return new Read(index, kind, confirmation.reference(), confirmation, null);
    }

    private static String key(Read r) {
        return r.message() instanceof SettlementStatus status
                ? StatusAdvices.key(status)
                : SettlementConfirmations.key((SettlementConfirmation) r.message());
    }

    private static ImportedMessage failed(Read r, String error) {
        return new ImportedMessage(r.index() + 1, r.kind(), r.reference(), error);
    }

    private static String message(RuntimeException e) {
        return e.getMessage();
    }

    private static String clip(String key) {
        return key.length() > 120 ? key.substring(0, 120) : key;
    }
}
