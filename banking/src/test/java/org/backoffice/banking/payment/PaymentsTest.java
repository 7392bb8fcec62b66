package org.backoffice.banking.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.testing.BankTest;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class PaymentsTest extends BankTest {
    Payments payments;
    CustomerAccount alice;
    CustomerAccount bob;
    CustomerAccount carol;

    @Override
    protected void prepare() {
        payments = bank.banking().payments();
        Client a = bank.person("HO", "Alice", "Archer");
        alice = bank.account(a, "USD", "CURRENT");
        bob = bank.account(bank.person("HO", "Bob", "Baker"), "USD", "CURRENT");
        carol = bank.account(bank.person("B1", "Carol", "Cooper"), "USD", "CURRENT");
        bank.fund(alice, "5000.00");
    }

    private TransferOrder transfer(CustomerAccount from, CustomerAccount to, String amount) {
        return new TransferOrder(from.iban().value(), to.iban().value(), "USD", new BigDecimal(amount), null, "rent");
    }

    @Test
    void aTransferBelowTheThresholdPostsAtOnceFromDebtorToCreditor() {
        Document posted = payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "1250.75"), true, null)
                .document();

        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(posted.number()).startsWith("IT-HO-2026-");
        assertThat(bank.balance(alice)).isEqualTo(500_000 - 125_075);
        assertThat(bank.balance(bob)).isEqualTo(125_075);
        assertThat(posted.body(InternalTransfer.class).valueDate()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aTransferToAnotherBranchPassesThroughBothInterbranchAccounts() {
        String headOffice = HouseAccounts.number("HO", HouseAccounts.INTERBRANCH, "USD");
        String branch = HouseAccounts.number("B1", HouseAccounts.INTERBRANCH, "USD");
        long headOfficeBefore = bank.balance(headOffice);
        long branchBefore = bank.balance(branch);

        payments.transfer(bank.actor("operator.ho"), transfer(alice, carol, "100.00"), true, null);

        assertThat(bank.balance(carol)).isEqualTo(10_000);
        // Head office owes B1 what B1 credited on its behalf: each branch's books balance on their own.
        assertThat(bank.balance(headOffice) - headOfficeBefore).isEqualTo(-10_000);
        assertThat(bank.balance(branch) - branchBefore).isEqualTo(10_000);
    }

    @Test
    void insufficientFundsAreRefusedNamingTheAmountAndNothingIsKept() {
        long documents = bank.rows("SELECT COUNT(*) FROM documents");

        assertThatThrownBy(
                        () -> payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "5000.01"), true, null))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("amount");
                            assertThat(f.message()).contains("INSUFFICIENT_BALANCE");
                        }));
        assertThat(bank.rows("SELECT COUNT(*) FROM documents")).isEqualTo(documents);
        assertThat(bank.balance(alice)).isEqualTo(500_000);
    }

    @Test
    void aWrongAccountNumberIsRefusedWithTheRuleItBreaks() {
        TransferOrder order = new TransferOrder(
                alice.iban().value(), "GB82WEST12345698765433", "USD", new BigDecimal("10.00"), null, null);

        assertThatThrownBy(() -> payments.transfer(bank.actor("operator.ho"), order, true, null))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("creditorIban");
                            assertThat(f.message()).contains("mod-97");
                        }));
    }

    @Test
    void aCurrencyMismatchIsRefused() {
        CustomerAccount euros = bank.account(bank.person("HO", "Dora", "Dean"), "EUR", "CURRENT");

        assertThatThrownBy(
                        () -> payments.transfer(bank.actor("operator.ho"), transfer(alice, euros, "10.00"), true, null))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("creditorIban");
                            assertThat(f.message()).contains("kept in EUR");
                        }));
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefused() {
        assertThatThrownBy(
                        () -> payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "1.005"), true, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("amount")
                .hasMessageContaining("at most 2 decimal places");
    }

    @Test
    void aFrozenAccountTakesNoPaymentEitherWayUntilAControllerUnfreezesIt() {
        bank.banking().accounts().freeze(bank.actor("operator.ho"), bob.iban().value(), "court order 12/2026");

        assertThatThrownBy(
                        () -> payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "10.00"), true, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("creditorIban")
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> bank.banking()
                        .accounts()
                        .unfreeze(bank.actor("operator.ho"), bob.iban().value(), "lifted"))
                .isInstanceOf(SecurityException.class);

        bank.banking()
                .accounts()
                .unfreeze(bank.actor("controller.ho"), bob.iban().value(), "order lifted");
        payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "10.00"), true, null);
        assertThat(bank.balance(bob)).isEqualTo(1_000);
    }

    @Test
    void anAccountFrozenWhileAPaymentAwaitsApprovalStopsTheApproval() {
        bank.fund(alice, "9000.00");
        Document waiting = payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "12000.00"), true, null)
                .document();
        assertThat(waiting.status()).isEqualTo(DocumentStatus.SUBMITTED);

        bank.banking()
                .accounts()
                .freeze(bank.actor("controller.ho"), alice.iban().value(), "suspected fraud");

        assertThatThrownBy(() -> bank.platform().documents().approve(bank.actor("controller.ho"), waiting.id(), "ok"))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("debtorIban");
                            assertThat(f.message()).contains("frozen");
                        }));
        assertThat(bank.balance(bob)).isZero();
    }

    @Test
    void aboveTheThresholdASecondUserApproves() {
        bank.fund(alice, "9000.00");
        Document waiting = payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "10000.00"), true, null)
                .document();

        assertThat(waiting.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(bank.balance(bob)).isZero();
        assertThatThrownBy(() -> bank.platform().documents().approve(bank.actor("operator.ho"), waiting.id(), "mine"))
                .isInstanceOf(SecurityException.class);

        Document posted = bank.platform().documents().approve(bank.actor("controller.ho"), waiting.id(), "checked");
        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(bank.balance(bob)).isEqualTo(1_000_000);
    }

    @Test
    void afterTheCutOffTheValueDateMovesToTheNextBusinessDay() {
        bank.clock().advance(Duration.ofHours(6)); // Wednesday 16:00 in London: the cut-off itself
        Document late = payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "1.00"), true, null)
                .document();
        assertThat(late.body(InternalTransfer.class).valueDate()).isEqualTo(LocalDate.of(2026, 11, 26));

        bank.clock().advance(Duration.ofDays(2)); // Friday 16:00: the next business day is Monday
        Document weekend = payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "1.00"), true, null)
                .document();
        assertThat(weekend.body(InternalTransfer.class).valueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aValueDateInThePastIsRefused() {
        TransferOrder order = new TransferOrder(
                alice.iban().value(), bob.iban().value(), "USD", BigDecimal.ONE, LocalDate.of(2026, 11, 24), null);

        assertThatThrownBy(() -> payments.transfer(bank.actor("operator.ho"), order, true, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("valueDate");
    }

    @Test
    void onceTheDayIsClosedAPaymentTakesTheNextBusinessDay() {
        bank.tamper(
                "INSERT INTO bank_business_days (business_date, closed_at, closed_by) VALUES ('2026-11-25', 0, 'eod')");

        Document posted = payments.transfer(
                        bank.actor("operator.ho"),
                        new TransferOrder(
                                alice.iban().value(),
                                bob.iban().value(),
                                "USD",
                                BigDecimal.ONE,
                                LocalDate.of(2026, 11, 25),
                                null),
                        true,
                        null)
                .document();

        assertThat(posted.body(InternalTransfer.class).valueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aPaymentWaitingForApprovalWhileItsDayClosesIsRefusedAtApproval() {
        bank.fund(alice, "9000.00");
        Document waiting = payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "10000.00"), true, null)
                .document();
        bank.tamper(
                "INSERT INTO bank_business_days (business_date, closed_at, closed_by) VALUES ('2026-11-25', 0, 'eod')");

        assertThatThrownBy(() -> bank.platform().documents().approve(bank.actor("controller.ho"), waiting.id(), "ok"))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("valueDate");
                            assertThat(f.message()).contains("business day 2026-11-25 is closed");
                        }));
        assertThat(bank.balance(bob)).isZero();
    }

    @Test
    void aJournalVoucherCannotReachAFrozenClientAccountEither() {
        bank.banking().accounts().freeze(bank.actor("operator.ho"), alice.iban().value(), "court order");

        assertThatThrownBy(() -> bank.fund(alice, "10.00"))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("lines[1].account");
                            assertThat(f.message()).contains("is frozen");
                        }));
        assertThat(bank.balance(alice)).isEqualTo(500_000);
    }

    @Test
    void aClosedAccountNeedsAZeroBalanceAndThenRefusesEverything() {
        assertThatThrownBy(() -> bank.banking()
                        .accounts()
                        .close(bank.actor("controller.ho"), alice.iban().value(), "client left"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("zero balance");

        bank.banking().accounts().close(bank.actor("controller.ho"), bob.iban().value(), "client left");

        assertThatThrownBy(() -> payments.transfer(bank.actor("operator.ho"), transfer(alice, bob, "1.00"), true, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void anOutgoingPaymentWaitsOnTheClearingPayableAccount() {
        PaymentOrder order = new PaymentOrder(
                alice.iban().value(),
                "Erik Example",
                "DE89370400440532013000",
                "COBADEFFXXX",
                "USD",
                new BigDecimal("300.00"),
                null,
                "E2E-0001",
                "invoice 7");

        Document posted =
                payments.pay(bank.actor("operator.ho"), order, true, null).document();

        assertThat(posted.number()).startsWith("OP-HO-");
        assertThat(bank.balance(alice)).isEqualTo(470_000);
        assertThat(bank.balance(HouseAccounts.number("HO", HouseAccounts.CLEARING_PAYABLE, "USD")))
                .isEqualTo(30_000);
    }

    @Test
    void anOutgoingPaymentToABadIbanOrBicSaysWhich() {
        PaymentOrder order = new PaymentOrder(
                alice.iban().value(),
                "",
                "DE89370400440532013001",
                "NOTABIC",
                "USD",
                new BigDecimal("300.00"),
                null,
                "",
                null);

        assertThatThrownBy(() -> payments.pay(bank.actor("operator.ho"), order, true, null))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(f -> f.field())
                                .contains("creditorIban", "creditorBic", "creditorName", "endToEndId"));
    }

    @Test
    void aConversionTakesTheDaysRateThroughTheCurrencyPositions() {
        CustomerAccount aliceEuros = bank.account(
                bank.banking().clients().get(bank.actor("operator.ho"), alice.clientId()), "EUR", "CURRENT");
        bank.banking()
                .rates()
                .set(bank.actor("treasurer.ho"), LocalDate.of(2026, 11, 25), "USD", "EUR", new BigDecimal("0.9123"));

        Document posted = payments.convert(
                        bank.actor("operator.ho"),
                        new ConversionOrder(
                                alice.iban().value(), aliceEuros.iban().value(), new BigDecimal("1000.55"), null, "fx"),
                        true,
                        null)
                .document();

        CurrencyConversion body = posted.body(CurrencyConversion.class);
        assertThat(body.buyAmount()).isEqualTo(91_280); // 1000.55 × 0.9123 = 912.801765 → 912.80
        assertThat(bank.balance(aliceEuros)).isEqualTo(91_280);
        assertThat(bank.balance(alice)).isEqualTo(500_000 - 100_055);
        // The position accounts take the other side of each leg: dollars in (credit), euros out (debit).
        assertThat(bank.balance(HouseAccounts.number("HO", HouseAccounts.CURRENCY_POSITION, "USD")))
                .isEqualTo(-100_055);
        assertThat(bank.balance(HouseAccounts.number("HO", HouseAccounts.CURRENCY_POSITION, "EUR")))
                .isEqualTo(91_280);
    }

    @Test
    void aConversionWithoutARateIsRefused() {
        CustomerAccount aliceEuros = bank.account(
                bank.banking().clients().get(bank.actor("operator.ho"), alice.clientId()), "EUR", "CURRENT");

        assertThatThrownBy(() -> payments.convert(
                        bank.actor("operator.ho"),
                        new ConversionOrder(
                                alice.iban().value(), aliceEuros.iban().value(), BigDecimal.TEN, null, null),
                        true,
                        null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("rate");
    }

    @Test
    void aConversionBetweenTwoClientsIsRefused() {
        CustomerAccount bobEuros =
                bank.account(bank.banking().clients().get(bank.actor("operator.ho"), bob.clientId()), "EUR", "CURRENT");
        bank.banking()
                .rates()
                .set(bank.actor("treasurer.ho"), LocalDate.of(2026, 11, 25), "USD", "EUR", new BigDecimal("0.9"));

        assertThatThrownBy(() -> payments.convert(
                        bank.actor("operator.ho"),
                        new ConversionOrder(
                                alice.iban().value(), bobEuros.iban().value(), BigDecimal.TEN, null, null),
                        true,
                        null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("same client");
    }

    @Test
    void anotherBranchsClerkCannotPayFromTheAccount() {
        assertThatThrownBy(() -> payments.transfer(bank.actor("operator.b1"), transfer(alice, bob, "1.00"), true, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("in your branches");
    }
}
