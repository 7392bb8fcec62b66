package org.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements and balances as of a date read the statement index for indexed batches and the
 * postings for the rest: they must be the same whether the indexer has caught up or not, and an
 * engine catches up on what an earlier one left unindexed.
 */
class StatementIndexTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void statementsReadTheSameFromPostingsAndFromTheIndex(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = kind.create()) {
            Page unindexed;
            Balance asOfUnindexed;
            try (Ledger ledger = Ledger.open(db.config().withStatementIndexing(false))) {
                post(ledger);
                assertThat(ledger.statementIndexLag())
                        .as("batches left unindexed")
                        .isPositive();
                unindexed = readAll(ledger);
                asOfUnindexed =
                        ledger.balanceAsOf(AccountId.of(1), DAY.plusDays(1)).orElseThrow();
            }
            assertThat(unindexed.lines()).hasSize(ROUNDS * PER_ROUND);
            assertRunningBalance(unindexed);

            try (Ledger ledger = Ledger.open(db.config())) {
                awaitIndexed(ledger);
                Page indexed = readAll(ledger);
                assertThat(indexed.lines()).isEqualTo(unindexed.lines());
                assertThat(ledger.balanceAsOf(AccountId.of(1), DAY.plusDays(1)).orElseThrow())
                        .isEqualTo(asOfUnindexed);
                assertThat(indexed.lines().getLast().balanceAfter())
                        .isEqualTo(ledger.balance(AccountId.of(1)).orElseThrow().posted());
            }
        }
    }

    private static final int ROUNDS = 20;
    private static final int PER_ROUND = 25;

    /** Transfers in and out of account 1, in many batches, on three value dates. */
    private static void post(Ledger ledger) throws Exception {
        ledger.defineAsset(Asset.currency("EUR", 2));
        for (long id = 1; id <= 4; id++) {
            ledger.openAccount(OpenAccount.of(id, "2010", "EUR", Side.CREDIT, BalanceLimit.NONE));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < ROUNDS; round++) {
            List<CompletableFuture<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < PER_ROUND; i++) {
                long other = 2 + random.nextInt(3);
                long amount = 1 + random.nextInt(1_000);
                Posting posting = random.nextBoolean()
                        ? Posting.of(other, 1, "EUR", amount)
                        : Posting.of(1, other, "EUR", amount);
                futures.add(ledger.submit(
                        Transfer.of(TransactionId.of(round * 100L + i + 1), DAY.plusDays(round % 3), posting)));
            }
            for (CompletableFuture<Outcome> future : futures) {
                assertThat(future.get().accepted()).isTrue();
            }
        }
    }

    private record Page(List<StatementLine> lines, List<Long> openings) {}

    /** Reads the whole statement of account 1 in pages of 7. */
    private static Page readAll(Ledger ledger) {
        List<StatementLine> lines = new ArrayList<>();
        List<Long> openings = new ArrayList<>();
        StatementQuery query = StatementQuery.all(AccountId.of(1), 7);
        while (true) {
            StatementPage page = ledger.statement(query);
            if (!lines.isEmpty()) {
                assertThat(page.openingBalance()).isEqualTo(lines.getLast().balanceAfter());
            }
            openings.add(page.openingBalance());
            lines.addAll(page.lines());
            Optional<StatementCursor> next = page.next();
            if (next.isEmpty()) {
                return new Page(lines, openings);
            }
            query = query.continueAfter(next.get());
        }
    }

    private static void assertRunningBalance(Page page) {
        long running = 0;
        Instant previous = Instant.EPOCH;
        for (StatementLine line : page.lines()) {
            running += line.side() == Side.CREDIT ? line.amount() : -line.amount();
            assertThat(line.balanceAfter()).isEqualTo(running);
            assertThat(line.bookedAt()).isAfter(previous);
            previous = line.bookedAt();
        }
    }

    private static void awaitIndexed(Ledger ledger) throws InterruptedException {
        for (int attempt = 0; attempt < 600 && ledger.statementIndexLag() > 0; attempt++) {
            Thread.sleep(50);
        }
        assertThat(ledger.statementIndexLag())
                .as("the indexer catches up once the writer is idle")
                .isZero();
    }
}
