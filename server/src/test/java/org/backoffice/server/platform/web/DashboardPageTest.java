package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.platform.document.Document;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DashboardPageTest extends WebTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Map<String, BigDecimal> turnover(String username) {
        HttpResponse<String> response = as(username).get("/dashboard/turnover.json", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("asset").asString()).isEqualTo("USD");
        Map<String, BigDecimal> perDay = new HashMap<>();
        for (int i = 0; i < body.get("days").size(); i++) {
            perDay.put(
                    body.get("days").get(i).asString(),
                    new BigDecimal(body.get("amounts").get(i).asString()));
        }
        assertThat(body.get("days").size()).isEqualTo(14);
        assertThat(body.get("days").get(13).asString()).isEqualTo(today().toString());
        assertThat(body.get("days").get(0).asString())
                .isEqualTo(today().minusDays(13).toString());
        return perDay;
    }

    @Test
    void turnoverSumsPostedVouchersPerDayInTheUsersBranches() {
        String threeDaysAgo = today().minusDays(3).toString();
        String fiveDaysAgo = today().minusDays(5).toString();

        // The demo's history: in HO, 60.00 of fees and 75.40 of stationery three days ago; in B1, 220.00 of
        // card fees five days ago; in B2, 210.00 of utilities three days ago.
        assertThat(turnover("operator.ho").get(threeDaysAgo)).isEqualByComparingTo("135.40");
        assertThat(turnover("operator.b1").get(fiveDaysAgo)).isEqualByComparingTo("220.00");
        assertThat(turnover("operator.b1").get(threeDaysAgo)).isEqualByComparingTo("180.00");
        assertThat(turnover("admin").get(threeDaysAgo)).isEqualByComparingTo("525.40");
    }

    @Test
    void aVoucherWaitingForApprovalIsNotTurnoverUntilItPosts() {
        Document waiting = voucher(
                "operator.b1", "B1", unique("Waiting for approval"), "B1-5030-USD", "B1-2910-USD", "12000.00", true);
        BigDecimal before = turnover("operator.b1").get(today().toString());

        platform.documents().approve(users.actor("controller.b1"), waiting.id(), "fine");

        assertThat(turnover("operator.b1").get(today().toString()))
                .isEqualByComparingTo(before.add(new BigDecimal("12000.00")));
    }

    @Test
    void keyBalancesShowTheUsersBranchesOnly() {
        String ho = as("operator.ho").get("/").body();
        String b1 = as("operator.b1").get("/").body();

        assertThat(ho)
                .contains("id=\"key-balances\"", "/accounts/HO-1010-USD", "/accounts/HO-2910-USD", "Suspense")
                .doesNotContain("/accounts/B1-");
        assertThat(b1).contains("/accounts/B1-1010-USD").doesNotContain("/accounts/HO-");
        assertThat(as("admin").get("/").body()).contains("/accounts/HO-1010-USD", "/accounts/B2-1020-USD");
    }

    private static int waitingCount(String html) {
        Matcher count = Pattern.compile("Waiting for my approval <span class=\"count\">(\\d+)</span>")
                .matcher(html);
        assertThat(count.find()).as("the inbox count").isTrue();
        return Integer.parseInt(count.group(1));
    }

    @Test
    void anApproverSeesWhatWaitsForThemAndAMakerTheirDraftsAndRejections() {
        int before = waitingCount(as("controller.ho").get("/").body());
        voucher("operator.ho", "HO", unique("Dashboard inbox"), "HO-5030-USD", "HO-2910-USD", "11000.00", true);
        String draft = unique("Dashboard draft");
        voucher("operator.ho", "HO", draft, "HO-5030-USD", "HO-2910-USD", "10.00", false);

        String controller = as("controller.ho").get("/").body();
        assertThat(waitingCount(controller)).isEqualTo(before + 1);
        // A controller makes back-value adjustments too, so their dashboard may list their own drafts.
        assertThat(controller).contains("Equipment purchase: server racks");

        String operator = as("operator.ho").get("/").body();
        assertThat(operator)
                .contains("My drafts and rejected documents", draft)
                .doesNotContain("Waiting for my approval");
        // The demo's refurbishment advance was sent back to its maker in B1.
        assertThat(as("operator.b1").get("/").body()).contains("Branch refurbishment advance", "REJECTED");
    }

    @Test
    void theChartIsDrawnByAStaticScriptFromTheWebJar() {
        String html = as("controller.ho").get("/").body();

        assertThat(html)
                .contains("id=\"turnover-chart\"", "data-source=\"/dashboard/turnover.json\"")
                .containsPattern("src=\"/webjars/echarts/[0-9.]+/dist/echarts.min.js\"")
                .contains("src=\"/js/dashboard.js\"")
                .doesNotContain("<script>");
        assertThat(anonymous().get("/js/dashboard.js").statusCode()).isEqualTo(200);
        assertThat(anonymous().get("/webjars/echarts/dist/echarts.min.js").statusCode())
                .isEqualTo(200);
    }
}
