package org.backoffice.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Side;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages show every amount with thousands separators and its own currency's decimals: yen whole, Bahraini dinars to
 * the fils, dollars to the cent. What a form or the API takes and gives back stays plain.
 */
class AssetDecimalsPageTest extends WebTest {
    private String suffix;

    @BeforeEach
    void feesInYenAndDinars() {
        suffix = "D" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        for (String currency : List.of("JPY", "BHD")) {
            platform.accounts()
                    .openAll(
                            users.actor("admin"),
                            List.of(
                                    new OpenBookAccount("HO", "1010", currency, suffix, "Cash", BalanceLimit.NONE),
                                    new OpenBookAccount("HO", "4020", currency, suffix, "Fees", BalanceLimit.NONE)));
        }
        fee("JPY", "1234567");
        fee("BHD", "1234.567");
    }

    private String account(String chart, String currency) {
        return "HO-" + chart + "-" + currency + "-" + suffix;
    }

    private void fee(String currency, String amount) {
        long units = Amount.parse(
                        "amount", amount, platform.accounts().asset(currency).orElseThrow())
                .units();
        JournalVoucher voucher = new JournalVoucher(
                currency,
                "fee",
                List.of(
                        new JournalLine(account("1010", currency), Side.DEBIT, units),
                        new JournalLine(account("4020", currency), Side.CREDIT, units)));
        Document made = platform.documents()
                .create(
                        users.actor("accountant.ho"),
                        new NewDocument(JournalVoucherKind.TYPE, "HO", today(), voucher),
                        true,
                        null)
                .document();
        if (made.status() != DocumentStatus.POSTED) {
            made = platform.documents().approve(users.actor("controller.ho"), made.id(), "checked");
        }
        assertThat(made.status()).isEqualTo(DocumentStatus.POSTED);
    }

    @Test
    void theStatementShowsYenWithoutDecimalsAndDinarsWithThree() {
        String yen =
                as("accountant.ho").get("/accounts/" + account("1010", "JPY")).body();
        String dinars =
                as("accountant.ho").get("/accounts/" + account("1010", "BHD")).body();

        assertThat(yen).contains("<td class=\"num\">1,234,567</td>").doesNotContain("1234567", "1,234,567.00");
        assertThat(dinars).contains("<td class=\"num\">1,234.567</td>").doesNotContain("1234.567", "1,234.57<");
    }

    @Test
    void theTrialBalanceOfYenShowsWholeYen() {
        String html = as("accountant.ho")
                .get("/reports/trial-balance?asset=JPY&branch=HO")
                .body();

        assertThat(html).contains(account("1010", "JPY"), "1,234,567").doesNotContain("1,234,567.00");
    }

    @Test
    void theAccountsListShowsEachBalanceWithItsCurrencysDecimals() {
        String html = as("accountant.ho").get("/accounts?asset=BHD").body();

        assertThat(html).contains(account("4020", "BHD"), "1,234.567");
    }

    @Test
    void theApiKeepsAmountsPlain() {
        String json = as("accountant.ho")
                .get("/api/accounts/" + account("1010", "JPY") + "/balance")
                .body();

        assertThat(json).contains("\"1234567\"").doesNotContain("1,234,567");
    }
}
