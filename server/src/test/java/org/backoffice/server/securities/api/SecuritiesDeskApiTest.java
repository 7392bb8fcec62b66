package org.backoffice.server.securities.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.corporate.ActionStatus;
import org.backoffice.server.securities.DeskData;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The securities desk's API: positions, fails and penalty rates, corporate actions, reconciliation and breaks. */
class SecuritiesDeskApiTest extends ApiTestSupport {
    private static final String FIRM = "SW2BAPI";

    @Autowired
    Securities securities;

    LocalDate today;

    @BeforeEach
    void referenceData() {
        DeskData.ensure(securities);
        DeskData.firmAccount(securities, FIRM);
        today = SecuritiesData.today(securities);
    }

    @Test
    void positionsAndPnlOfADepoAccountAndTheirBadInputs() {
        JsonNode positions =
                json(as("operator.ho").get("/api/securities/positions/" + DeskData.DEPO + "?asOf=" + today), 200);
        assertThat(text(positions, "depoAccount")).isEqualTo(DeskData.DEPO);
        assertThat(positions.get("securities").isArray()).isTrue();
        json(as("operator.ho").get("/api/securities/positions/" + DeskData.DEPO + "/pnl?method=AVERAGE"), 200);

        problem(as("operator.ho").get("/api/securities/positions/" + DeskData.DEPO + "?asOf=2026-13-01"), 400, "asOf");
        problem(
                as("operator.ho").get("/api/securities/positions/" + DeskData.DEPO + "/pnl?method=LIFO"),
                400,
                "method");
        problem(as("operator.b1").get("/api/securities/positions/" + DeskData.DEPO), 422, "depoAccount");
        problem(as("operator.ho").get("/api/securities/positions/holders"), 400, "isin");
        json(as("operator.ho").get("/api/securities/positions/holders?isin=" + DeskData.SHARE), 200);
    }

    @Test
    void aNegativePenaltyRateIsRefusedAndNothingChanges() {
        int before = securities.fails().table().rates().size();
        problem(
                as("controller.ho")
                        .post(
                                "/api/securities/penalty-rates",
                                "{\"category\":\"OTHER\",\"dailyRateBasisPoints\":\"-0.5\",\"validFrom\":\"2099-02-02\"}"),
                400,
                "dailyRateBasisPoints");
        problem(
                as("controller.ho")
                        .post(
                                "/api/securities/penalty-rates",
                                "{\"category\":\"WHATEVER\",\"dailyRateBasisPoints\":\"1\",\"validFrom\":\"2099-02-02\"}"),
                400,
                "category");
        problem(
                as("operator.ho")
                        .post(
                                "/api/securities/penalty-rates",
                                "{\"category\":\"OTHER\",\"dailyRateBasisPoints\":\"0.5\",\"validFrom\":\"2099-02-02\"}"),
                403);
        assertThat(securities.fails().table().rates()).hasSize(before);

        problem(as("operator.ho").post("/api/securities/fails/accrue", "{}"), 403);
        problem(as("operator.ho").get("/api/securities/fails?asOf=yesterday"), 400, "asOf");
        assertThat(json(as("operator.ho").get("/api/securities/fails?asOf=" + today), 200)
                        .isArray())
                .isTrue();
        problem(
                as("operator.ho")
                        .post(
                                "/api/securities/prices",
                                "{\"isin\":\"" + DeskData.SHARE + "\",\"day\":\"" + today + "\",\"price\":\"abc\"}"),
                400,
                "price");
    }

