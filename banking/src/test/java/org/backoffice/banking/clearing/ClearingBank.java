package org.backoffice.banking.clearing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.message.ClearingCsv;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.banking.payment.PaymentOrder;
import org.backoffice.banking.testing.BankingFixture;
import org.backoffice.platform.document.Document;

/** A bank with clients at head office and B1, and helpers to send and receive clearing payments. */
final class ClearingBank {
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final String DE_IBAN = "DE89370400440532013000";
    static final String FR_IBAN = "FR1420041010050500013M02606";
    static final String NL_IBAN = "NL91ABNA0417164300";

    final BankingFixture bank;
    final CustomerAccount aliceUsd;
    final CustomerAccount aliceEur;
    final CustomerAccount daveEur;

    ClearingBank(BankingFixture bank) {
        this.bank = bank;
        var alice = bank.person("HO", "Alice", "Archer");
        aliceUsd = bank.account(alice, "USD", "CURRENT");
        aliceEur = bank.account(alice, "EUR", "CURRENT");
        daveEur = bank.account(bank.person("B1", "Dave", "Dyer"), "EUR", "CURRENT");
        bank.fund(aliceUsd, "1000.00");
        bank.fund(aliceEur, "1000.00");
    }

    Clearing clearing() {
        return bank.banking().clearing();
    }

    Document pay(CustomerAccount from, String creditorIban, String bic, String amount, String endToEndId) {
        return bank.banking()
                .payments()
                .pay(
                        bank.actor("operator.ho"),
                        new PaymentOrder(
                                from.iban().value(),
                                "Creditor " + endToEndId,
                                creditorIban,
                                bic,
                                from.currency(),
                                new BigDecimal(amount),
                                null,
                                endToEndId,
                                "invoice " + endToEndId),
                        true,
                        null)
                .document();
    }

    static ClearingPayment incoming(
            String endToEndId,
            String debtorIban,
            String debtorBic,
            String creditorIban,
            String currency,
            String amount) {
        return new ClearingPayment(
                endToEndId,
                "Debtor " + endToEndId,
                debtorIban,
                debtorBic,
                "Beneficiary " + endToEndId,
                creditorIban,
                "DEMOGB2L",
                currency,
                new BigDecimal(amount),
                "ref " + endToEndId,
                DAY);
    }

    static byte[] csv(List<ClearingPayment> payments) {
        return ClearingCsv.write(payments).getBytes(StandardCharsets.UTF_8);
    }

    long house(String chart, String currency) {
        return bank.balance(HouseAccounts.number("HO", chart, currency));
    }
}
