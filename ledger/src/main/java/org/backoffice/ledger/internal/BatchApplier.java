package org.backoffice.ledger.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Outcome.Accepted;
import org.backoffice.ledger.Outcome.Rejected;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.internal.StoredTransaction.StoredPosting;

/**
 * Applies a batch of requests, one by one, to balances read under lock. Pure: no I/O. Each request
 * is accepted whole or rejected with a reason, leaving the balances as they were; the accepted ones
 * leave rows to insert and dirty balances to write back.
 */
public final class BatchApplier {
    private final Map<Long, AccountState> accounts;
    private final Map<Long, StoredTransaction> existing;
    private final Map<Long, StoredTransaction> referenced;
    private final Set<Long> resolvedPendings;
    private final Set<Long> reversedOriginals;
    private final int closedThrough;
    private final LongSupplier clockMicros;
    private long lastBookedAt;

    private final List<TransactionRow> transactionRows = new ArrayList<>();
    private final List<PostingRow> postingRows = new ArrayList<>();
    private final Undo undo = new Undo();
    /** While a linked chain is applied: what its steps changed, to put back if a later step is rejected. */
    private ChainJournal chain;

    /**
     * @param accounts every account the batch may touch, read under lock
     * @param existing transactions already stored under one of the batch's request ids
     * @param referenced pending transfers and originals the batch's requests refer to
     * @param resolvedPendings which of the referenced pending transfers are already resolved
     * @param reversedOriginals which of the referenced originals are already reversed
     * @param closedThrough the last day of the last closed period as yyyymmdd, 0 if none
     * @param bookingFloor booking times this batch assigns are greater than this
     */
    public BatchApplier(
            Map<Long, AccountState> accounts,
            Map<Long, StoredTransaction> existing,
            Map<Long, StoredTransaction> referenced,
            Set<Long> resolvedPendings,
            Set<Long> reversedOriginals,
            int closedThrough,
            long bookingFloor,
            LongSupplier clockMicros) {
        this.accounts = accounts;
        this.existing = new HashMap<>(existing);
        this.referenced = new HashMap<>(referenced);
        this.resolvedPendings = new HashSet<>(resolvedPendings);
        this.reversedOriginals = new HashSet<>(reversedOriginals);
        this.closedThrough = closedThrough;
        this.clockMicros = clockMicros;
        long floor = bookingFloor;
        for (AccountState account : accounts.values()) {
            floor = Math.max(floor, account.lastBookedAt);
        }
        this.lastBookedAt = floor;
    }

    public List<TransactionRow> transactionRows() {
        return transactionRows;
    }

    public List<PostingRow> postingRows() {
        return postingRows;
    }

    public long lastBookedAt() {
        return lastBookedAt;
    }

    /** Accounts whose balance this batch changed, to be written back once each. */
    public List<AccountState> dirtyAccounts() {
        List<AccountState> dirty = new ArrayList<>();
        for (AccountState account : accounts.values()) {
            if (account.dirty) {
                dirty.add(account);
            }
        }
        return dirty;
    }

    public Outcome apply(TransactionRequest request) {
        long hash = ContentHash.of(request);
        StoredTransaction earlier = existing.get(request.id().value());
        if (earlier != null) {
            return earlier.contentHash() == hash
                    ? new Accepted(request.id(), Dates.toInstant(earlier.bookedAt()), true)
                    : reject(request.id(), RejectionReason.ID_REUSED_WITH_OTHER_CONTENT, "transaction " + request.id());
        }
        int valueDate = Dates.toInt(request.valueDate());
        if (valueDate <= closedThrough) {
            return reject(
                    request.id(),
                    RejectionReason.PERIOD_CLOSED,
                    "valueDate " + request.valueDate() + " is in a period closed through "
                            + Dates.toDate(closedThrough));
        }
        int firstPosting = postingRows.size();
        Outcome outcome = switch (request) {
            case Transfer t -> transfer(t, valueDate, hash);
            case PostPending p -> postPending(p, valueDate, hash);
            case VoidPending v ->
                release(v.id(), v.pendingId().value(), TransactionKind.VOID_PENDING, valueDate, hash, request);
            case Reversal r -> reversal(r, valueDate, hash);
        };
        if (outcome instanceof Accepted accepted) {
            put(
                    existing,
                    request.id().value(),
                    new StoredTransaction(
                            request.id().value(), null, hash, Dates.toMicros(accepted.bookedAt()), 0, List.of()));
            rememberForLaterRequests(transactionRows.getLast(), postingRows.subList(firstPosting, postingRows.size()));
        }
        return outcome;
    }

