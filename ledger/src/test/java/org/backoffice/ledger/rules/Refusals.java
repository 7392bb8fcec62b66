package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE_SHARES;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.YESTERDAY;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.backoffice.ledger.AccountClosing;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;

/** For each rejection reason, a ledger state and a request that the ledger must refuse for it. */
final class Refusals {
    static final AccountId DAVE = AccountId.of(6);
    static final AssetCode GOLD = AssetCode.of("XAU");
    static final AccountId GOLD_VAULT = AccountId.of(31);
    static final AccountId GOLD_CLIENT = AccountId.of(32);
    static final TransactionId UNKNOWN = TransactionId.of(424_242);

    /** Refuses every attachment; a ledger with it is what {@link RejectionReason#PRECONDITION_FAILED} needs. */
    static final CommitCompanion REFUSES_ATTACHMENTS = new CommitCompanion() {
        @Override
        public String[] check(Connection connection, List<Object> attachments) {
            return attachments.stream().map(a -> a + " is refused").toArray(String[]::new);
        }

        @Override
        public void write(Connection connection, List<Object> accepted) {
            throw new AssertionError("nothing passes the check, so there is nothing to write: " + accepted);
        }
    };

    private Refusals() {}

    /** What the request prepared for {@code reason} is submitted with: null but for a companion's refusal. */
    static Object attachment(RejectionReason reason) {
        return reason == RejectionReason.PRECONDITION_FAILED ? "invoice 7" : null;
    }

    /** Brings the ledger into the state the refusal needs and returns the request to refuse. */
    static TransactionRequest prepare(RejectionReason reason, LedgerFixture f) {
        return switch (reason) {
            case ACCOUNT_NOT_FOUND -> {
                f.payIn(ALICE, 10_00);
                yield f.transfer(usd(AccountId.of(99), ALICE, 1_00));
            }
            case ACCOUNT_CLOSED -> {
                f.open(
                        DAVE,
                        "2010.DAVE",
                        LedgerFixture.USD,
                        Side.CREDIT,
                        BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS,
                        0);
                assertThat(f.ledger().closeAccount(DAVE)).isInstanceOf(AccountClosing.Closed.class);
                yield f.transfer(usd(BANK, DAVE, 1_00));
            }
            case ASSET_MISMATCH -> f.transfer(usd(BANK, ALICE_SHARES, 1_00));
            case INSUFFICIENT_BALANCE -> {
                f.payIn(BOB, 50_00);
                yield f.transfer(usd(BOB, ALICE, 50_01));
            }
            case AMOUNT_OVERFLOW -> {
                f.ledger().defineAsset(Asset.goods(GOLD.value(), 3));
                f.open(GOLD_VAULT, "1020", GOLD, Side.DEBIT, BalanceLimit.NONE, 0);
                f.open(GOLD_CLIENT, "2020", GOLD, Side.CREDIT, BalanceLimit.NONE, 0);
                f.accept(f.transfer(new Posting(GOLD_VAULT, GOLD_CLIENT, GOLD, Long.MAX_VALUE)));
                yield f.transfer(new Posting(GOLD_VAULT, GOLD_CLIENT, GOLD, 1));
            }
            case PERIOD_CLOSED -> {
                f.payIn(ALICE, 10_00);
                f.ledger().closePeriod(YESTERDAY);
                yield Transfer.of(f.nextId(), YESTERDAY, usd(BANK, ALICE, 1_00));
            }
            case ID_REUSED_WITH_OTHER_CONTENT -> {
                TransactionId id = f.nextId();
                f.accept(Transfer.of(id, TODAY, usd(BANK, ALICE, 10_00)));
                yield Transfer.of(id, TODAY, usd(BANK, ALICE, 10_01));
            }
            case PENDING_NOT_FOUND -> PostPending.full(f.nextId(), UNKNOWN, TODAY);
            case PENDING_ALREADY_RESOLVED -> {
                f.payIn(ALICE, 10_00);
                Transfer pending = f.pending(usd(ALICE, BOB, 4_00));
                f.accept(pending);
                f.accept(VoidPending.of(f.nextId(), pending.id(), TODAY));
                yield PostPending.full(f.nextId(), pending.id(), TODAY);
            }
            case PENDING_EXPIRED -> {
                f.payIn(ALICE, 10_00);
                Transfer pending = Transfer.pending(f.nextId(), TODAY, Duration.ofHours(1), usd(ALICE, BOB, 4_00));
                f.accept(pending);
                f.clock().advance(Duration.ofHours(1).plusSeconds(1));
                yield PostPending.full(f.nextId(), pending.id(), TODAY);
            }
            case AMOUNT_EXCEEDS_PENDING -> {
                f.payIn(ALICE, 10_00);
                Transfer pending = f.pending(usd(ALICE, BOB, 4_00));
                f.accept(pending);
                yield PostPending.partial(f.nextId(), pending.id(), TODAY, 4_01L);
            }
            case ORIGINAL_NOT_FOUND -> Reversal.of(f.nextId(), UNKNOWN, TODAY);
            case NOT_REVERSIBLE -> {
                f.payIn(ALICE, 10_00);
                Transfer pending = f.pending(usd(ALICE, BOB, 4_00));
                f.accept(pending);
                yield Reversal.of(f.nextId(), pending.id(), TODAY);
            }
            case PRECONDITION_FAILED -> {
                // A request the ledger would accept: only the companion refuses it, for its attachment.
                f.payIn(ALICE, 10_00);
                yield f.transfer(usd(ALICE, BOB, 1_00));
            }
            case ALREADY_REVERSED -> {
                Transfer payIn = f.transfer(usd(BANK, ALICE, 10_00));
                f.accept(payIn);
                f.accept(Reversal.of(f.nextId(), payIn.id(), TODAY));
                yield Reversal.of(f.nextId(), payIn.id(), TODAY);
            }
        };
    }
}
