package org.backoffice.server.securities.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.corporate.ActionStatus;
import org.backoffice.securities.corporate.CorporateAction;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.fail.PenaltyRate;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.server.securities.DeskData;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The securities desk's pages over HTTP: positions, fails and penalty rates, corporate actions with maker-checker, and
 * reconciliation breaks from an uploaded statement to their resolution. Every bad input comes back at its field and
 * changes nothing.
 */
class SecuritiesDeskPagesTest extends WebTest {
    private static final String FIRM = "SW2BPAGES";

    @Autowired
    Securities securities;

    LocalDate today;

    @BeforeEach
    void referenceData() {
        DeskData.ensure(securities);
        DeskData.firmAccount(securities, FIRM);
        today = SecuritiesData.today(securities);
    }

    private CaptureOutcome buy(String ref, long quantity) {
        NewTrade ticket = new NewTrade(
                ref,
                Side.BUY,
                DeskData.SHARE,
                quantity,
                new BigDecimal("10.00"),
                "GBP",
                today,
                null,
                DeskData.DEPO,
                SecuritiesData.ALPHA,
                null,
                Delivery.FOP);
        return securities.trades().capture(users.actor("operator.ho"), TradeSource.MANUAL, ticket);
    }

    @Test
    void positionsShowTheTradeDateBasisAndABadDateComesBackAtItsInput() {
        buy("SW2BP-" + System.nanoTime(), 40);
        PageClient operator = as("operator.ho");

        HttpResponse<String> refused =
                operator.get("/securities/positions?depoAccount=" + DeskData.DEPO + "&asOf=25/11/2026&method=FIFO");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"asOf-error\"", "must be a date as YYYY-MM-DD")
                .doesNotContain("Exception");

        HttpResponse<String> badMethod =
                operator.get("/securities/positions?depoAccount=" + DeskData.DEPO + "&asOf=" + today + "&method=LIFO");
        assertThat(badMethod.statusCode()).isEqualTo(400);
        assertThat(badMethod.body()).contains("id=\"method-error\"");

        String page = operator.get(
                        "/securities/positions?depoAccount=" + DeskData.DEPO + "&asOf=" + today + "&method=AVERAGE")
                .body();
        assertThat(page).contains("id=\"securities\"", DeskData.SHARE, "id=\"pnl\"", "(AVERAGE)");
        long traded = securities
                .positions()
                .positions(users.actor("operator.ho"), DeskData.DEPO, today)
                .of(DeskData.SHARE)
                .traded();
        assertThat(traded).isGreaterThanOrEqualTo(40);
        assertThat(page).contains(">" + traded + "<");

        String csv = new String(
                operator.bytes("/securities/positions/export?format=csv&depoAccount=" + DeskData.DEPO + "&asOf="
                                + today)
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Kind,ISIN or currency", "SECURITY," + DeskData.SHARE + ",0," + traded);
        byte[] xlsx = operator.bytes(
                        "/securities/positions/export?format=xlsx&depoAccount=" + DeskData.DEPO + "&asOf=" + today)
                .body();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        String holders = operator.get("/securities/positions/holders?isin=" + DeskData.SHARE + "&asOf=" + today)
                .body();
        assertThat(holders).contains(DeskData.DEPO);
        HttpResponse<String> unknown = operator.get("/securities/positions/holders?isin=GB0000000000&asOf=" + today);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("isin: no such instrument");

        // A depo account of another branch is as if it did not exist.
        HttpResponse<String> elsewhere =
                as("operator.b1").get("/securities/positions?depoAccount=" + DeskData.DEPO + "&asOf=" + today);
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("no such depo account");
    }

