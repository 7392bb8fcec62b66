package org.backoffice.ledger.invariants;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;

/**
 * The ledger's rules, as plainly as they can be said: requests apply one at a time, in order, to
 * balances held in maps. What the engine decides for a stream of requests must agree with this.
 */
final class LedgerModel {

    /** What the model expects of one request. */
    record Expected(boolean accepted, boolean replay, RejectionReason reason) {
        static final Expected ACCEPTED = new Expected(true, false, null);
        static final Expected REPLAY = new Expected(true, true, null);

        static Expected rejected(RejectionReason reason) {
            return new Expected(false, false, reason);
        }

        @Override
        public String toString() {
            return accepted ? (replay ? "Accepted(replay)" : "Accepted") : "Rejected(" + reason + ")";
        }
    }

    private static final class Account {
        final String asset;
        final BalanceLimit limit;
        final long overdraftLimit;
        long debitsPosted;
        long creditsPosted;
        long debitsPending;
        long creditsPending;

        Account(String asset, BalanceLimit limit, long overdraftLimit) {
            this.asset = asset;
            this.limit = limit;
            this.overdraftLimit = overdraftLimit;
        }

        long[] columns() {
            return new long[] {debitsPosted, creditsPosted, debitsPending, creditsPending};
        }

        /** How far the limited side is beyond what the limit allows; not positive while within it. */
        long overLimit() {
            return switch (limit) {
                case NONE -> Long.MIN_VALUE;
                case DEBITS_MUST_NOT_EXCEED_CREDITS -> debitsPosted + debitsPending - creditsPosted - overdraftLimit;
                case CREDITS_MUST_NOT_EXCEED_DEBITS -> creditsPosted + creditsPending - debitsPosted - overdraftLimit;
            };
        }
    }

    /** A movement of one transaction: from the credited to the debited account. */
    private record Move(long debit, long credit, long amount) {}

    private static final class Stored {
        final TransactionRequest request;
        final TransactionKind kind;
        final List<Move> moves;
        final Instant expiresAt;
        boolean resolved;
        boolean reversed;

        Stored(TransactionRequest request, TransactionKind kind, List<Move> moves, Instant expiresAt) {
            this.request = request;
            this.kind = kind;
            this.moves = moves;
            this.expiresAt = expiresAt;
        }
    }

    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private final Map<Long, Stored> transactions = new HashMap<>();

    void openAccount(long id, String asset, BalanceLimit limit, long overdraftLimit) {
        accounts.put(id, new Account(asset, limit, overdraftLimit));
    }

    /** Posted and pending totals per account: debits posted, credits posted, debits pending, credits pending. */
    Map<Long, long[]> balances() {
        Map<Long, long[]> result = new LinkedHashMap<>();
        accounts.forEach((id, a) -> result.put(id, a.columns()));
        return result;
    }

    Expected apply(TransactionRequest request, Instant now) {
        Stored earlier = transactions.get(request.id().value());
        if (earlier != null) {
            return earlier.request.equals(request)
                    ? Expected.REPLAY
                    : Expected.rejected(RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);
        }
        return switch (request) {
            case Transfer t -> transfer(t, now);
            case PostPending p -> post(p, now);
            case VoidPending v -> voidPending(v);
            case Reversal r -> reverse(r);
        };
    }