    /**
     * Lets the batch's later requests refer to a transaction it accepted (a post or void of a pending
     * transfer, a reversal) as if it had been committed in an earlier batch, so that an outcome never
     * depends on how requests happen to be batched.
     */
    private void rememberForLaterRequests(TransactionRow row, List<PostingRow> rows) {
        List<StoredPosting> postings = new ArrayList<>(rows.size());
        for (PostingRow p : rows) {
            postings.add(new StoredPosting(p.debitAccount(), p.creditAccount(), p.amount()));
        }
        put(
                referenced,
                row.id(),
                new StoredTransaction(
                        row.id(),
                        TransactionKind.ofCode(row.kind()),
                        row.contentHash(),
                        row.bookedAt(),
                        row.expiresAt(),
                        postings));
    }

    /**
     * Applies linked requests as one: every step is accepted or the chain is rejected with the first
     * step's rejection and leaves the balances, rows and bookkeeping as they were before it. The
     * outcome carries the first step's id; it is a replay when every step is one, and a chain whose
     * steps are partly stored already is a reuse of its ids.
     */
    public Outcome applyLinked(List<TransactionRequest> steps) {
        if (chain != null) {
            throw new IllegalStateException("linked chains do not nest");
        }
        chain = new ChainJournal(transactionRows.size(), postingRows.size(), lastBookedAt);
        try {
            int replays = 0;
            Accepted last = null;
            for (int i = 0; i < steps.size(); i++) {
                Outcome outcome = apply(steps.get(i));
                if (outcome instanceof Rejected rejected) {
                    chain.rollBack(this);
                    return new Rejected(
                            steps.get(0).id(),
                            rejected.reason(),
                            "linked step " + (i + 1) + " of " + steps.size() + " (" + rejected.id() + "): "
                                    + rejected.detail());
                }
                last = (Accepted) outcome;
                replays += last.replay() ? 1 : 0;
            }
            if (replays > 0 && replays < steps.size()) {
                chain.rollBack(this);
                return reject(
                        steps.get(0).id(),
                        RejectionReason.ID_REUSED_WITH_OTHER_CONTENT,
                        replays + " of the " + steps.size() + " linked steps are stored already");
            }
            return new Accepted(steps.get(0).id(), last.bookedAt(), replays == steps.size());
        } finally {
            chain = null;
        }
    }

    private void touch(AccountState account) {
        if (chain != null) {
            chain.touch(account);
        }
    }

    private <V> void put(Map<Long, V> map, long key, V value) {
        V before = map.put(key, value);
        if (chain != null) {
            chain.undoLater(() -> {
                if (before == null) {
                    map.remove(key);
                } else {
                    map.put(key, before);
                }
            });
        }
    }

    private void add(Set<Long> set, long key) {
        if (set.add(key) && chain != null) {
            chain.undoLater(() -> set.remove(key));
        }
    }

    /** The state before a linked chain: the accounts as first touched, the row counts, and undo steps. */
    private static final class ChainJournal {
        private final int transactionRows;
        private final int postingRows;
        private final long lastBookedAt;
        private final Map<AccountState, long[]> accounts = new java.util.IdentityHashMap<>();
        private final List<Runnable> undo = new ArrayList<>();

        ChainJournal(int transactionRows, int postingRows, long lastBookedAt) {
            this.transactionRows = transactionRows;
            this.postingRows = postingRows;
            this.lastBookedAt = lastBookedAt;
        }

        void touch(AccountState a) {
            accounts.computeIfAbsent(a, k -> new long[] {
                a.debitsPosted, a.creditsPosted, a.debitsPending, a.creditsPending, a.lastBookedAt, a.dirty ? 1 : 0
            });
        }

