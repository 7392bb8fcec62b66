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
 * postings for the rest: they must be the same whether the indexer has caught up or not.
 */
class StatementIndexTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void statementsAreCompleteAtAnyIndexingState(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = kind.create();
                Ledger ledger = Ledger.open(db.config())) {
            ledger.defineAsset(Asset.currency("EUR", 2));
            for (long id = 1; id <= 4; id++) {
                ledger.openAccount(OpenAccount.of(id, "2010", "EUR", Side.CREDIT, BalanceLimit.NONE));
            }
            SplittableRandom random = new SplittableRandom(7);
            List<long[]> expected = new ArrayList<>();
            long balance = 0;
            for (int round = 0; round < 20; round++) {
                List<CompletableFuture<Outcome>> futures = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    long other = 2 + random.nextInt(3);
                    long amount = 1 + random.nextInt(1_000);
                    boolean credit = random.nextBoolean();
                    Posting posting =
                            credit ? Posting.of(other, 1, "EUR", amount) : Posting.of(1, other, "EUR", amount);
                    futures.add(ledger.submit(
                            Transfer.of(TransactionId.of(round * 100L + i + 1), DAY.plusDays(round % 3), posting)));
                }
                for (CompletableFuture<Outcome> future : futures) {
                    assertThat(future.get().accepted()).isTrue();
                }
                Page first = readAll(ledger);
                assertThat(first.lines()).hasSize((round + 1) * 25);
                assertRunningBalance(first);
            }
            Page before = readAll(ledger);
            Balance asOfBefore =
                    ledger.balanceAsOf(AccountId.of(1), DAY.plusDays(1)).orElseThrow();
            awaitIndexed(ledger);
            Page after = readAll(ledger);
            assertThat(after.lines()).isEqualTo(before.lines());
            assertThat(ledger.balanceAsOf(AccountId.of(1), DAY.plusDays(1)).orElseThrow())
                    .isEqualTo(asOfBefore);
            assertThat(after.lines().getLast().balanceAfter())
                    .isEqualTo(ledger.balance(AccountId.of(1)).orElseThrow().posted());
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
