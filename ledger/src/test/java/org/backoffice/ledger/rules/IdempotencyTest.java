package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.CAROL;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.YESTERDAY;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The transaction id is the idempotency key: a retry returns the first result, a reuse is refused. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class IdempotencyTest {
    private static final TransactionId PAYMENT = TransactionId.of(500);

    @Parameter
    TestDatabase database;

    LedgerFixture fixture;

    @BeforeEach
    void openLedger() {
        fixture = LedgerFixture.open(database);
        fixture.payIn(ALICE, 100_00);
    }

    @AfterEach
    void closeLedger() {
        fixture.close();
    }

    private static Transfer payment() {
        return new Transfer(PAYMENT, TODAY, List.of(usd(ALICE, BOB, 30_00)), false, null, Memo.reference("PAY-1"));
    }

    /** A request of each kind, with whatever it needs in the ledger first. */
    enum RequestKind {
        TRANSFER,
        PENDING,
        POST,
        VOID,
        REVERSAL;

        TransactionRequest prepare(LedgerFixture f) {
            return switch (this) {
                case TRANSFER -> f.transfer(usd(ALICE, BOB, 10_00));
                case PENDING -> Transfer.pending(f.nextId(), TODAY, Duration.ofDays(1), usd(ALICE, BOB, 10_00));
                case POST -> PostPending.partial(f.nextId(), reserve(f), TODAY, 4_00L);
                case VOID -> VoidPending.of(f.nextId(), reserve(f), TODAY);
                case REVERSAL -> {
                    Transfer original = f.transfer(usd(ALICE, BOB, 10_00));
                    f.accept(original);
                    yield Reversal.of(f.nextId(), original.id(), TODAY);
                }
            };
        }

        private static TransactionId reserve(LedgerFixture f) {
            Transfer pending = f.pending(usd(ALICE, BOB, 10_00));
            f.accept(pending);
            return pending.id();
        }
    }

    @ParameterizedTest
    @EnumSource(RequestKind.class)
    void aRetryWithTheSameContentReturnsTheFirstResultAndChangesNothing(RequestKind kind) {
        TransactionRequest request = kind.prepare(fixture);
        Outcome.Accepted first = fixture.accept(request);
        assertThat(first.replay()).isFalse();
        LedgerState after = fixture.state();
        TransactionRecord stored = fixture.ledger().transaction(request.id()).orElseThrow();
        fixture.clock().advance(Duration.ofMinutes(5));

        Outcome.Accepted retry = fixture.accept(request);

        assertThat(retry.replay()).isTrue();
        assertThat(retry.id()).isEqualTo(request.id());
        assertThat(retry.bookedAt()).isEqualTo(first.bookedAt());
        assertThat(fixture.state()).isEqualTo(after);
        assertThat(fixture.ledger().transaction(request.id())).contains(stored);
    }

    @Test
    void aRetryIsAcceptedEvenWhenTheRequestWouldNoLongerPass() {
        Transfer spendAll = fixture.transfer(usd(ALICE, BOB, 100_00));
        Outcome.Accepted first = fixture.accept(spendAll);
        fixture.ledger().closePeriod(TODAY.minusDays(1));
        fixture.clock().advance(Duration.ofDays(2));
        fixture.ledger().closePeriod(TODAY);

        Outcome.Accepted retry = fixture.accept(spendAll);

        assertThat(retry).isEqualTo(new Outcome.Accepted(spendAll.id(), first.bookedAt(), true));
        assertThat(fixture.posted(ALICE)).isZero();
        assertThat(fixture.posted(BOB)).isEqualTo(100_00);
    }

    static Stream<Arguments> otherContent() {
        return Stream.of(
                other("another amount", id -> Transfer.of(id, TODAY, usd(ALICE, BOB, 30_01))),
                other("another payee", id -> Transfer.of(id, TODAY, usd(ALICE, CAROL, 30_00))),
                other("another value date", id -> Transfer.of(id, YESTERDAY, usd(ALICE, BOB, 30_00))),
                other(
                        "another document",
                        id -> Transfer.of(id, TODAY, usd(ALICE, BOB, 30_00)).withMemo(Memo.reference("PAY-2"))),
                other(
                        "a reason code",
                        id -> Transfer.of(id, TODAY, usd(ALICE, BOB, 30_00))
                                .withMemo(Memo.reference("PAY-1").withReasonCode("FEE"))),
                other(
                        "metadata",
                        id -> Transfer.of(id, TODAY, usd(ALICE, BOB, 30_00))
                                .withMemo(new Memo("PAY-1", null, Map.of("channel", "web")))),
                other("a second posting", id -> Transfer.of(id, TODAY, usd(ALICE, BOB, 30_00), usd(ALICE, BOB, 1))),
                other(
                        "a reservation instead",
                        id -> Transfer.pending(id, TODAY, null, usd(ALICE, BOB, 30_00))
                                .withMemo(Memo.reference("PAY-1"))),
                other("a void", id -> VoidPending.of(id, TransactionId.of(1), TODAY)),
                other("a reversal", id -> Reversal.of(id, TransactionId.of(1), TODAY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherContent")
    void theSameIdWithOtherContentIsRefused(Function<TransactionId, TransactionRequest> reuse) {
        Outcome.Accepted first = fixture.accept(payment());
        LedgerState before = fixture.state();
        TransactionRecord stored = fixture.ledger().transaction(PAYMENT).orElseThrow();

        fixture.reject(reuse.apply(PAYMENT), RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);

        assertThat(fixture.state()).isEqualTo(before);
        assertThat(fixture.ledger().transaction(PAYMENT)).contains(stored);
        assertThat(fixture.accept(payment())).isEqualTo(new Outcome.Accepted(PAYMENT, first.bookedAt(), true));
    }

    @Test
    void retriesAndReusesInsideOneBatchAreToldApart() {
        Transfer first = payment();
        Transfer other = Transfer.of(PAYMENT, TODAY, usd(ALICE, BOB, 99_00));
        Transfer second = fixture.transfer(usd(ALICE, CAROL, 5_00));

        List<Outcome> outcomes = fixture.inOneBatch(List.of(first, first, other, second, second));

        Outcome.Accepted accepted = (Outcome.Accepted) outcomes.get(0);
        assertThat(accepted.replay()).isFalse();
        assertThat(outcomes.get(1)).isEqualTo(new Outcome.Accepted(PAYMENT, accepted.bookedAt(), true));
        LedgerFixture.assertRejected(outcomes.get(2), RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);
        Outcome.Accepted secondAccepted = (Outcome.Accepted) outcomes.get(3);
        assertThat(outcomes.get(4)).isEqualTo(new Outcome.Accepted(second.id(), secondAccepted.bookedAt(), true));
        assertThat(fixture.posted(ALICE)).isEqualTo(100_00 - 30_00 - 5_00);
        assertThat(fixture.posted(BOB)).isEqualTo(30_00);
        assertThat(fixture.posted(CAROL)).isEqualTo(5_00);
        assertThat(fixture.ledger().transaction(PAYMENT).orElseThrow().postings())
                .containsExactly(usd(ALICE, BOB, 30_00));
    }

    @Test
    void aRejectedRequestIsNotRememberedSoItsRetryIsDecidedAfresh() {
        Transfer tooMuch = fixture.transfer(usd(ALICE, BOB, 150_00));
        fixture.reject(tooMuch, RejectionReason.INSUFFICIENT_BALANCE);
        fixture.payIn(ALICE, 50_00);

        Outcome.Accepted retry = fixture.accept(tooMuch);

        assertThat(retry.replay()).isFalse();
        assertThat(fixture.posted(BOB)).isEqualTo(150_00);
    }

    @Test
    void aRetryOfARefusedReuseIsStillRefused() {
        fixture.accept(payment());
        Transfer reuse = Transfer.of(PAYMENT, TODAY, usd(ALICE, BOB, 1));

        fixture.reject(reuse, RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);
        fixture.reject(reuse, RejectionReason.ID_REUSED_WITH_OTHER_CONTENT);

        assertThat(fixture.posted(BOB)).isEqualTo(30_00);
        assertThat(fixture.posted(BANK)).isEqualTo(100_00);
    }

    private static Arguments other(String name, Function<TransactionId, TransactionRequest> reuse) {
        return Arguments.of(Named.of(name, reuse));
    }
}
