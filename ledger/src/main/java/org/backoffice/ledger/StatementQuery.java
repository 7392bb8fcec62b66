package org.backoffice.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which statement lines to read: bookings in {@code [from, to)}, starting after {@code after} when
 * continuing a previous page.
 */
public record StatementQuery(
        AccountId account, Instant from, Instant to, Optional<StatementCursor> after, int pageSize) {
    public static final int MAX_PAGE_SIZE = 10_000;

    public StatementQuery {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        after = after == null ? Optional.empty() : after;
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("to: must be after from");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize: must be within 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
    }

    public static StatementQuery all(AccountId account, int pageSize) {
        return new StatementQuery(
                account, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), Optional.empty(), pageSize);
    }

    public StatementQuery continueAfter(StatementCursor cursor) {
        return new StatementQuery(account, from, to, Optional.of(cursor), pageSize);
    }
}
