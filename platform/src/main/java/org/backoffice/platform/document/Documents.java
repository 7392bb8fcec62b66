package org.backoffice.platform.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.internal.DocumentChange;
import org.backoffice.platform.document.internal.DocumentRows;
import org.backoffice.platform.document.internal.DocumentStore;
import org.backoffice.platform.operation.internal.Submitted;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Permissions;

/**
 * The document lifecycle: draft, submit, approve or reject, post, reverse. Every rule is checked
 * here, whoever calls: permissions per type and action, branch scoping, maker-checker.
 */
public final class Documents {
    private final Ledger ledger;
    private final DocumentRows rows;
    private final DocumentStore store;
    private final DocumentKinds kinds;
    private final Map<String, ApprovalPolicy> policies;
    private final Permissions permissions;
    private final PostingContext context;
    private final Clock clock;
    private final TransactionIds ids;
    /** Requests with an idempotency key that are being processed here: a duplicate waits for the first to end. */
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    public Documents(
            Ledger ledger,
            DocumentRows rows,
            DocumentStore store,
            DocumentKinds kinds,
            Map<String, ApprovalPolicy> policies,
            Permissions permissions,
            PostingContext context,
            Clock clock,
            TransactionIds ids) {
        this.ledger = ledger;
        this.rows = rows;
        this.store = store;
        this.kinds = kinds;
        this.policies = Map.copyOf(policies);
        this.permissions = permissions;
        this.context = context;
        this.clock = clock;
        this.ids = ids;
    }

    public List<String> types() {
        return kinds.types();
    }

    public Optional<ApprovalPolicy> policy(String type) {
        return Optional.ofNullable(policies.get(type));
    }