        void undoLater(Runnable step) {
            undo.add(step);
        }

        void rollBack(BatchApplier applier) {
            accounts.forEach((a, s) -> {
                a.debitsPosted = s[0];
                a.creditsPosted = s[1];
                a.debitsPending = s[2];
                a.creditsPending = s[3];
                a.lastBookedAt = s[4];
                a.dirty = s[5] == 1;
            });
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            applier.transactionRows
                    .subList(transactionRows, applier.transactionRows.size())
                    .clear();
            applier.postingRows.subList(postingRows, applier.postingRows.size()).clear();
            applier.lastBookedAt = lastBookedAt;
        }
    }

    /** Releases a pending transfer whose timeout has passed; the engine's own request. */
    public Outcome expire(TransactionId expiryId, long pendingId, int valueDate) {
        if (existing.containsKey(expiryId.value())) {
            // Another engine took the same id; the next expiry scan comes with a new one.
            return reject(expiryId, RejectionReason.ID_REUSED_WITH_OTHER_CONTENT, "expiry " + expiryId);
        }
        return release(
                expiryId, pendingId, TransactionKind.EXPIRY, Math.max(valueDate, nextDay(closedThrough)), 0, null);
    }

    private Outcome transfer(Transfer t, int valueDate, long hash) {
        List<Posting> postings = t.postings();
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            Rejected problem = checkAccount(
                    t.id(),
                    "postings[" + i + "].debit",
                    p.debit().value(),
                    p.asset().value());
            if (problem == null) {
                problem = checkAccount(
                        t.id(),
                        "postings[" + i + "].credit",
                        p.credit().value(),
                        p.asset().value());
            }
            if (problem != null) {
                return problem;
            }
        }
        TransactionKind kind = t.pending() ? TransactionKind.PENDING : TransactionKind.TRANSFER;
        undo.clear();
        try {
            for (Posting p : postings) {
                AccountState debit = accounts.get(p.debit().value());
                AccountState credit = accounts.get(p.credit().value());
                touch(debit);
                undo.remember(debit);
                touch(credit);
                undo.remember(credit);
                if (t.pending()) {
                    debit.debitsPending = Math.addExact(debit.debitsPending, p.amount());
                    credit.creditsPending = Math.addExact(credit.creditsPending, p.amount());
                } else {
                    debit.debitsPosted = Math.addExact(debit.debitsPosted, p.amount());
                    credit.creditsPosted = Math.addExact(credit.creditsPosted, p.amount());
                }
            }
        } catch (ArithmeticException overflow) {
            undo.restore();
            return reject(t.id(), RejectionReason.AMOUNT_OVERFLOW, "a balance would exceed 64 bits");
        }
        Rejected limit = undo.checkLimits(t.id());
        if (limit != null) {
            return limit;
        }
        long bookedAt = nextBookedAt();
        long expiresAt =
                t.timeout() == null ? 0 : Math.addExact(bookedAt, t.timeout().toNanos() / 1_000);
        transactionRows.add(row(t, kind, valueDate, bookedAt, 0, 0, expiresAt, hash));
        emitPostings(
                t.id().value(),
                kind,
                valueDate,
                bookedAt,
                postings.size(),
                i -> postings.get(i).debit().value(),
                i -> postings.get(i).credit().value(),
                i -> postings.get(i).amount());
        return accepted(t.id(), bookedAt);
    }

    private Outcome postPending(PostPending p, int valueDate, long hash) {
        StoredTransaction pending = referenced.get(p.pendingId().value());
        Rejected problem = checkPending(p.id(), p.pendingId().value(), pending);
        if (problem != null) {
            return problem;
        }
        List<StoredPosting> reserved = pending.postings();
        if (!p.isFull() && p.amounts().size() != reserved.size()) {
            return reject(
                    p.id(),
                    RejectionReason.AMOUNT_EXCEEDS_PENDING,
                    "amounts: " + p.amounts().size() + " given, the pending transfer has " + reserved.size()
                            + " postings");
        }
        long[] amounts = new long[reserved.size()];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = p.isFull() ? reserved.get(i).amount() : p.amounts().get(i);
            if (amounts[i] > reserved.get(i).amount()) {
                return reject(
                        p.id(),
                        RejectionReason.AMOUNT_EXCEEDS_PENDING,
                        "amounts[" + i + "]: " + amounts[i] + " exceeds the reserved "
                                + reserved.get(i).amount());
            }
        }
        long bookedAt = nextBookedAt();
        if (pending.expiresAt() != 0 && bookedAt >= pending.expiresAt()) {
            return reject(
                    p.id(), RejectionReason.PENDING_EXPIRED, "pending transfer " + p.pendingId() + " has expired");
        }
        undo.clear();
        try {
            for (int i = 0; i < amounts.length; i++) {
                StoredPosting r = reserved.get(i);
                AccountState debit = accounts.get(r.debit());
                AccountState credit = accounts.get(r.credit());
                touch(debit);
                undo.remember(debit);
                touch(credit);
                undo.remember(credit);
                debit.debitsPending -= r.amount();
                credit.creditsPending -= r.amount();
                debit.debitsPosted = Math.addExact(debit.debitsPosted, amounts[i]);
                credit.creditsPosted = Math.addExact(credit.creditsPosted, amounts[i]);
            }
        } catch (ArithmeticException overflow) {
            undo.restore();
            return reject(p.id(), RejectionReason.AMOUNT_OVERFLOW, "a balance would exceed 64 bits");
        }
        Rejected limit = undo.checkLimits(p.id());
        if (limit != null) {
            return limit;
        }
        transactionRows.add(row(
                p,
                TransactionKind.POST_PENDING,
                valueDate,
                bookedAt,
                p.pendingId().value(),
                0,
                0,
                hash));
        List<Integer> posted = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                posted.add(i);
            }
        }
        emitPostings(
                p.id().value(),
                TransactionKind.POST_PENDING,
                valueDate,
                bookedAt,
                posted.size(),
                i -> reserved.get(posted.get(i)).debit(),
                i -> reserved.get(posted.get(i)).credit(),
                i -> amounts[posted.get(i)]);
        add(resolvedPendings, p.pendingId().value());
        return accepted(p.id(), bookedAt);
    }

    private Outcome release(
            TransactionId id,
            long pendingId,
            TransactionKind kind,
            int valueDate,
            long hash,
            TransactionRequest request) {
        StoredTransaction pending = referenced.get(pendingId);
        Rejected problem = checkPending(id, pendingId, pending);
        if (problem != null) {
            return problem;
        }
        long bookedAt = nextBookedAt();
        for (StoredPosting r : pending.postings()) {
            AccountState debit = accounts.get(r.debit());
            AccountState credit = accounts.get(r.credit());
            touch(debit);
            touch(credit);
            debit.debitsPending -= r.amount();
            credit.creditsPending -= r.amount();
            debit.dirty = true;
            credit.dirty = true;
            debit.lastBookedAt = bookedAt;
            credit.lastBookedAt = bookedAt;
        }
        if (request == null) {
            transactionRows.add(new TransactionRow(
                    id.value(), kind.code(), valueDate, bookedAt, pendingId, 0, 0, null, "EXPIRED", null, 0));
        } else {
            transactionRows.add(row(request, kind, valueDate, bookedAt, pendingId, 0, 0, hash));
        }
        add(resolvedPendings, pendingId);
        return accepted(id, bookedAt);
    }

    private Outcome reversal(Reversal r, int valueDate, long hash) {
        StoredTransaction original = referenced.get(r.originalId().value());
        if (original == null) {
            return reject(r.id(), RejectionReason.ORIGINAL_NOT_FOUND, "transaction " + r.originalId());
        }
        if (!original.kind().posts()) {
            return reject(
                    r.id(),
                    RejectionReason.NOT_REVERSIBLE,
                    "transaction " + r.originalId() + " is a " + original.kind()
                            + "; only posted movements can be reversed");
        }
        if (reversedOriginals.contains(r.originalId().value())) {
            return reject(r.id(), RejectionReason.ALREADY_REVERSED, "transaction " + r.originalId());
        }
        List<StoredPosting> postings = original.postings();
        for (StoredPosting p : postings) {
            for (long accountId : new long[] {p.debit(), p.credit()}) {
                AccountState account = accounts.get(accountId);
                if (account == null) {
                    return reject(r.id(), RejectionReason.ACCOUNT_NOT_FOUND, "account " + accountId);
                }
                if (account.closed) {
                    return reject(r.id(), RejectionReason.ACCOUNT_CLOSED, "account " + accountId);
                }
            }
        }
        undo.clear();
        try {
            for (StoredPosting p : postings) {
                AccountState originallyDebited = accounts.get(p.debit());
                AccountState originallyCredited = accounts.get(p.credit());
                touch(originallyDebited);
                undo.remember(originallyDebited);
                touch(originallyCredited);
                undo.remember(originallyCredited);
                originallyCredited.debitsPosted = Math.addExact(originallyCredited.debitsPosted, p.amount());
                originallyDebited.creditsPosted = Math.addExact(originallyDebited.creditsPosted, p.amount());
            }
        } catch (ArithmeticException overflow) {
            undo.restore();
            return reject(r.id(), RejectionReason.AMOUNT_OVERFLOW, "a balance would exceed 64 bits");
        }
        Rejected limit = undo.checkLimits(r.id());
        if (limit != null) {
            return limit;
        }
        long bookedAt = nextBookedAt();
        transactionRows.add(row(
                r,
                TransactionKind.REVERSAL,
                valueDate,
                bookedAt,
                0,
                r.originalId().value(),
                0,
                hash));
        emitPostings(
                r.id().value(),
                TransactionKind.REVERSAL,
                valueDate,
                bookedAt,
                postings.size(),
                i -> postings.get(i).credit(),
                i -> postings.get(i).debit(),
                i -> postings.get(i).amount());
        add(reversedOriginals, r.originalId().value());
        return accepted(r.id(), bookedAt);
    }

    private Rejected checkPending(TransactionId id, long pendingId, StoredTransaction pending) {
        if (pending == null || pending.kind() != TransactionKind.PENDING) {
            return reject(id, RejectionReason.PENDING_NOT_FOUND, "pending transfer " + pendingId);
        }
        if (resolvedPendings.contains(pendingId)) {
            return reject(id, RejectionReason.PENDING_ALREADY_RESOLVED, "pending transfer " + pendingId);
        }
        for (StoredPosting p : pending.postings()) {
            if (!accounts.containsKey(p.debit()) || !accounts.containsKey(p.credit())) {
                throw new IllegalStateException("accounts of pending transfer " + pendingId + " were not loaded");
            }
        }
        return null;
    }

    private Rejected checkAccount(TransactionId id, String field, long accountId, String asset) {
        AccountState account = accounts.get(accountId);
        if (account == null) {
            return reject(id, RejectionReason.ACCOUNT_NOT_FOUND, field + ": account " + accountId + " does not exist");
        }
        if (account.closed) {
            return reject(id, RejectionReason.ACCOUNT_CLOSED, field + ": account " + accountId + " is closed");
        }
        if (!account.asset.equals(asset)) {
            return reject(
                    id,
                    RejectionReason.ASSET_MISMATCH,
                    field + ": account " + accountId + " holds " + account.asset + ", not " + asset);
        }
        return null;
    }

    private interface IndexedLong {
        long at(int index);
    }

    private void emitPostings(
            long txId,
            TransactionKind kind,
            int valueDate,
            long bookedAt,
            int count,
            IndexedLong debits,
            IndexedLong credits,
            IndexedLong amounts) {
        // The accounts already hold the whole transaction: the posted balance after posting i is the
        // final one less what the later postings of the same transaction moved. A reservation moves
        // no posted balance.
        boolean posts = kind != TransactionKind.PENDING;
        for (int i = 0; i < count; i++) {
            AccountState debit = accounts.get(debits.at(i));
            AccountState credit = accounts.get(credits.at(i));
            long debitAfter = debit.debitsPosted - debit.creditsPosted;
            long creditAfter = credit.debitsPosted - credit.creditsPosted;
            for (int j = i + 1; posts && j < count; j++) {
                long amount = amounts.at(j);
                debitAfter -= movement(debit.id, debits.at(j), credits.at(j), amount);
                creditAfter -= movement(credit.id, debits.at(j), credits.at(j), amount);
            }
            debit.lastBookedAt = bookedAt;
            credit.lastBookedAt = bookedAt;
            postingRows.add(new PostingRow(
                    txId,
                    i,
                    kind.code(),
                    debit.id,
                    credit.id,
                    amounts.at(i),
                    valueDate,
                    bookedAt,
                    debitAfter,
                    creditAfter));
        }
    }

    /** What a posting moved on an account's debits-minus-credits. */
    private static long movement(long account, long debit, long credit, long amount) {
        return (account == debit ? amount : 0) - (account == credit ? amount : 0);
    }

    private TransactionRow row(
            TransactionRequest request,
            TransactionKind kind,
            int valueDate,
            long bookedAt,
            long pendingId,
            long reversesId,
            long expiresAt,
            long hash) {
        return new TransactionRow(
                request.id().value(),
                kind.code(),
                valueDate,
                bookedAt,
                pendingId,
                reversesId,
                expiresAt,
                request.memo().reference(),
                request.memo().reasonCode(),
                MetadataJson.write(request.memo().metadata()),
                hash);
    }

    private long nextBookedAt() {
        lastBookedAt = Math.max(lastBookedAt + 1, clockMicros.getAsLong());
        return lastBookedAt;
    }

    private static int nextDay(int yyyymmdd) {
        return yyyymmdd == 0 ? 0 : Dates.toInt(Dates.toDate(yyyymmdd).plusDays(1));
    }

    private static Accepted accepted(TransactionId id, long bookedAt) {
        return new Accepted(id, Dates.toInstant(bookedAt), false);
    }

    private static Rejected reject(TransactionId id, RejectionReason reason, String detail) {
        return new Rejected(id, reason, detail);
    }

    /** Balances as they were before the transaction being applied, to check limits and roll back. */
    private static final class Undo {
        private final List<AccountState> states = new ArrayList<>();
        private final List<long[]> saved = new ArrayList<>();

        void clear() {
            states.clear();
            saved.clear();
        }

        void remember(AccountState account) {
            for (AccountState known : states) {
                if (known == account) {
                    return;
                }
            }
            states.add(account);
            saved.add(new long[] {
                account.debitsPosted,
                account.creditsPosted,
                account.debitsPending,
                account.creditsPending,
                account.dirty ? 1 : 0
            });
        }

        void restore() {
            for (int i = 0; i < states.size(); i++) {
                AccountState account = states.get(i);
                long[] s = saved.get(i);
                account.debitsPosted = s[0];
                account.creditsPosted = s[1];
                account.debitsPending = s[2];
                account.creditsPending = s[3];
                account.dirty = s[4] == 1;
            }
        }

        /**
         * Rejects the transaction if it pushed an account past its limit, or further past it; on
         * success marks the accounts dirty.
         */
        Rejected checkLimits(TransactionId id) {
            for (int i = 0; i < states.size(); i++) {
                AccountState account = states.get(i);
                if (account.limit == org.backoffice.ledger.BalanceLimit.NONE) {
                    continue;
                }
                long[] s = saved.get(i);
                long after;
                long before;
                try {
                    after = account.excess();
                    before = account.excess(s[0], s[1], s[2], s[3]);
                } catch (ArithmeticException overflow) {
                    restore();
                    return new Rejected(id, RejectionReason.AMOUNT_OVERFLOW, "account " + account.id);
                }
                if (after > 0 && after > before) {
                    restore();
                    return new Rejected(
                            id,
                            RejectionReason.INSUFFICIENT_BALANCE,
                            "account " + account.id + " would exceed its limit " + account.limit + " by " + after);
                }
            }
            for (AccountState account : states) {
                account.dirty = true;
            }
            return null;
        }
    }
}