    /**
     * Linked requests: each applies in turn; the first rejection undoes the ones before it and is the
     * chain's answer. All replays are a replay; some replays and some new is a reuse of ids.
     */
    Expected applyLinked(List<TransactionRequest> steps, Instant now) {
        Map<Long, long[]> balances = snapshot();
        java.util.Set<Long> known = new java.util.HashSet<>(transactions.keySet());
        Map<Stored, boolean[]> flags = new java.util.IdentityHashMap<>();
        transactions.values().forEach(t -> flags.put(t, new boolean[] {t.resolved, t.reversed}));
        Runnable undo = () -> {
            restore(balances);
            transactions.keySet().retainAll(known);
            flags.forEach((t, f) -> {
                t.resolved = f[0];
                t.reversed = f[1];
            });
        };
        int replays = 0;
        for (TransactionRequest step : steps) {
            Expected e = apply(step, now);
            if (!e.accepted()) {
                undo.run();
                return e;
            }
            replays += e.replay() ? 1 : 0;
        }
        if (replays > 0 && replays < steps.size()) {
            undo.run();
            return Expected.rejected(RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);
        }
        return replays == steps.size() ? Expected.REPLAY : Expected.ACCEPTED;
    }

    /** Releases every pending transfer whose timeout has passed by {@code now}; how many. */
    int expireDue(Instant now) {
        int expired = 0;
        for (Stored t : transactions.values()) {
            if (t.kind == TransactionKind.PENDING && !t.resolved && t.expiresAt != null && !t.expiresAt.isAfter(now)) {
                release(t);
                expired++;
            }
        }
        return expired;
    }

    private Expected transfer(Transfer t, Instant now) {
        List<Move> moves = new ArrayList<>();
        for (Posting p : t.postings()) {
            for (long accountId : new long[] {p.debit().value(), p.credit().value()}) {
                Account account = accounts.get(accountId);
                if (account == null) {
                    return Expected.rejected(RejectionReason.ACCOUNT_NOT_FOUND);
                }
                if (!account.asset.equals(p.asset().value())) {
                    return Expected.rejected(RejectionReason.ASSET_MISMATCH);
                }
            }
            moves.add(new Move(p.debit().value(), p.credit().value(), p.amount()));
        }
        Expected limits = t.pending() ? reserve(moves) : move(moves);
        if (limits != null) {
            return limits;
        }
        Instant expiresAt = t.timeout() == null ? null : now.plus(t.timeout());
        store(t, t.pending() ? TransactionKind.PENDING : TransactionKind.TRANSFER, moves, expiresAt);
        return Expected.ACCEPTED;
    }

    private Expected post(PostPending p, Instant now) {
        Stored pending = pendingOf(p.pendingId().value());
        if (pending == null) {
            return Expected.rejected(RejectionReason.PENDING_NOT_FOUND);
        }
        if (pending.resolved) {
            return Expected.rejected(RejectionReason.PENDING_ALREADY_RESOLVED);
        }
        if (!p.isFull() && p.amounts().size() != pending.moves.size()) {
            return Expected.rejected(RejectionReason.AMOUNT_EXCEEDS_PENDING);
        }
        List<Move> posted = new ArrayList<>();
        for (int i = 0; i < pending.moves.size(); i++) {
            Move reserved = pending.moves.get(i);
            long amount = p.isFull() ? reserved.amount() : p.amounts().get(i);
            if (amount > reserved.amount()) {
                return Expected.rejected(RejectionReason.AMOUNT_EXCEEDS_PENDING);
            }
            if (amount > 0) {
                posted.add(new Move(reserved.debit(), reserved.credit(), amount));
            }
        }
        if (pending.expiresAt != null && !now.isBefore(pending.expiresAt)) {
            return Expected.rejected(RejectionReason.PENDING_EXPIRED);
        }
        Expected limits = changeWithinLimits(pending.moves, () -> {
            unreserve(pending.moves);
            for (Move m : posted) {
                accounts.get(m.debit()).debitsPosted += m.amount();
                accounts.get(m.credit()).creditsPosted += m.amount();
            }
        });
        if (limits != null) {
            return limits;
        }
        pending.resolved = true;
        store(p, TransactionKind.POST_PENDING, posted, null);
        return Expected.ACCEPTED;
    }