    /**
     * Creates a document as a draft, or submits it at once. Submitted below its policy's threshold,
     * it posts; at or above it, it waits for approval.
     */
    public DocumentResult create(Actor actor, NewDocument request, boolean submit, IdempotencyKey key) {
        DocumentKind<?> kind = kinds.kind(request.type());
        permissions.require(actor, request.type(), Action.CREATE);
        actor.requireBranch(request.branch());
        if (key == null) {
            return createNow(actor, kind, request, submit, null);
        }
        // An earlier request with this key is found by the commit companion, in the batch's
        // transaction, so the common case (a new key) costs no extra read.
        String slot = key.principal() + '\n' + key.key();
        boolean waited = false;
        while (true) {
            if (waited) {
                Optional<DocumentResult> earlier = replay(key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> first = inFlight.putIfAbsent(slot, mine);
            if (first != null) {
                // However the first ends, look again: its document, or (refused, it kept no key) a try of our own.
                first.join();
                waited = true;
                continue;
            }
            try {
                return createNow(actor, kind, request, submit, key);
            } finally {
                inFlight.remove(slot);
                mine.complete(null);
            }
        }
    }

    /**
     * Checks a document as {@link #create} would and stores nothing: the actor's permission and
     * branch, and every rule of its body. What only the ledger knows (balance limits, closed
     * periods) is checked when the document posts.
     *
     * @throws InvalidDocumentException listing every broken rule
     * @throws SecurityException when the actor may not create it
     */
    public void check(Actor actor, NewDocument request) {
        DocumentKind<?> kind = kinds.kind(request.type());
        permissions.require(actor, request.type(), Action.CREATE);
        actor.requireBranch(request.branch());
        checkBody(kind, request);
    }

    private <B extends DocumentBody> void checkBody(DocumentKind<B> kind, NewDocument request) {
        validate(kind, request.branch(), bodyOf(kind, request.body()));
    }

    private Optional<DocumentResult> replay(IdempotencyKey key) {
        return store.findKey(key.principal(), key.key()).map(found -> {
            if (!found.requestHash().equals(key.requestHash())) {
                throw InvalidDocumentException.of("Idempotency-Key", "was used before with a different request");
            }
            Document document = store.find(found.document())
                    .orElseThrow(() -> new IllegalStateException("document of an idempotency key is missing"));
            return new DocumentResult(document, true);
        });
    }

    private <B extends DocumentBody> DocumentResult createNow(
            Actor actor, DocumentKind<B> kind, NewDocument request, boolean submit, IdempotencyKey key) {
        return finish(prepare(actor, kind, request, submit, key));
    }

    /**
     * Creates many documents as one import: each is checked as {@link #create} checks it, the valid
     * ones go to the ledger together (many per batch, each whole or not at all), and each gets its
     * own answer, in order: the document, or why it was refused.
     *
     * @param keys one idempotency key per request (null entries, or a null list, for none)
     * @throws SecurityException when the actor may not create one of the types or branches; nothing is created then
     */
    public List<Created> createAll(Actor actor, List<NewDocument> requests, boolean submit, List<IdempotencyKey> keys) {
        if (keys != null && keys.size() != requests.size()) {
            throw new IllegalArgumentException("keys: one per request, or none");
        }
        for (NewDocument request : requests) {
            kinds.kind(request.type());
            permissions.require(actor, request.type(), Action.CREATE);
            actor.requireBranch(request.branch());
        }
        List<Object> prepared = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            NewDocument request = requests.get(i);
            try {
                prepared.add(
                        prepare(actor, kinds.kind(request.type()), request, submit, keys == null ? null : keys.get(i)));
            } catch (InvalidDocumentException e) {
                prepared.add(e);
            }
        }
        List<Created> created = new ArrayList<>(requests.size());
        for (Object p : prepared) {
            if (p instanceof InvalidDocumentException refused) {
                created.add(new Created(null, refused));
                continue;
            }
            try {
                created.add(new Created(finish((Pending) p), null));
            } catch (InvalidDocumentException refused) {
                created.add(new Created(null, refused));
            }
        }
        return created;
    }

    /** One document of {@link #createAll}: made (or found made before, with its key), or refused with its field errors. */
    public record Created(DocumentResult result, InvalidDocumentException refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    /** A new document in the ledger's hands. */
    private record Pending(
            DocumentKind<?> kind,
            Document document,
            DocumentChange.Created change,
            IdempotencyKey key,
            CompletableFuture<Outcome> outcome) {}

    private <B extends DocumentBody> Pending prepare(
            Actor actor, DocumentKind<B> kind, NewDocument request, boolean submit, IdempotencyKey key) {
        B body = bodyOf(kind, request.body());
        validate(kind, request.branch(), body);
        DocumentStatus status = DocumentStatus.DRAFT;
        boolean posts = false;
        if (submit) {
            posts = !needsApproval(kind, body);
            status = posts ? DocumentStatus.POSTED : DocumentStatus.SUBMITTED;
        }
        var now = now();
        Document document = new Document(
                new DocumentId(ids.next().value()),
                kind.type(),
                null,
                request.branch(),
                request.date(),
                status,
                actor.username(),
                null,
                1,
                kind.asset(body),
                kind.amount(body),
                body,
                posts ? "posted on submission: below the approval threshold" : null,
                now,
                now);
        String action = submit ? "SUBMIT" : "CREATE";
        DocumentChange.Created change = new DocumentChange.Created(document, actor.username(), action, key, submit);
        CompletableFuture<Outcome> outcome = commit(
                posts ? kind.postings(document, body, context) : List.of(),
                document.id().transactionId(),
                change);
        return new Pending(kind, document, change, key, outcome);
    }

    private DocumentResult finish(Pending pending) {
        Outcome outcome = await(pending.outcome());
        if (outcome instanceof Outcome.Rejected rejected) {
            if (pending.key() != null && rejected.reason() == RejectionReason.PRECONDITION_FAILED) {
                return replay(pending.key()).orElseThrow(() -> refused(pending.kind(), rejected));
            }
            throw refused(pending.kind(), rejected);
        }
        return new DocumentResult(withNumber(pending.document(), pending.change()), false);
    }

    /** Replaces a draft's date and body; only its maker may, and only at the version they saw. */
    public Document update(Actor actor, DocumentId id, int expectedVersion, LocalDate date, DocumentBody newBody) {
        Document current = visible(actor, id);
        requireMaker(actor, current);
        requireVersion(current, expectedVersion);
        if (!current.status().editable()) {
            throw new IllegalStateException("status: a " + current.status() + " document cannot be edited");
        }
        if (date == null) {
            throw InvalidDocumentException.of("date", "must be given");
        }
        return updateNow(actor, kinds.kind(current.type()), current, date, newBody);
    }

    private <B extends DocumentBody> Document updateNow(
            Actor actor, DocumentKind<B> kind, Document current, LocalDate date, DocumentBody newBody) {
        B body = bodyOf(kind, newBody);
        validate(kind, current.branch(), body);
        Document after = new Document(
                current.id(),
                current.type(),
                current.number(),
                current.branch(),
                date,
                DocumentStatus.DRAFT,
                current.maker(),
                null,
                current.version() + 1,
                kind.asset(body),
                kind.amount(body),
                body,
                null,
                current.createdAt(),
                now());
        return transition(current, after, actor, "UPDATE", false, List.of(), null);
    }

    /** Submits a draft: it posts below the threshold, otherwise it waits for approval. */
    public Document submit(Actor actor, DocumentId id, int expectedVersion) {
        Document current = visible(actor, id);
        requireMaker(actor, current);
        requireVersion(current, expectedVersion);
        if (!current.status().editable()) {
            throw new IllegalStateException("status: a " + current.status() + " document cannot be submitted");
        }
        return submitNow(actor, kinds.kind(current.type()), current);
    }

    private <B extends DocumentBody> Document submitNow(Actor actor, DocumentKind<B> kind, Document current) {
        B body = bodyOf(kind, current.body());
        validate(kind, current.branch(), body);
        boolean posts = !needsApproval(kind, body);
        Document after = moved(
                current,
                posts ? DocumentStatus.POSTED : DocumentStatus.SUBMITTED,
                null,
                posts ? "posted on submission: below the approval threshold" : null);
        List<TransactionRequest> postings = posts ? kind.postings(after, body, context) : List.of();
        return transition(current, after, actor, "SUBMIT", current.number() == null, postings, null);
    }

    /** A second user approves: the document posts. The maker can never approve their own document. */
    public Document approve(Actor actor, DocumentId id, String comment) {
        Document current = awaitingDecision(actor, id);
        return approveNow(actor, kinds.kind(current.type()), current, comment);
    }

    private <B extends DocumentBody> Document approveNow(
            Actor actor, DocumentKind<B> kind, Document current, String comment) {
        B body = bodyOf(kind, current.body());
        Document after = moved(current, DocumentStatus.POSTED, actor.username(), trimmed(comment));
        return transition(current, after, actor, "APPROVE", false, kind.postings(after, body, context), null);
    }

    /** A second user sends the document back to its maker, saying why. */
    public Document reject(Actor actor, DocumentId id, String comment) {
        Document current = awaitingDecision(actor, id);
        String reason = trimmed(comment);
        if (reason == null) {
            throw InvalidDocumentException.of("comment", "must say why the document is rejected");
        }
        return transition(
                current,
                moved(current, DocumentStatus.REJECTED, actor.username(), reason),
                actor,
                "REJECT",
                false,
                List.of(),
                null);
    }

    /** Reverses a posted document: the ledger gets a reversal that references the original. */
    public Document reverse(Actor actor, DocumentId id, String reason) {
        Document current = visible(actor, id);
        permissions.require(actor, current.type(), Action.REVERSE);
        if (current.status() != DocumentStatus.POSTED) {
            throw new IllegalStateException(
                    "status: only a POSTED document can be reversed, this one is " + current.status());
        }
        String why = trimmed(reason);
        if (why == null) {
            throw InvalidDocumentException.of("comment", "must say why the document is reversed");
        }
        // Every transaction the document posted is reversed, the last first, all or none.
        List<Long> posted = store.transactions(current.id());
        long reversalId = ids.next().value();
        List<TransactionRequest> reversals = new ArrayList<>(posted.size());
        for (int i = posted.size() - 1; i >= 0; i--) {
            reversals.add(new Reversal(
                    reversals.isEmpty() ? org.backoffice.ledger.TransactionId.of(reversalId) : ids.next(),
                    org.backoffice.ledger.TransactionId.of(posted.get(i)),
                    LocalDate.now(clock),
                    org.backoffice.ledger.Memo.reference(current.type() + ":" + current.id() + ":reversal")));
        }
        Document after = moved(current, DocumentStatus.REVERSED, current.approver(), why);
        return transition(current, after, actor, "REVERSE", false, reversals, reversalId);
    }

    public Optional<Document> find(Actor actor, DocumentId id) {
        return store.find(id).filter(d -> actor.canSee(d.branch()) && permissions.allows(actor, d.type(), Action.VIEW));
    }

    public Page<Document> list(Actor actor, DocumentQuery query) {
        Set<String> viewable = new HashSet<>();
        for (String type : kinds.types()) {
            if (permissions.allows(actor, type, Action.VIEW)) {
                viewable.add(type);
            }
        }
        if (query.branch() != null && !query.branch().isBlank() && !actor.canSee(query.branch())) {
            return new Page<>(List.of(), query.page(), query.size(), 0);
        }
        return store.list(actor, query, viewable);
    }

    /**
     * How many documents rest in each status, every status named (zero when none), over all branches and
     * types: for operational metrics, not for users, so it takes no actor.
     */
    public Map<DocumentStatus, Long> countByStatus() {
        Map<DocumentStatus, Long> counts = new java.util.EnumMap<>(DocumentStatus.class);
        for (DocumentStatus status : DocumentStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(store.countByStatus());
        return counts;
    }

    /** The approvals inbox: submitted documents of others that this actor may approve. */
    public Page<Document> awaitingApproval(Actor actor, int page, int size) {
        Set<String> approvable = new HashSet<>();
        for (String type : kinds.types()) {
            if (permissions.allows(actor, type, Action.APPROVE)) {
                approvable.add(type);
            }
        }
        if (approvable.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        DocumentQuery query =
                new DocumentQuery(null, DocumentStatus.SUBMITTED, null, null, null, null, null, "created", page, size);
        Page<Document> submitted = store.list(actor, query, approvable);
        List<Document> others = submitted.items().stream()
                .filter(d -> !d.maker().equals(actor.username()))
                .toList();
        return new Page<>(
                others, page, size, submitted.total() - (submitted.items().size() - others.size()));
    }

    private Document awaitingDecision(Actor actor, DocumentId id) {
        Document current = visible(actor, id);
        permissions.require(actor, current.type(), Action.APPROVE);
        ApprovalPolicy policy = policies.get(current.type());
        if (policy != null && actor.roles().stream().noneMatch(policy.approverRoles()::contains)) {
            throw new SecurityException(actor.username() + " has none of the approver roles " + policy.approverRoles());
        }
        if (current.maker().equals(actor.username())) {
            throw new SecurityException("the maker cannot approve or reject their own document");
        }
        if (current.status() != DocumentStatus.SUBMITTED) {
            throw new IllegalStateException(
                    "status: only a SUBMITTED document awaits a decision, this one is " + current.status());
        }
        return current;
    }

    private Document transition(
            Document before,
            Document after,
            Actor actor,
            String action,
            boolean numbered,
            List<TransactionRequest> postings,
            Long reversalId) {
        DocumentChange.Transition change =
                new DocumentChange.Transition(before, after, actor.username(), action, numbered, reversalId);
        Outcome outcome = await(commit(postings, ids.next(), change));
        if (outcome instanceof Outcome.Rejected rejected) {
            if (rejected.reason() == RejectionReason.PRECONDITION_FAILED
                    && rejected.detail().startsWith("version:")) {
                throw new IllegalStateException(rejected.detail());
            }
            throw refused(kinds.kind(after.type()), rejected);
        }
        return withNumber(after, change);
    }

    /** Hands a change to the ledger with what it posts (linked when several), or alone under {@code id}. */
    private CompletableFuture<Outcome> commit(
            List<TransactionRequest> postings, org.backoffice.ledger.TransactionId id, DocumentChange change) {
        Submitted<DocumentChange> attachment =
                // Linked postings beyond the first are recorded as the document's operations, so
                // that the check finds each of them made by the document.
                new Submitted<>(
                        rows,
                        change,
                        change.actor(),
                        change.after().branch(),
                        postings.size() > 1 ? List.copyOf(postings) : List.of());
        return switch (postings.size()) {
            case 0 -> ledger.record(id, attachment);
            case 1 -> ledger.submit(postings.get(0), attachment);
            default -> ledger.submitLinked(postings, attachment);
        };
    }

    private Document moved(Document current, DocumentStatus status, String approver, String comment) {
        return new Document(
                current.id(),
                current.type(),
                current.number(),
                current.branch(),
                current.date(),
                status,
                current.maker(),
                approver,
                current.version() + 1,
                current.asset(),
                current.amount(),
                current.body(),
                comment,
                current.createdAt(),
                now());
    }

    private static Document withNumber(Document d, DocumentChange change) {
        if (change.number() == null) {
            return d;
        }
        return new Document(
                d.id(),
                d.type(),
                change.number(),
                d.branch(),
                d.date(),
                d.status(),
                d.maker(),
                d.approver(),
                d.version(),
                d.asset(),
                d.amount(),
                d.body(),
                d.comment(),
                d.createdAt(),
                d.updatedAt());
    }

    private Document visible(Actor actor, DocumentId id) {
        return find(actor, id).orElseThrow(() -> new NoSuchElementException("document " + id + " not found"));
    }

    private static void requireMaker(Actor actor, Document document) {
        if (!document.maker().equals(actor.username())) {
            throw new SecurityException("only the maker, " + document.maker() + ", may change or submit this document");
        }
    }

    private static void requireVersion(Document document, int expectedVersion) {
        if (document.version() != expectedVersion) {
            throw new IllegalStateException("version: the document is at version " + document.version() + ", not "
                    + expectedVersion + "; reload it");
        }
    }

    private <B extends DocumentBody> boolean needsApproval(DocumentKind<B> kind, B body) {
        ApprovalPolicy policy = policies.get(kind.type());
        if (policy == null) {
            return false;
        }
        int scale = context.asset(kind.asset(body))
                .orElseThrow(() -> InvalidDocumentException.of("asset", "is not defined"))
                .scale();
        return policy.needsApproval(kind.amount(body), scale);
    }

    private <B extends DocumentBody> void validate(DocumentKind<B> kind, String branch, B body) {
        List<FieldError> errors = kind.validate(branch, body, context);
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
    }

    private static <B extends DocumentBody> B bodyOf(DocumentKind<B> kind, DocumentBody body) {
        if (!kind.bodyClass().isInstance(body)) {
            throw InvalidDocumentException.of("body", "is not a " + kind.type());
        }
        return kind.bodyClass().cast(body);
    }

    /** Now, as precisely as the documents table keeps it, so that a document as returned equals it as stored. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String trimmed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 1000) {
            throw InvalidDocumentException.of("comment", "must be at most 1000 characters");
        }
        return text.strip();
    }

    private static InvalidDocumentException refused(DocumentKind<?> kind, Outcome.Rejected rejected) {
        if (rejected.reason() == RejectionReason.PRECONDITION_FAILED) {
            // The companion's refusals read "field: rule": a used key, or a rule of the type's own rows.
            return new InvalidDocumentException(List.of(FieldError.parse(rejected.detail(), "document")));
        }
        return InvalidDocumentException.of(
                kind.rejectedField(rejected.reason()),
                "the ledger refused the posting: " + rejected.reason() + " (" + rejected.detail() + ")");
    }

    private static Outcome await(CompletableFuture<Outcome> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
