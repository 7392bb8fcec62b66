package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class AccountsPageTest extends WebTest {
    private static List<String> accountLinks(String html) {
        return Pattern.compile("href=\"/accounts/([A-Z0-9-]+)\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    @Test
    void theListShowsOnlyTheUsersBranchesWithBalances() {
        String b1 = as("operator.b1").get("/accounts").body();

        assertThat(accountLinks(b1))
                .isNotEmpty()
                .allMatch(n -> n.startsWith("B1-"))
                .contains("B1-1010-USD");
        assertThat(b1).contains("Cash on hand", "class=\"num\"");
    }

    @Test
    void aBranchOrAssetFilterNarrowsTheList() {
        String eur = as("admin").get("/accounts?asset=EUR").body();
        String b2 = as("admin").get("/accounts?branch=B2&asset=USD").body();

        assertThat(accountLinks(eur)).isNotEmpty().allMatch(n -> n.contains("-EUR"));
        assertThat(accountLinks(b2)).isNotEmpty().allMatch(n -> n.startsWith("B2-") && n.contains("-USD"));
        assertThat(accountLinks(as("operator.b1").get("/accounts?branch=HO").body()))
                .isEmpty();
    }

    @Test
    void theListIsPaged() {
        // The demo bank has a few hundred book accounts; a page holds 50.
        String first = as("admin").get("/accounts").body();
        assertThat(first).containsPattern("Page 1 of [2-9]");
        assertThat(accountLinks(first)).hasSize(50);
        assertThat(accountLinks(as("admin").get("/accounts?page=1").body()))
                .hasSize(50)
                .doesNotContainAnyElementsOf(accountLinks(first));
        assertThat(accountLinks(as("admin").get("/accounts?page=999").body())).isEmpty();
    }

    @Test
    void anAccountOfAnotherBranchIsNotFound() {
        HttpResponse<String> page = as("operator.b1").get("/accounts/HO-1010-USD");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Cash on hand");
        assertThat(as("operator.b1").get("/accounts/HO-1010-USD/statement").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theStatementShowsEachMovementWithItsRunningBalanceAndDocument() {
        Document posted =
                voucher("operator.b1", "B1", unique("Statement test"), "B1-5030-USD", "B1-2910-USD", "123.45", true);
        long balance = platform.accounts()
                .balance(users.actor("operator.b1"), "B1-5030-USD", null)
                .posted();

        String page = as("operator.b1").get("/accounts/B1-5030-USD").body();

        assertThat(page)
                .contains("Operating expenses", posted.number(), "/documents/" + posted.id())
                .contains(Amount.display(balance, 2) + " USD");
        assertThat(page).contains("<td class=\"num\">123.45</td>");
        Matcher lastLine = Pattern.compile(
                        "<tr class=\"statement-line\">(?:(?!</tr>).)*" + Pattern.quote(posted.number())
                                + "(?:(?!</tr>).)*</tr>",
                        Pattern.DOTALL)
                .matcher(page);
        assertThat(lastLine.find()).isTrue();
        assertThat(lastLine.group()).contains(Amount.display(balance, 2));
    }

    @Test
    void theBalanceOnADateLeavesOutLaterMovements() {
        String page = as("operator.ho")
                .get("/accounts/HO-3010-USD?asOf=" + today().minusDays(15))
                .body();
        String later = as("operator.ho")
                .get("/accounts/HO-3010-USD?asOf=" + today().minusDays(14))
                .body();

        assertThat(page).contains("id=\"balance-as-of\"").containsPattern("<strong class=\"num\">0.00 USD</strong>");
        assertThat(later).containsPattern("<strong class=\"num\">250,000.00 USD</strong>");
    }

    @Test
    void theNextPageOfTheStatementContinuesAfterTheCursor() {
        // HO cash has more movements than one page of 50 once the tests have added some; make sure it does.
        for (int i = 0; i < 40; i++) {
            voucher("operator.ho", "HO", unique("Paging"), "HO-1010-USD", "HO-4020-USD", "1.00", true);
        }
        String first = as("operator.ho").get("/accounts/HO-1010-USD").body();
        Matcher more = Pattern.compile("hx-get=\"(/accounts/HO-1010-USD/statement\\?after=[0-9.]+)\"")
                .matcher(first);
        assertThat(more.find()).as("a next-page button").isTrue();

        HttpResponse<String> next = as("operator.ho").get(more.group(1), "HX-Request", "true");

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("<tr class=\"statement-line\">").doesNotContain("<html", "<thead>");
        long firstRows =
                Pattern.compile("statement-line").matcher(first).results().count();
        assertThat(firstRows).isEqualTo(50);
        assertThat(as("operator.ho")
                        .get("/accounts/HO-1010-USD/statement?after=nonsense")
                        .statusCode())
                .isEqualTo(400);
    }
}
