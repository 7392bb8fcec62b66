package org.backoffice.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Posts a pending transfer, in full ({@code amounts} empty) or in part: {@code amounts} then gives,
 * per posting of the pending transfer, how much to post; the rest of each reservation is released.
 */
public record PostPending(TransactionId id, TransactionId pendingId, LocalDate valueDate, List<Long> amounts, Memo memo)
        implements TransactionRequest {
    public PostPending {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pendingId, "pendingId");
        TransactionRequest.checkValueDate(valueDate);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i) < 0) {
                throw new IllegalArgumentException("amounts[" + i + "]: must not be negative");
            }
        }
        if (!amounts.isEmpty() && amounts.stream().allMatch(a -> a == 0)) {
            throw new IllegalArgumentException("amounts: at least one must be positive; void the transfer instead");
        }
        memo = memo == null ? Memo.NONE : memo;
    }

    public static PostPending full(TransactionId id, TransactionId pendingId, LocalDate valueDate) {
        return new PostPending(id, pendingId, valueDate, List.of(), Memo.NONE);
    }

    public static PostPending partial(TransactionId id, TransactionId pendingId, LocalDate valueDate, Long... amounts) {
        return new PostPending(id, pendingId, valueDate, List.of(amounts), Memo.NONE);
    }

    public boolean isFull() {
        return amounts.isEmpty();
    }
}