    @Test
    void aDividendApprovedByItsAnnouncerIsForbiddenAndStaysAnnounced() {
        if (users.directory().find("opcon.sw2bapi").isEmpty()) {
            users.add("opcon.sw2bapi", "demo", Set.of("OPERATOR", "CONTROLLER"), Set.of("HO"));
        }
        String body = "{\"kind\":\"DIVIDEND\",\"isin\":\"" + DeskData.SHARE + "\",\"recordDate\":\"" + today
                + "\",\"payDate\":\"" + today + "\",\"rate\":\"0.05\",\"taxPercent\":\"0\"}";
        problem(
                as("opcon.sw2bapi").post("/api/securities/corporate-actions", body.replace("\"0.05\"", "\"-0.05\"")),
                400,
                "rate");
        problem(
                as("opcon.sw2bapi").post("/api/securities/corporate-actions", body.replace("DIVIDEND", "MERGER")),
                400,
                "kind");

        String key = DeskData.statementRef("CA");
        JsonNode announced =
                json(as("opcon.sw2bapi").post("/api/securities/corporate-actions", body, "Idempotency-Key", key), 201);
        String id = text(announced, "id");
        // A retry with the same key answers the first announcement again rather than announcing twice.
        HttpResponse<String> retry =
                as("opcon.sw2bapi").post("/api/securities/corporate-actions", body, "Idempotency-Key", key);
        assertThat(text(json(retry, 201), "id")).isEqualTo(id);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(text(announced, "status")).isEqualTo("ANNOUNCED");

        problem(as("opcon.sw2bapi").post("/api/securities/corporate-actions/" + id + "/approve", ""), 403);
        assertThat(securities
                        .corporateActions()
                        .find(Long.parseLong(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(ActionStatus.ANNOUNCED);

        JsonNode applied =
                json(as("controller.ho").post("/api/securities/corporate-actions/" + id + "/approve", ""), 200);
        assertThat(applied.isArray()).isTrue();
        assertThat(text(json(as("auditor").get("/api/securities/corporate-actions/" + id), 200), "status"))
                .isEqualTo("APPLIED");
    }

    @Test
    void aGarbageMt535IsRefusedByFieldAndAGoodOneOpensABreakResolvedOnlyWithAResolution() {
        int before = securities
                .reconciliation()
                .breaks(Actor.system("test"), BreakQuery.all())
                .size();
        problem(
                as("operator.ho")
                        .upload(
                                "/api/securities/reconciliation/statements",
                                "file",
                                "mt535.txt",
                                "text/plain",
                                DeskData.garbageMt535()),
                400);
        problem(
                as("operator.ho")
                        .upload(
                                "/api/securities/reconciliation/statements",
                                "file",
                                "x.txt",
                                "text/plain",
                                "not a statement".getBytes(StandardCharsets.UTF_8)),
                400,
                "file");
        assertThat(securities.reconciliation().breaks(Actor.system("test"), BreakQuery.all()))
                .hasSize(before);

        String ref = DeskData.statementRef("API");
        JsonNode results = json(
                as("operator.ho")
                        .upload(
                                "/api/securities/reconciliation/statements",
                                "file",
                                "mt535.txt",
                                "text/plain",
                                DeskData.mt535(ref, FIRM, today, 321)),
                200);
        assertThat(text(results.get(0), "statementRef")).isEqualTo(ref);
        JsonNode opened = results.get(0)
                .get("opened")
                .valueStream()
                .filter(b -> text(b, "subject").equals(DeskData.SHARE))
                .findFirst()
                .orElseThrow();
        assertThat(opened.get("theirs").asLong()).isEqualTo(321);
        String id = text(opened, "id");

        JsonNode listed =
                json(as("controller.ho").get("/api/securities/reconciliation/breaks?kind=POSITION&status=OPEN"), 200);
        assertThat(listed.valueStream().map(b -> text(b, "id"))).contains(id);
        problem(as("controller.ho").get("/api/securities/reconciliation/breaks?status=CLOSED"), 400, "status");

        problem(
                as("controller.ho")
                        .post("/api/securities/reconciliation/breaks/" + id + "/resolve", "{\"resolution\":\"\"}"),
                422,
                "resolution");
        problem(
                as("controller.ho")
                        .post("/api/securities/reconciliation/breaks/" + id + "/assign", "{\"owner\":\"ghost\"}"),
                422,
                "owner");
        JsonNode resolved = json(
                as("controller.ho")
                        .post(
                                "/api/securities/reconciliation/breaks/" + id + "/resolve",
                                "{\"resolution\":\"Statement taken before a late settlement\"}"),
                200);
        assertThat(text(resolved, "status")).isEqualTo("RESOLVED");

        problem(
                as("controller.ho")
                        .post(
                                "/api/securities/reconciliation/firm-accounts",
                                "{\"account\":\"SW2BX\",\"branch\":\"NOPE\"}"),
                422,
                "branch");
        byte[] xlsx = as("controller.ho")
                .getBytes("/api/securities/reconciliation/report?format=xlsx")
                .body();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        problem(as("controller.ho").get("/api/securities/reconciliation/report?format=doc"), 400, "format");
    }

    @Test
    void aCamt053AndAnMt537AreToldApartByContentAndReconciledOnce() {
        DeskData.firmAccount(securities, "SW2BCASH");
        String messageId = DeskData.statementRef("CAMT");
        byte[] camt = DeskData.camt053(messageId, "SW2BCASH", today);

        JsonNode first = json(
                as("operator.ho")
                        .upload(
                                "/api/securities/reconciliation/statements",
                                "file",
                                "camt.xml",
                                "application/xml",
                                camt),
                200);
        assertThat(text(first.get(0), "statementRef")).startsWith(messageId);
        assertThat(first.get(0).get("opened").valueStream().map(b -> text(b, "kind")))
                .isNotEmpty()
                .containsOnly("CASH");
        JsonNode again = json(
                as("operator.ho")
                        .upload(
                                "/api/securities/reconciliation/statements",
                                "file",
                                "camt.xml",
                                "application/xml",
                                camt),
                200);
        assertThat(again.get(0).get("opened").size()).isZero();
        assertThat(again.get(0).get("alreadyKnown").asInt())
                .isEqualTo(first.get(0).get("opened").size());

        String ref = DeskData.statementRef("T");
        JsonNode pending = json(
                as("operator.ho")
                        .upload(
                                "/api/securities/reconciliation/statements",
                                "file",
                                "mt537.txt",
                                "text/plain",
                                DeskData.mt537(ref, FIRM, today)),
                200);
        assertThat(text(pending.get(0), "statementRef")).isEqualTo(ref);
        // Read as a statement of transactions: the holdings reader would have refused its message type.
        assertThat(pending.get(0).get("opened").isArray()).isTrue();
    }
}
