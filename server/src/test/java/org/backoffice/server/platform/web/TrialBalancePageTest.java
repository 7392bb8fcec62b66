package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.server.web.WebTest;
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
        // A year back: the financial reports' tests post on days long before the demo's history (300 days at most).
        String html = as("admin")
                .get("/reports/trial-balance?asset=USD&asOf=" + today().minusYears(1))
                .body();

        assertThat(total(html, "total-debit")).isEqualTo("0.00");
        assertThat(html).contains("Balanced");
    }

    @Test
    void asOfTheCapitalDayOnlyTheCapitalIsThere() {
        // What the day adds to the day before: other tests' vouchers from long before the demo may be there already.
        String dayBefore = as("controller.ho")
                .get("/reports/trial-balance?asset=USD&branch=HO&asOf=" + today().minusDays(15))
                .body();
        String html = as("controller.ho")
                .get("/reports/trial-balance?asset=USD&branch=HO&asOf=" + today().minusDays(14))
                .body();

        assertThat(new BigDecimal(total(html, "total-debit").replace(",", ""))
                        .subtract(new BigDecimal(total(dayBefore, "total-debit").replace(",", ""))))
                .isEqualByComparingTo("250000.00");
        assertThat(html).contains("HO-3010-USD", "HO-1010-USD");
    }

    @Test
    void aMalformedDateIsABadRequest() {
        HttpResponse<String> page = as("admin").get("/reports/trial-balance?asOf=yesterday");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("asOf: is not valid.");
    }
}
