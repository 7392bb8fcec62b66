package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.CAROL;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.junit.jupiter.api.Test;

class StatementTest extends LedgerRuleTest {

    private record Expected(Side side, long amount, Object counterAccount, long balanceAfter, TransactionKind kind) {}

    @Test
    void eachLineCarriesTheRunningBalanceOnTheAccountsNormalSide() {
        fixture.accept(
                Transfer.of(fixture.nextId(), TODAY, usd(BANK, ALICE, 100_00)).withMemo(Memo.reference("DEP-1")));
        fixture.accept(fixture.transfer(usd(ALICE, BOB, 30_00)));
        fixture.accept(fixture.transfer(usd(BANK, CAROL, 10_00)));
        fixture.accept(fixture.transfer(usd(CAROL, ALICE, 5_00)));
        fixture.accept(fixture.transfer(usd(ALICE, BOB, 20_00), usd(ALICE, FEES, 1_00)));
        Transfer reservation = fixture.pending(usd(ALICE, BOB, 7_00));
        fixture.accept(reservation);
        fixture.accept(VoidPending.of(fixture.nextId(), reservation.id(), TODAY));
        Transfer second = fixture.pending(usd(ALICE, BOB, 9_00));
        fixture.accept(second);
        PostPending post = PostPending.partial(fixture.nextId(), second.id(), TODAY, 4_00L);
        fixture.accept(post);
        fixture.accept(Reversal.of(fixture.nextId(), post.id(), TODAY));

        StatementPage alice = fixture.ledger().statement(StatementQuery.all(ALICE, 100));

        assertThat(alice.openingBalance()).isZero();
        assertThat(alice.next()).isEmpty();
        assertThat(alice.lines())
                .extracting(l -> new Expected(l.side(), l.amount(), l.counterAccount(), l.balanceAfter(), l.kind()))
                .containsExactly(
                        new Expected(Side.CREDIT, 100_00, BANK, 100_00, TransactionKind.TRANSFER),
                        new Expected(Side.DEBIT, 30_00, BOB, 70_00, TransactionKind.TRANSFER),
                        new Expected(Side.CREDIT, 5_00, CAROL, 75_00, TransactionKind.TRANSFER),
                        new Expected(Side.DEBIT, 20_00, BOB, 55_00, TransactionKind.TRANSFER),
                        new Expected(Side.DEBIT, 1_00, FEES, 54_00, TransactionKind.TRANSFER),
                        new Expected(Side.DEBIT, 4_00, BOB, 50_00, TransactionKind.POST_PENDING),
                        new Expected(Side.CREDIT, 4_00, BOB, 54_00, TransactionKind.REVERSAL));
        assertThat(alice.lines().get(0).reference()).isEqualTo("DEP-1");
        assertThat(alice.lines().get(3).postingIndex()).isZero();
        assertThat(alice.lines().get(4).postingIndex()).isEqualTo(1);
        assertThat(alice.closingBalance()).isEqualTo(fixture.posted(ALICE));

        StatementPage bank = fixture.ledger().statement(StatementQuery.all(BANK, 100));
        assertThat(bank.lines())
                .extracting(StatementLine::side, StatementLine::balanceAfter)
                .as("the bank's cash is an asset: its balance grows with debits")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Side.DEBIT, 100_00L),
                        org.assertj.core.groups.Tuple.tuple(Side.DEBIT, 110_00L));
        StatementPage carol = fixture.ledger().statement(StatementQuery.all(CAROL, 100));
        assertThat(carol.lines()).extracting(StatementLine::balanceAfter).containsExactly(10_00L, 5_00L);
    }

    @Test
    void pagesTogetherHoldEveryLineExactlyOnceAndJoinUp() {
        List<Transfer> movements = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            movements.add(
                    i % 3 == 0
                            ? fixture.transfer(usd(ALICE, BOB, i), usd(ALICE, FEES, 1))
                            : fixture.transfer(usd(BANK, ALICE, 100 * i)));
        }
        for (List<Transfer> part : List.of(movements.subList(0, 10), movements.subList(10, 23))) {
            assertThat(fixture.inOneBatch(part)).allMatch(Outcome::accepted);
        }
        List<StatementLine> all =
                fixture.ledger().statement(StatementQuery.all(ALICE, 100)).lines();
        assertThat(all).as("16 payments in, 7 payments out with a fee each").hasSize(30);

        List<StatementLine> paged = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        StatementQuery query = StatementQuery.all(ALICE, 4);
        long closing = 0;
        while (true) {
            StatementPage page = fixture.ledger().statement(query);
            assertThat(page.openingBalance())
                    .as("opening of page %d", sizes.size() + 1)
                    .isEqualTo(closing);
            paged.addAll(page.lines());
            sizes.add(page.lines().size());
            closing = page.closingBalance();
            if (page.next().isEmpty()) {
                break;
            }
            query = query.continueAfter(page.next().get());
        }

        assertThat(sizes).containsExactly(4, 4, 4, 4, 4, 4, 4, 2);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(paged.stream().map(StatementLine::transactionId).distinct())
                .containsExactlyElementsOf(movements.stream().map(Transfer::id).toList());
        assertThat(closing).isEqualTo(fixture.posted(ALICE));
    }

    @Test
    void aWindowShowsTheBookingsInsideItWithTheBalanceBroughtForward() {
        Instant start = fixture.clock().instant();
        for (int hour = 0; hour < 6; hour++) {
            fixture.accept(fixture.transfer(usd(BANK, ALICE, 10_00 * (hour + 1))));
            fixture.clock().advance(Duration.ofHours(1));
        }
        Instant from = start.plus(Duration.ofHours(2));
        Instant to = start.plus(Duration.ofHours(4));

        StatementPage window = fixture.ledger().statement(new StatementQuery(ALICE, from, to, Optional.empty(), 1));
        StatementPage rest = fixture.ledger()
                .statement(new StatementQuery(ALICE, from, to, Optional.empty(), 1)
                        .continueAfter(window.next().orElseThrow()));

        assertThat(window.openingBalance()).isEqualTo(10_00 + 20_00);
        assertThat(window.lines()).extracting(StatementLine::amount).containsExactly(30_00L);
        assertThat(rest.openingBalance()).isEqualTo(60_00);
        assertThat(rest.lines()).extracting(StatementLine::amount).containsExactly(40_00L);
        assertThat(rest.closingBalance()).isEqualTo(100_00);
        assertThat(rest.next()).isEmpty();
        assertThat(window.lines().get(0).bookedAt()).isAfterOrEqualTo(from).isBefore(to);
    }

    @Test
    void anAccountWithoutMovementsHasAnEmptyStatement() {
        fixture.accept(fixture.pending(usd(BANK, BOB, 1_00)));

        StatementPage page = fixture.ledger().statement(StatementQuery.all(BOB, 10));

        assertThat(page.lines()).isEmpty();
        assertThat(page.openingBalance()).isZero();
        assertThat(page.closingBalance()).isZero();
        assertThat(page.next()).isEmpty();
    }
}
