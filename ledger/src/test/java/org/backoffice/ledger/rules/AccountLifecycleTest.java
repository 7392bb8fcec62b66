package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.USD;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.util.stream.Stream;
import org.backoffice.ledger.Account;
import org.backoffice.ledger.AccountClosing;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.AssetKind;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dave's current account: opened, used, emptied and closed. */
class AccountLifecycleTest extends LedgerRuleTest {
    private static final AccountId DAVE = AccountId.of(6);
    private static final OpenAccount DAVES_ACCOUNT = new OpenAccount(
            DAVE, "2010.DAVE", USD, "BRANCH1", Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, 50_00);

    @Override
    void prepare() {
        fixture.ledger().openAccount(DAVES_ACCOUNT);
    }

    @Test
    void anOpenedAccountIsAsRequested() {
        assertThat(fixture.ledger().account(DAVE))
                .contains(new Account(
                        DAVE,
                        "2010.DAVE",
                        USD,
                        "BRANCH1",
                        Side.CREDIT,
                        BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS,
                        50_00,
                        false));
        assertThat(fixture.balance(DAVE).posted()).isZero();
    }

    @Test
    void openingTheSameAccountAgainChangesNothing() {
        fixture.payIn(DAVE, 30_00);
        LedgerState before = fixture.state();

        fixture.ledger().openAccount(DAVES_ACCOUNT);

        assertThat(fixture.state()).isEqualTo(before);
        assertThat(fixture.posted(DAVE)).isEqualTo(30_00);
    }

    static Stream<Arguments> otherAttributes() {
        return Stream.of(
                other(
                        "another code",
                        new OpenAccount(
                                DAVE,
                                "2011.DAVE",
                                USD,
                                "BRANCH1",
                                Side.CREDIT,
                                BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS,
                                50_00)),
                other("another owner", DAVES_ACCOUNT.withOwner("BRANCH2")),
                other(
                        "another normal side",
                        new OpenAccount(
                                DAVE,
                                "2010.DAVE",
                                USD,
                                "BRANCH1",
                                Side.DEBIT,
                                BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS,
                                50_00)),
                other(
                        "another limit",
                        new OpenAccount(
                                DAVE,
                                "2010.DAVE",
                                USD,
                                "BRANCH1",
                                Side.CREDIT,
                                BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS,
                                50_00)),
                other("another overdraft limit", DAVES_ACCOUNT.withOverdraftLimit(60_00)),
                other(
                        "another asset",
                        new OpenAccount(
                                DAVE,
                                "2010.DAVE",
                                LedgerFixture.SHARES,
                                "BRANCH1",
                                Side.CREDIT,
                                BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS,
                                50_00)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherAttributes")
    void anAccountIdCannotBeOpenedAgainWithOtherAttributes(OpenAccount other) {
        Account before = fixture.ledger().account(DAVE).orElseThrow();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixture.ledger().openAccount(other))
                .withMessageStartingWith("id:");

        assertThat(fixture.ledger().account(DAVE)).contains(before);
    }

    @Test
    void anAccountNeedsADefinedAsset() {
        OpenAccount inYen = new OpenAccount(
                AccountId.of(7), "2010.EVE", AssetCode.of("JPY"), "BRANCH1", Side.CREDIT, BalanceLimit.NONE, 0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixture.ledger().openAccount(inYen))
                .withMessageStartingWith("asset:");

        assertThat(fixture.ledger().account(AccountId.of(7))).isEmpty();
        fixture.ledger().defineAsset(Asset.currency("JPY", 0));
        fixture.ledger().openAccount(inYen);
        assertThat(fixture.ledger().account(AccountId.of(7))).isPresent();
    }

    @Test
    void anAssetsScaleAndKindAreFixedOnceDefined() {
        fixture.ledger().defineAsset(Asset.currency("USD", 2));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixture.ledger().defineAsset(Asset.currency("USD", 3)))
                .withMessageStartingWith("asset:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fixture.ledger().defineAsset(new Asset(USD, AssetKind.GOODS, 2)))
                .withMessageStartingWith("asset:");

        assertThat(fixture.ledger().asset(USD)).contains(Asset.currency("USD", 2));
    }

    @Test
    void anAccountWithABalanceCannotBeClosed() {
        fixture.payIn(DAVE, 10_00);

        AccountClosing closing = fixture.ledger().closeAccount(DAVE);

        assertThat(closing).isInstanceOf(AccountClosing.Refused.class);
        assertThat(((AccountClosing.Refused) closing).reason()).contains("balance");
        assertThat(fixture.ledger().account(DAVE).orElseThrow().closed()).isFalse();
        fixture.accept(fixture.transfer(usd(DAVE, BOB, 1_00)));
    }

    @Test
    void anOverdrawnAccountCannotBeClosed() {
        fixture.accept(fixture.transfer(usd(DAVE, BOB, 10_00)));

        assertThat(fixture.ledger().closeAccount(DAVE)).isInstanceOf(AccountClosing.Refused.class);
    }

    @Test
    void anAccountWithAReservationCannotBeClosedUntilItIsResolved() {
        Transfer outgoing = fixture.pending(usd(DAVE, BOB, 10_00));
        fixture.accept(outgoing);
        assertThat(fixture.posted(DAVE)).isZero();

        AccountClosing refused = fixture.ledger().closeAccount(DAVE);

        assertThat(refused).isInstanceOf(AccountClosing.Refused.class);
        assertThat(((AccountClosing.Refused) refused).reason()).contains("pending");
        fixture.payIn(ALICE, 1);
        Transfer incoming = fixture.pending(usd(ALICE, DAVE, 1));
        fixture.accept(incoming);
        fixture.accept(VoidPending.of(fixture.nextId(), outgoing.id(), TODAY));
        assertThat(fixture.ledger().closeAccount(DAVE))
                .as("an incoming reservation is pending too")
                .isInstanceOf(AccountClosing.Refused.class);
        fixture.accept(VoidPending.of(fixture.nextId(), incoming.id(), TODAY));
        assertThat(fixture.ledger().closeAccount(DAVE)).isEqualTo(new AccountClosing.Closed(DAVE));
    }

    @Test
    void aClosedAccountRefusesEveryLaterPosting() {
        fixture.payIn(DAVE, 10_00);
        fixture.accept(fixture.transfer(usd(DAVE, BOB, 10_00)));
        fixture.payIn(ALICE, 5_00);

        assertThat(fixture.ledger().closeAccount(DAVE)).isEqualTo(new AccountClosing.Closed(DAVE));
        assertThat(fixture.ledger().account(DAVE).orElseThrow().closed()).isTrue();
        LedgerState closed = fixture.state();

        fixture.reject(fixture.transfer(usd(BANK, DAVE, 1_00)), RejectionReason.ACCOUNT_CLOSED);
        fixture.reject(fixture.transfer(usd(DAVE, BOB, 1_00)), RejectionReason.ACCOUNT_CLOSED);
        fixture.reject(fixture.pending(usd(ALICE, DAVE, 1_00)), RejectionReason.ACCOUNT_CLOSED);
        fixture.reject(fixture.transfer(usd(ALICE, BOB, 1_00), usd(BANK, DAVE, 1_00)), RejectionReason.ACCOUNT_CLOSED);

        assertThat(fixture.state()).isEqualTo(closed);
        assertThat(fixture.ledger().closeAccount(DAVE)).as("closing again").isEqualTo(new AccountClosing.Closed(DAVE));
    }

    private static Arguments other(String name, OpenAccount account) {
        return Arguments.of(Named.of(name, account));
    }
}
