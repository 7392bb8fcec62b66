package org.backoffice.server.securities.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The securities API: reference data and the trade book, with every bad input refused by field. */
class SecuritiesApiTest extends ApiTestSupport {
    @Autowired
    Securities securities;

    String today;

    @BeforeEach
    void referenceData() {
        SecuritiesData.ensure(securities);
        today = SecuritiesData.today(securities).toString();
    }

    private static String ref() {
        return "API-" + System.nanoTime();
    }

    private String trade(String ref, String isin, Object quantity, String depo, String counterparty) {
        return """
                {"tradeRef":"%s","side":"BUY","isin":"%s","quantity":%s,"price":"12.50","currency":"GBP",
                 "tradeDate":"%s","depoAccount":"%s","counterparty":"%s","delivery":"FOP"}
                """.formatted(ref, isin, quantity, today, depo, counterparty);
    }

    private String good(String ref) {
        return trade(ref, SecuritiesData.SHARE, 100, SecuritiesData.DEPO, SecuritiesData.ALPHA);
    }

    @Test
    void aTradeIsCapturedFoundOnTheBlotterAndItsFirstVersionNamesItsMaker() {
        String ref = ref();
        HttpResponse<String> response = as("operator.ho").post("/api/securities/trades", good(ref));

        JsonNode outcome = json(response, 201);
        assertThat(text(outcome, "kind")).isEqualTo("CAPTURED");
        JsonNode trade = outcome.get("trade");
        String id = text(trade, "id");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/securities/trades/" + id);
        assertThat(text(trade, "status")).isEqualTo("NEW");
        assertThat(text(trade, "grossAmount")).isEqualTo("1250.00");
        assertThat(text(trade, "market")).isEqualTo(SecuritiesData.MARKET);

        JsonNode found = json(as("controller.ho").get("/api/securities/trades/" + id), 200);
        assertThat(text(found, "tradeRef")).isEqualTo(ref);
        JsonNode blotter = json(
                as("operator.ho").get("/api/securities/trades?depoAccount=" + SecuritiesData.DEPO + "&size=500"), 200);
        assertThat(blotter.get("items").valueStream().map(t -> text(t, "tradeRef")))
                .contains(ref);
        JsonNode versions = json(as("operator.ho").get("/api/securities/trades/" + id + "/versions"), 200);
        assertThat(text(versions.get(0), "action")).isEqualTo("CAPTURE");
        assertThat(text(versions.get(0), "madeBy")).isEqualTo("operator.ho");

        // A retry with the same Idempotency-Key answers the first answer again.
        String keyed = ref();
        HttpResponse<String> once =
                as("operator.ho").post("/api/securities/trades", good(keyed), "Idempotency-Key", keyed);
        HttpResponse<String> twice =
                as("operator.ho").post("/api/securities/trades", good(keyed), "Idempotency-Key", keyed);
        assertThat(json(twice, 201).get("trade").get("id"))
                .isEqualTo(json(once, 201).get("trade").get("id"));
        assertThat(twice.headers().firstValue("Idempotent-Replayed")).hasValue("true");

        // The same trade again is a duplicate, other details under its reference are refused.
        assertThat(text(json(as("operator.ho").post("/api/securities/trades", good(ref)), 200), "kind"))
                .isEqualTo("DUPLICATE");
        problem(
                as("operator.ho")
                        .post(
                                "/api/securities/trades",
                                trade(ref, SecuritiesData.SHARE, 101, SecuritiesData.DEPO, SecuritiesData.ALPHA)),
                422,
                "tradeRef");
    }

    @Test
    void aBadIsinOrAnUnknownDepoOrCounterpartySendsTheTradeToRepairWithEveryReason() {
        JsonNode badIsin = json(
                as("operator.ho")
                        .post(
                                "/api/securities/trades",
                                trade(ref(), "GB00SECWEB19", 10, SecuritiesData.DEPO, SecuritiesData.UNKNOWN)),
                201);

        assertThat(text(badIsin, "kind")).isEqualTo("REPAIR");
        assertThat(text(badIsin.get("trade"), "status")).isEqualTo("REPAIR");
        assertThat(badIsin.get("errors").valueStream().map(e -> text(e, "field")))
                .contains("isin", "counterparty");
        assertThat(badIsin.get("errors").valueStream().map(e -> text(e, "message")))
                .anySatisfy(m -> assertThat(m).contains("check digit"));

        JsonNode unknownDepo = json(
                as("operator.ho")
                        .post(
                                "/api/securities/trades",
                                trade(ref(), SecuritiesData.SHARE, 10, "NOSUCHDEPO", SecuritiesData.ALPHA)),
                201);
        assertThat(unknownDepo.get("errors").valueStream().map(e -> text(e, "field")))
                .containsExactly("depoAccount");
        String id = text(unknownDepo.get("trade"), "id");
        JsonNode queue = json(as("operator.ho").get("/api/securities/trades?repair=true&size=500"), 200);
        assertThat(queue.get("items").valueStream().map(t -> text(t, "id"))).contains(id);
    }

    @Test
    void aQuantityThatIsNotAWholeNumberIsRefusedAndNothingIsCaptured() {
        String ref = ref();
        problem(
                as("operator.ho")
                        .post(
                                "/api/securities/trades",
                                trade(ref, SecuritiesData.SHARE, "1.5", SecuritiesData.DEPO, SecuritiesData.ALPHA)),
                422,
                "quantity");

        assertThat(securities.trades().findByRef(ref)).isEmpty();
    }