    @Test
    void aNegativePenaltyRateIsRefusedAtItsInputAndOnlyAControllerSetsRatesOrAccrues() {
        LocalDate from = LocalDate.of(2099, 1, 4);
        Map<String, String> rate = new LinkedHashMap<>();
        rate.put("category", "LACK_OF_CASH");
        rate.put("dailyRateBasisPoints", "-1.5");
        rate.put("validFrom", from.toString());

        HttpResponse<String> refused = as("controller.ho").post("/securities/penalty-rates/new", rate);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"dailyRateBasisPoints-error\"", "must not be negative", "value=\"-1.5\"");
        assertThat(securities.fails().table().rates())
                .noneMatch(r -> r.validFrom().equals(from));

        assertThat(as("operator.ho").post("/securities/penalty-rates/new", rate).statusCode())
                .isEqualTo(403);
        assertThat(as("operator.ho")
                        .post("/securities/fails/accrue", Map.of("day", today.toString()))
                        .statusCode())
                .isEqualTo(403);

        rate.put("dailyRateBasisPoints", "0.123");
        PageClient controller = as("controller.ho");
        assertThat(controller.post("/securities/penalty-rates/new", rate).statusCode())
                .isEqualTo(302);
        assertThat(controller.followed().body()).contains("Rate of LACK_OF_CASH from " + from, "2099-01-04");
        assertThat(securities.fails().table().rates())
                .contains(new PenaltyRate(PenaltyCategory.LACK_OF_CASH, new BigDecimal("0.123"), from));
    }

    @Test
    void theFailsReportListsAnUnsettledTradePastItsDateAndExports() {
        String ref = "SW2BF-" + System.nanoTime();
        CaptureOutcome outcome = buy(ref, 15);
        LocalDate later = outcome.trade().settlementDate().plusDays(7);
        PageClient operator = as("operator.ho");

        HttpResponse<String> refused = operator.get("/securities/fails?asOf=tomorrow");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"asOf-error\"");

        String page = operator.get("/securities/fails?asOf=" + later).body();
        assertThat(page)
                .contains("id=\"fails\"", ref, outcome.trade().settlementDate().toString());
        assertThat(page).doesNotContain("id=\"accrue-penalties\"");
        assertThat(as("controller.ho").get("/securities/fails?asOf=" + later).body())
                .contains("id=\"accrue-penalties\"");

        String csv = new String(
                operator.bytes("/securities/fails/export?format=csv&asOf=" + later)
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Trade ref,Counterparty,ISIN").contains(ref);

        HttpResponse<String> price = operator.post(
                "/securities/prices/new", Map.of("isin", DeskData.SHARE, "day", today.toString(), "price", "-3"));
        assertThat(price.statusCode()).isEqualTo(400);
        assertThat(price.body()).contains("id=\"price-error\"", "must be positive");
        assertThat(operator.post(
                                "/securities/prices/new",
                                Map.of("isin", DeskData.SHARE, "day", today.toString(), "price", "10.20"))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aDividendApprovedByItsAnnouncerIsRefusedAndAnotherControllerAppliesIt() {
        if (users.directory().find("opcon.sw2b").isEmpty()) {
            users.add("opcon.sw2b", "demo", Set.of("OPERATOR", "CONTROLLER"), Set.of("HO"));
        }
        PageClient maker = new PageClient(port).signIn("opcon.sw2b", "demo");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "DIVIDEND");
        form.put("isin", DeskData.SHARE);
        form.put("recordDate", today.toString());
        form.put("payDate", today.minusDays(1).toString());
        form.put("rate", "0.10");
        form.put("taxPercent", "15");
        int before = securities.corporateActions().list().size();
        HttpResponse<String> refused = maker.post("/securities/corporate-actions/new", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"recordDate-error\"", "must not be after the pay date");
        form.put("payDate", today.toString());
        form.put("taxPercent", "150");
        assertThat(maker.post("/securities/corporate-actions/new", form).body())
                .contains("id=\"taxPercent-error\"", "within 0 and 100");
        assertThat(securities.corporateActions().list()).hasSize(before);

        form.put("taxPercent", "15");
        assertThat(maker.post("/securities/corporate-actions/new", form).statusCode())
                .isEqualTo(302);
        CorporateAction action = securities.corporateActions().list().getFirst();
        assertThat(action.terms().isin()).isEqualTo(DeskData.SHARE);
        assertThat(maker.followed().body())
                .contains("announced as action " + action.id(), "id=\"approve-" + action.id());

        maker.post("/securities/corporate-actions/" + action.id() + "/approve", Map.of());
        assertThat(maker.followed().body()).contains("Refused: the maker cannot approve or reject their own document");
        assertThat(securities.corporateActions().find(action.id()).orElseThrow().status())
                .isEqualTo(ActionStatus.ANNOUNCED);

        PageClient checker = as("controller.ho");
        assertThat(checker.post("/securities/corporate-actions/" + action.id() + "/approve", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(checker.followed().body()).contains("applied to", "id=\"entitlements\"");
        assertThat(securities.corporateActions().find(action.id()).orElseThrow().status())
                .isEqualTo(ActionStatus.APPLIED);
    }

    @Test
    void aGarbageStatementIsRefusedAndABreakIsAssignedThenResolvedOnlyWithAResolution() {
        PageClient controller = as("controller.ho");
        int before = securities
                .reconciliation()
                .breaks(Actor.system("test"), BreakQuery.all())
                .size();

        controller.upload("/securities/breaks/upload", "file", "mt535.txt", DeskData.garbageMt535());
        String refused = controller.get("/securities/breaks").body();
        assertThat(refused).contains("class=\"message error\"").doesNotContain("Exception", "Reconciled ");
        controller.upload("/securities/breaks/upload", "file", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(controller.get("/securities/breaks").body()).contains("file: is neither an MT535");
        assertThat(securities.reconciliation().breaks(Actor.system("test"), BreakQuery.all()))
                .hasSize(before);

        String ref = DeskData.statementRef("PG");
        controller.upload("/securities/breaks/upload", "file", "mt535.txt", DeskData.mt535(ref, FIRM, today, 777));
        assertThat(controller.get("/securities/breaks").body()).contains("Reconciled " + ref + ":");
        Break opened = securities.reconciliation().breaks(Actor.system("test"), BreakQuery.open()).stream()
                .filter(b -> b.statementRef().equals(ref) && b.subject().equals(DeskData.SHARE))
                .findFirst()
                .orElseThrow();
        assertThat(opened.theirs()).isEqualTo(777);
        String list = controller.get("/securities/breaks?kind=POSITION").body();
        assertThat(list).contains("id=\"break-" + opened.id() + "\"", ref);
        assertThat(controller.get("/securities/breaks?kind=NOPE").body()).contains("id=\"kind-error\"");

        HttpResponse<String> noOwner =
                controller.post("/securities/breaks/" + opened.id() + "/assign", Map.of("owner", "nobody.sw2b"));
        assertThat(noOwner.statusCode()).isEqualTo(400);
        assertThat(noOwner.body()).contains("id=\"owner-error\"", "there is no enabled user");
        assertThat(controller
                        .post("/securities/breaks/" + opened.id() + "/assign", Map.of("owner", "operator.ho"))
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> blank =
                controller.post("/securities/breaks/" + opened.id() + "/resolve", Map.of("resolution", "  "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"resolution-error\"", "must be given");
        assertThat(find(opened.id()).status()).isEqualTo(BreakStatus.ASSIGNED);

        PageClient owner = as("operator.ho");
        assertThat(owner.post(
                                "/securities/breaks/" + opened.id() + "/resolve",
                                Map.of("resolution", "Depository booked a corporate action early"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(find(opened.id()).status()).isEqualTo(BreakStatus.RESOLVED);
        assertThat(find(opened.id()).resolvedBy()).isEqualTo("operator.ho");

        String csv = new String(
                controller.bytes("/securities/breaks/report?format=csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Owner", "Total");
        byte[] pdf = controller.bytes("/securities/breaks/report?format=pdf").body();
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    }

    private Break find(long id) {
        return securities.reconciliation().breaks(Actor.system("test"), BreakQuery.all()).stream()
                .filter(b -> b.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
