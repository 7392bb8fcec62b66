package org.backoffice.banking;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.backoffice.banking.account.DayCount;
import org.backoffice.banking.account.Product;
import org.backoffice.banking.account.ProductKind;

/**
 * Who the bank is and how it runs its day: its IBAN country, bank code and sort code, its BIC and
 * its clearing house's, the business calendar and time zone, the payment cut-off, the amount from
 * which a payment needs a second user's approval, and its account products.
 */
public record BankingSettings(
        String country,
        String bankCode,
        String sortCode,
        String bic,
        String clearingBic,
        String calendar,
        ZoneId zone,
        LocalTime cutOff,
        BigDecimal paymentApprovalThreshold,
        List<String> currencies,
        List<Product> products) {
    public BankingSettings {
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country: must be two upper-case letters");
        }
        if (bankCode == null || !bankCode.matches("[A-Z]{4}")) {
            throw new IllegalArgumentException("bankCode: must be four upper-case letters");
        }
        if (sortCode == null || !sortCode.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("sortCode: must be six digits");
        }
        if (bic == null || !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new IllegalArgumentException("bic: must be a BIC of 8 or 11 characters");
        }
        if (clearingBic == null || !clearingBic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new IllegalArgumentException("clearingBic: must be a BIC of 8 or 11 characters");
        }
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cutOff, "cutOff");
        if (paymentApprovalThreshold == null || paymentApprovalThreshold.signum() < 0) {
            throw new IllegalArgumentException("paymentApprovalThreshold: must be zero or more");
        }
        currencies = List.copyOf(currencies);
        products = List.copyOf(products);
        if (currencies.isEmpty() || products.isEmpty()) {
            throw new IllegalArgumentException("currencies and products: at least one of each");
        }
    }

    /** The demo bank's settings: a British bank with dollar, euro and sterling accounts. */
    public static BankingSettings defaults() {
        return new BankingSettings(
                "GB",
                "DEMO",
                "400000",
                "DEMOGB2L",
                "CLRHGB2L",
                "GB",
                ZoneId.of("Europe/London"),
                LocalTime.of(16, 0),
                new BigDecimal("10000.00"),
                List.of("USD", "EUR", "GBP"),
                List.of(
                        new Product(
                                "CURRENT",
                                "Current account",
                                ProductKind.CURRENT,
                                new BigDecimal("0.10"),
                                DayCount.ACT_365,
                                new BigDecimal("2.50")),
                        new Product(
                                "DEPOSIT",
                                "Deposit account",
                                ProductKind.DEPOSIT,
                                new BigDecimal("3.00"),
                                DayCount.ACT_360,
                                BigDecimal.ZERO)));
    }

    public BankingSettings withPaymentApprovalThreshold(BigDecimal threshold) {
        return new BankingSettings(
                country, bankCode, sortCode, bic, clearingBic, calendar, zone, cutOff, threshold, currencies, products);
    }

    /** The settings with accounts kept in these currencies; each takes its number of decimals from ISO 4217. */
    public BankingSettings withCurrencies(List<String> kept) {
        return new BankingSettings(
                country,
                bankCode,
                sortCode,
                bic,
                clearingBic,
                calendar,
                zone,
                cutOff,
                paymentApprovalThreshold,
                kept,
                products);
    }

    public BankingSettings withCutOff(LocalTime time) {
        return new BankingSettings(
                country,
                bankCode,
                sortCode,
                bic,
                clearingBic,
                calendar,
                zone,
                time,
                paymentApprovalThreshold,
                currencies,
                products);
    }

    public Product product(String code) {
        return products.stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("product: must be one of "
                        + products.stream().map(Product::code).toList() + ", was '" + code + "'"));
    }
}