    @Test
    void aListIsCapturedRowByRow() {
        String first = ref();
        String second = ref();
        JsonNode answer = json(
                as("operator.ho")
                        .post(
                                "/api/securities/trades",
                                "[" + good(first) + ","
                                        + trade(
                                                second,
                                                SecuritiesData.SHARE,
                                                "\"ten\"",
                                                SecuritiesData.DEPO,
                                                SecuritiesData.ALPHA)
                                        + "]"),
                200);

        assertThat(answer.get("captured").asLong()).isEqualTo(1);
        assertThat(answer.get("refused").asLong()).isEqualTo(1);
        JsonNode refused = answer.get("outcomes").get(1);
        assertThat(refused.get("row").asInt()).isEqualTo(2);
        assertThat(text(refused.get("errors").get(0), "field")).isEqualTo("quantity");
        assertThat(securities.trades().findByRef(second)).isEmpty();
    }

    @Test
    void theMakerOfAnAmendmentMayNotApproveItAnotherControllerMay() {
        if (users.directory().find("opcon.ho").isEmpty())
            users.add("opcon.ho", "opcon-secret-1", java.util.Set.of("OPERATOR", "CONTROLLER"), java.util.Set.of("HO"));
        String ref = ref();
        String id = text(
                json(as("operator.ho").post("/api/securities/trades", good(ref)), 201)
                        .get("trade"),
                "id");
        String amended = trade(ref, SecuritiesData.SHARE, 150, SecuritiesData.DEPO, SecuritiesData.ALPHA)
                .replace("\"delivery\"", "\"reason\":\"client corrected the size\",\"delivery\"");

        JsonNode proposal = json(as("opcon.ho").post("/api/securities/trades/" + id + "/amendments", amended), 201);
        int version = proposal.get("version").asInt();
        assertThat(text(proposal, "state")).isEqualTo("PROPOSED");

        JsonNode refused = problem(
                as("opcon.ho").post("/api/securities/trades/" + id + "/versions/" + version + "/approve", "{}"), 403);
        assertThat(text(refused, "detail")).contains("maker");
        assertThat(securities.trades().find(Long.parseLong(id)).orElseThrow().quantity())
                .isEqualTo(100);
        problem(
                as("operator.ho").post("/api/securities/trades/" + id + "/versions/" + version + "/approve", "{}"),
                403);

        JsonNode approved = json(
                as("controller.ho").post("/api/securities/trades/" + id + "/versions/" + version + "/approve", "{}"),
                200);
        assertThat(approved.get("quantity").asLong()).isEqualTo(150);
        assertThat(text(approved, "status")).isEqualTo(TradeStatus.NEW.name());

        problem(as("operator.ho").post("/api/securities/trades/" + id + "/cancellation", "{}"), 422, "reason");
    }

    @Test
    void aCsvWithBadRowsLoadsTheGoodOnesAndNamesEachBadRow() {
        String a = ref();
        String b = ref();
        String file = "trade_ref,side,isin,quantity,price,currency,trade_date,settlement_date,depo_account,"
                + "counterparty,market,delivery\n"
                + a + ",BUY," + SecuritiesData.SHARE + ",10,12.50,GBP," + today + ",," + SecuritiesData.DEPO + ","
                + SecuritiesData.ALPHA + ",XLON,FOP\n"
                + b + ",BUY," + SecuritiesData.SHARE + ",1.5,12.50,GBP," + today + ",," + SecuritiesData.DEPO + ","
                + SecuritiesData.ALPHA + ",XLON,FOP\n";

        JsonNode loaded = json(
                as("operator.ho")
                        .upload(
                                "/api/securities/trades/csv",
                                "file",
                                "trades.csv",
                                "text/csv",
                                file.getBytes(StandardCharsets.UTF_8)),
                200);

        assertThat(loaded.get("loaded").asLong()).isEqualTo(1);
        assertThat(loaded.get("refused").asLong()).isEqualTo(1);
        assertThat(loaded.toString())
                .contains("row 3: quantity: must be a whole number")
                .doesNotContain("Exception");
        assertThat(securities.trades().findByRef(a)).isPresent();
        assertThat(securities.trades().findByRef(b)).isEmpty();
    }

    @Test
    void badReferenceDataIsRefusedByField() {
        problem(as("admin").post("/api/securities/instruments", """
                {"isin":"GB00SECWEB19","kind":"EQUITY","name":"Bad","currency":"GBP","nominal":"1","market":"XLON",
                 "place":"CRSTGB22XXX","penaltyCategory":"SHARES_LIQUID"}
                """), 400, "isin");
        problem(as("admin").post("/api/securities/counterparties", """
                {"lei":"SECWEBALPHABROK00173","bic":"ALPHGB2LXXX","name":"Bad check digits"}
                """), 400, "lei");
        problem(as("admin").post("/api/securities/instruments", """
                {"isin":"GB00SECWEBB8","kind":"EQUITY","name":"No market","currency":"GBP","nominal":"1","market":"XNOP",
                 "place":"CRSTGB22XXX","penaltyCategory":"SHARES_LIQUID"}
                """), 422, "market");
        problem(as("auditor").post("/api/securities/markets", """
                {"mic":"XAUD","name":"Auditors' market","settlementDays":2}
                """), 403);
        assertThat(securities.markets().find("XAUD")).isEmpty();
        problem(as("operator.ho").get("/api/securities/depo-accounts/NOSUCHDEPO"), 404);
        assertThat(json(as("operator.ho").get("/api/securities/depo-accounts"), 200)
                        .toString())
                .contains(SecuritiesData.DEPO);
        assertThat(json(as("operator.b1").get("/api/securities/depo-accounts"), 200)
                        .toString())
                .doesNotContain(SecuritiesData.DEPO);
    }
}
