package org.backoffice.banking.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.testing.BankingFixture;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bank that also keeps yen, which has no minor unit, and Bahraini dinars, which have three decimals (fils): its
 * payments are counted in each currency's own smallest unit, and a fraction the currency does not have is refused.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class CurrencyScalesTest {
    @Parameter
    TestDatabase database;

    BankingFixture bank;
    Payments payments;
    Client aki;
    CustomerAccount akiYen;
    CustomerAccount kenYen;
    CustomerAccount akiDinars;

    @BeforeEach
    void open() {
        bank = BankingFixture.open(
                database, BankingSettings.defaults().withCurrencies(List.of("USD", "EUR", "GBP", "JPY", "BHD")));
        payments = bank.banking().payments();
        aki = bank.person("HO", "Aki", "Aoki");
        akiYen = bank.account(aki, "JPY", "CURRENT");
        akiDinars = bank.account(aki, "BHD", "CURRENT");
        kenYen = bank.account(bank.person("HO", "Ken", "Kato"), "JPY", "CURRENT");
        bank.fund(akiYen, "2000000");
        bank.fund(akiDinars, "5000.000");
    }

    @AfterEach
    void close() {
        bank.close();
    }

    @Test
    void theBankKeepsYenWholeAndDinarsToTheFils() {
        assertThat(bank.platform().accounts().asset("JPY").orElseThrow().scale())
                .isZero();
        assertThat(bank.platform().accounts().asset("BHD").orElseThrow().scale())
                .isEqualTo(3);
        assertThat(bank.balance(akiYen)).isEqualTo(2_000_000);
        assertThat(bank.balance(akiDinars)).isEqualTo(5_000_000);
    }

    @Test
    void aYenTransferMovesWholeYen() {
        Document posted = payments.transfer(bank.actor("operator.ho"), yen("9500"), true, null)
                .document();

        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(posted.body(InternalTransfer.class).amount()).isEqualTo(9_500);
        assertThat(bank.balance(akiYen)).isEqualTo(2_000_000 - 9_500);
        assertThat(bank.balance(kenYen)).isEqualTo(9_500);
    }

    @Test
    void theApprovalThresholdIsTenThousandYenNotAHundred() {
        Document below = payments.transfer(bank.actor("operator.ho"), yen("9999"), true, null)
                .document();
        Document at = payments.transfer(bank.actor("operator.ho"), yen("10000"), true, null)
                .document();

        assertThat(below.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(at.status()).isEqualTo(DocumentStatus.SUBMITTED);
    }

    @Test
    void aFractionOfAYenIsRefused() {
        assertThatThrownBy(() -> payments.transfer(bank.actor("operator.ho"), yen("1.5"), true, null))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("amount");
                            assertThat(f.message()).isEqualTo("must have at most 0 decimal places for JPY");
                        }));
        assertThat(bank.balance(akiYen)).isEqualTo(2_000_000);
    }

    @Test
    void yenWrittenWithZeroDecimalsAreWholeYen() {
        Document posted = payments.transfer(bank.actor("operator.ho"), yen("1200.00"), true, null)
                .document();

        assertThat(posted.body(InternalTransfer.class).amount()).isEqualTo(1_200);
    }

    @Test
    void anOutgoingPaymentInDinarsKeepsItsFils() {
        Document posted = payments.pay(bank.actor("operator.ho"), dinars("1.235"), true, null)
                .document();

        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(posted.body(OutgoingPayment.class).amount()).isEqualTo(1_235);
        assertThat(bank.balance(akiDinars)).isEqualTo(5_000_000 - 1_235);
        assertThat(bank.balance(HouseAccounts.number("HO", HouseAccounts.CLEARING_PAYABLE, "BHD")))
                .isEqualTo(1_235);
    }

    @Test
    void aFourthDecimalOfADinarIsRefused() {
        assertThatThrownBy(() -> payments.pay(bank.actor("operator.ho"), dinars("1.2345"), true, null))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("amount");
                            assertThat(f.message()).isEqualTo("must have at most 3 decimal places for BHD");
                        }));
    }

    @Test
    void dinarsConvertedToYenAreRoundedHalfEvenToTheWholeYen() {
        bank.banking()
                .rates()
                .set(bank.actor("treasurer.ho"), LocalDate.of(2026, 11, 25), "BHD", "JPY", new BigDecimal("401.23"));

        Document posted = payments.convert(
                        bank.actor("operator.ho"),
                        new ConversionOrder(
                                akiDinars.iban().value(), akiYen.iban().value(), new BigDecimal("10.125"), null, "fx"),
                        true,
                        null)
                .document();

        CurrencyConversion body = posted.body(CurrencyConversion.class);
        assertThat(body.sellAmount()).isEqualTo(10_125);
        assertThat(body.buyAmount()).isEqualTo(4_062); // 10.125 × 401.23 = 4062.45375 → 4062
        assertThat(bank.balance(akiYen)).isEqualTo(2_000_000 + 4_062);
        assertThat(bank.balance(akiDinars)).isEqualTo(5_000_000 - 10_125);
    }

    @Test
    void yenConvertedToDinarsAreRoundedToTheFils() {
        bank.banking()
                .rates()
                .set(bank.actor("treasurer.ho"), LocalDate.of(2026, 11, 25), "JPY", "BHD", new BigDecimal("0.0025"));

        Document posted = payments.convert(
                        bank.actor("operator.ho"),
                        new ConversionOrder(
                                akiYen.iban().value(), akiDinars.iban().value(), new BigDecimal("9999"), null, "fx"),
                        true,
                        null)
                .document();

        assertThat(posted.body(CurrencyConversion.class).buyAmount())
                .isEqualTo(24_998); // 9999 × 0.0025 = 24.9975 → 24.998, half-even
    }

    private TransferOrder yen(String amount) {
        return new TransferOrder(
                akiYen.iban().value(), kenYen.iban().value(), "JPY", new BigDecimal(amount), null, "rent");
    }

    private PaymentOrder dinars(String amount) {
        return new PaymentOrder(
                akiDinars.iban().value(),
                "Erik Example",
                "DE89370400440532013000",
                "COBADEFFXXX",
                "BHD",
                new BigDecimal(amount),
                null,
                "E2E-BHD-1",
                "invoice 7");
    }
}
