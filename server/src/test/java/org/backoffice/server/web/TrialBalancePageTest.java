package org.backoffice.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrialBalancePageTest extends WebTest {
    private static String total(String html, String id) {
        Matcher total = Pattern.compile("id=\"" + id + "\">([0-9.,]+)</td>").matcher(html);
        assertThat(total.find()).isTrue();
        return total.group(1);
    }

    @Test
    void theWholeLedgerBalancesAndSaysSo() {
        String html = as("admin").get("/reports/trial-balance?asset=USD").body();

        assertThat(html).contains("Balanced: debits equal credits", "HO-1010-USD", "B2-1010-USD");
        assertThat(total(html, "total-debit")).isEqualTo(total(html, "total-credit"));
    }

    @Test
    void aBranchSeesItsOwnAccountsOnly() {
        String html = as("operator.b1").get("/reports/trial-balance?asset=USD").body();

        assertThat(html).contains("B1-1010-USD").doesNotContain("HO-1010-USD", "B2-1010-USD");
        assertThat(as("operator.b1")
                        .get("/reports/trial-balance?asset=USD&branch=HO")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void asOfADateBeforeAnyPostingItIsEmptyAndBalanced() {
        String html = as("admin")
                .get("/reports/trial-balance?asset=USD&asOf=" + today().minusDays(30))
                .body();

        assertThat(total(html, "total-debit")).isEqualTo("0.00");
        assertThat(html).contains("Balanced");
    }

    @Test
    void asOfTheCapitalDayOnlyTheCapitalIsThere() {
        String html = as("controller.ho")
                .get("/reports/trial-balance?asset=USD&branch=HO&asOf=" + today().minusDays(14))
                .body();

        assertThat(total(html, "total-debit")).isEqualTo("250,000.00");
        assertThat(html).contains("HO-3010-USD", "HO-1010-USD");
    }

    @Test
    void aMalformedDateIsABadRequest() {
        HttpResponse<String> page = as("admin").get("/reports/trial-balance?asOf=yesterday");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("asOf: is not valid.");
    }
}