    private Expected voidPending(VoidPending v) {
        Stored pending = pendingOf(v.pendingId().value());
        if (pending == null) {
            return Expected.rejected(RejectionReason.PENDING_NOT_FOUND);
        }
        if (pending.resolved) {
            return Expected.rejected(RejectionReason.PENDING_ALREADY_RESOLVED);
        }
        release(pending);
        store(v, TransactionKind.VOID_PENDING, List.of(), null);
        return Expected.ACCEPTED;
    }

    private Expected reverse(Reversal r) {
        Stored original = transactions.get(r.originalId().value());
        if (original == null) {
            return Expected.rejected(RejectionReason.ORIGINAL_NOT_FOUND);
        }
        if (original.kind != TransactionKind.TRANSFER && original.kind != TransactionKind.POST_PENDING) {
            return Expected.rejected(RejectionReason.NOT_REVERSIBLE);
        }
        if (original.reversed) {
            return Expected.rejected(RejectionReason.ALREADY_REVERSED);
        }
        List<Move> back = new ArrayList<>();
        for (Move m : original.moves) {
            back.add(new Move(m.credit(), m.debit(), m.amount()));
        }
        Expected limits = move(back);
        if (limits != null) {
            return limits;
        }
        original.reversed = true;
        store(r, TransactionKind.REVERSAL, back, null);
        return Expected.ACCEPTED;
    }

    private Stored pendingOf(long id) {
        Stored t = transactions.get(id);
        return t != null && t.kind == TransactionKind.PENDING ? t : null;
    }

    private void release(Stored pending) {
        unreserve(pending.moves);
        pending.resolved = true;
    }

    private void unreserve(List<Move> moves) {
        for (Move m : moves) {
            accounts.get(m.debit()).debitsPending -= m.amount();
            accounts.get(m.credit()).creditsPending -= m.amount();
        }
    }

    private Expected move(List<Move> moves) {
        return changeWithinLimits(moves, () -> {
            for (Move m : moves) {
                accounts.get(m.debit()).debitsPosted += m.amount();
                accounts.get(m.credit()).creditsPosted += m.amount();
            }
        });
    }

    private Expected reserve(List<Move> moves) {
        return changeWithinLimits(moves, () -> {
            for (Move m : moves) {
                accounts.get(m.debit()).debitsPending += m.amount();
                accounts.get(m.credit()).creditsPending += m.amount();
            }
        });
    }

    /**
     * Makes a change to the accounts of {@code moves}, or undoes it and says why not when it takes an
     * account beyond its limit, or further beyond it.
     */
    private Expected changeWithinLimits(List<Move> moves, Runnable change) {
        Map<Long, long[]> before = snapshot();
        Map<Long, Long> overBefore = new HashMap<>();
        for (Move m : moves) {
            overBefore.put(m.debit(), accounts.get(m.debit()).overLimit());
            overBefore.put(m.credit(), accounts.get(m.credit()).overLimit());
        }
        change.run();
        for (Map.Entry<Long, Long> e : overBefore.entrySet()) {
            long over = accounts.get(e.getKey()).overLimit();
            if (over > 0 && over > e.getValue()) {
                restore(before);
                return Expected.rejected(RejectionReason.INSUFFICIENT_BALANCE);
            }
        }
        return null;
    }

    private Map<Long, long[]> snapshot() {
        return balances();
    }

    private void restore(Map<Long, long[]> before) {
        before.forEach((id, b) -> {
            Account a = accounts.get(id);
            a.debitsPosted = b[0];
            a.creditsPosted = b[1];
            a.debitsPending = b[2];
            a.creditsPending = b[3];
        });
    }

    private void store(TransactionRequest request, TransactionKind kind, List<Move> moves, Instant expiresAt) {
        transactions.put(request.id().value(), new Stored(request, kind, List.copyOf(moves), expiresAt));
    }

    static Duration timeoutOf(int choice) {
        return switch (choice) {
            case 1 -> Duration.ofMillis(1_500);
            case 2 -> Duration.ofMillis(2_500);
            case 3 -> Duration.ofMillis(4_500);
            default -> null;
        };
    }
}
