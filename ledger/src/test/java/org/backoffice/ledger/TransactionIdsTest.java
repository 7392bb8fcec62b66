package org.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.backoffice.ledger.testing.MutableClock;
import org.junit.jupiter.api.Test;

class TransactionIdsTest {
    @Test
    void aReservedRunOfIdsIsNeverHandedOutAgainEvenWhileTheClockStandsStill() {
        TransactionIds ids = new TransactionIds(new MutableClock(Instant.parse("2026-11-25T10:00:00Z")), 7);
        TransactionId before = ids.next();

        TransactionId first = ids.reserve(1_000);

        Set<Long> reserved = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            reserved.add(first.value() + i * TransactionIds.step());
        }
        assertThat(first.value()).isGreaterThan(before.value());
        assertThat(reserved).allMatch(id -> id % TransactionIds.step() == 7);
        for (int i = 0; i < 5_000; i++) {
            assertThat(reserved).doesNotContain(ids.next().value());
        }
        assertThatThrownBy(() -> ids.reserve(0)).hasMessageContaining("count");
    }
}
