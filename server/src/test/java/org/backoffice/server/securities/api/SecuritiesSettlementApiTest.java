package org.backoffice.server.securities.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.message.Sese025Writer;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.securities.SettlementData;
import org.backoffice.server.securities.SettlementMessages;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The settlement API: instructions, the depository's messages, transfer orders and confirmations, bad inputs by field. */
class SecuritiesSettlementApiTest extends ApiTestSupport {
    @Autowired
    Securities securities;

    Actor operator;

    @BeforeEach
    void referenceData() {
        SettlementData.ensure(securities);
        operator = users.actor("operator.ho");
    }

    private Trade trade(Delivery delivery) {
        return SettlementData.capture(
                securities,
                operator,
                "SA2A-" + Long.toString(System.nanoTime(), 36),
                SecuritiesData.SHARE,
                20,
                SecuritiesData.ALPHA,
                delivery);
    }

    private String instruct(Trade trade) {
        JsonNode made = json(
                as("operator.ho").post("/api/securities/instructions", "{\"tradeId\":\"" + trade.id() + "\"}"), 201);
        assertThat(made.get("instructed").asBoolean()).isTrue();
        return text(made.get("instruction"), "id");
    }

    @Test
    void aTradeIsInstructedReadAndSettledByAnMt545() {
        problem(as("operator.ho").post("/api/securities/instructions", "{}"), 422, "tradeId");
        problem(as("operator.ho").post("/api/securities/instructions", "{\"tradeId\":\"12x\"}"), 422, "tradeId");
        Trade trade = trade(Delivery.DVP);

        String id = instruct(trade);

        // A trade instructed already is a conflict with its state.
        assertThat(problem(
                                as("operator.ho")
                                        .post("/api/securities/instructions", "{\"tradeId\":\"" + trade.id() + "\"}"),
                                409)
                        .get("detail")
                        .asString())
                .contains("only a NEW trade is instructed");
        JsonNode in = json(as("controller.ho").get("/api/securities/instructions/" + id), 200);
        assertThat(text(in, "status")).isEqualTo("INSTRUCTED");
        assertThat(text(in, "settlementAmount")).isEqualTo("50.00");
        JsonNode list = json(
                as("operator.ho")
                        .get("/api/securities/instructions?status=INSTRUCTED&isin=" + SecuritiesData.SHARE
                                + "&size=1000"),
                200);
        assertThat(list.get("items").valueStream().map(i -> text(i, "id"))).contains(id);
        problem(as("operator.ho").get("/api/securities/instructions?status=LATER"), 400);
        String mt = as("operator.ho")
                .get("/api/securities/instructions/" + id + "/message?format=MT")
                .body();
        assertThat(mt).contains(":20C::SEME//" + text(in, "reference"));
        assertThat(as("operator.ho")
                        .get("/api/securities/instructions/" + id + "/message?format=MX")
                        .body())
                .contains("sese.023");
        problem(as("operator.ho").get("/api/securities/instructions/" + id + "/message?format=PDF"), 400, "format");
        problem(as("operator.ho").get("/api/securities/instructions/999"), 404);

        Instruction instruction =
                securities.settlement().find(Long.parseLong(id)).orElseThrow();
        String mt545 = SettlementMessages.mt54x(securities, instruction, SettlementMessages.reference("A"), "50.00");
        problem(as("operator.ho").send("POST", "/api/securities/messages", " ", "text/plain"), 422, "messages");
        JsonNode read = json(as("operator.ho").send("POST", "/api/securities/messages", mt545, "text/plain"), 200);

        assertThat(read.get(0).get("error").isNull()).as(read.toString()).isTrue();
        assertThat(text(read.get(0), "kind")).isEqualTo("MT545");
        assertThat(text(json(as("operator.ho").get("/api/securities/instructions/" + id), 200), "status"))
                .isEqualTo("SETTLED");
        JsonNode events = json(as("operator.ho").get("/api/securities/instructions/" + id + "/events"), 200);
        assertThat(events.valueStream().map(e -> text(e, "to"))).containsExactly("INSTRUCTED", "SETTLED");
        JsonNode file = json(
                as("operator.ho")
                        .upload(
                                "/api/securities/messages",
                                "file",
                                "odd.fin",
                                "text/plain",
                                "{1:F01DEMOGB2LAXXX0000000000}{2:I999CRSTGB22XXXXN}{4:\n:20:X\n-}"
                                        .getBytes(StandardCharsets.UTF_8)),
                200);
        assertThat(text(file.get(0), "error")).isNotBlank();
    }

    @Test
    void anIso20022ConfirmationSettlesTheInstructionToo() {
        String id = instruct(trade(Delivery.DVP));
        Instruction in = securities.settlement().find(Long.parseLong(id)).orElseThrow();
        String sese025 = Sese025Writer.write(
                SettlementMessages.settledInFull(in, SettlementMessages.reference("X"), "50.00"),
                in.depoAccount(),
                in.place(),
                in.place(),
                securities.settings().bic(),
                securities.platform().clock().instant());

        JsonNode read =
                json(as("operator.ho").send("POST", "/api/securities/messages", sese025, "application/xml"), 200);

        assertThat(text(read.get(0), "kind")).isEqualTo("sese.025");
        assertThat(read.get(0).get("error").isNull()).as(read.toString()).isTrue();
        assertThat(securities.settlement().find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
    }

    @Test
    void aCancellationNeedsAReasonAndAnotherControllersApproval() {
        String id = instruct(trade(Delivery.FOP));

        problem(as("operator.ho").post("/api/securities/instructions/" + id + "/cancellation", "{}"), 422, "reason");
        JsonNode asked = json(
                as("operator.ho")
                        .post("/api/securities/instructions/" + id + "/cancellation", "{\"reason\":\"wrong client\"}"),
                200);
        assertThat(text(asked, "cancelRequestedBy")).isEqualTo("operator.ho");
        problem(as("operator.ho").post("/api/securities/instructions/" + id + "/cancellation/approve", ""), 403);
        JsonNode approved =
                json(as("controller.ho").post("/api/securities/instructions/" + id + "/cancellation/approve", ""), 200);
        assertThat(text(approved, "status")).isEqualTo("CANCELLED");
    }

    @Test
    void aTransferOrderIsRefusedWithoutTheExtractAndCompletesWithIt() {
        Trade share = trade(Delivery.FOP);
        instruct(share);
        problem(
                as("operator.ho").post("/api/securities/transfer-orders", "{\"tradeId\":\"" + share.id() + "\"}"),
                422,
                "isin");
        problem(as("operator.ho").post("/api/securities/transfer-orders", "{}"), 422, "tradeId");
        Trade registered = SettlementData.capture(
                securities,
                operator,
                "SA2A-" + Long.toString(System.nanoTime(), 36),
                SettlementData.REGISTERED,
                15,
                SettlementData.lei(),
                Delivery.DVP);
        assertThat(registered.status()).isEqualTo(TradeStatus.NEW);
        instruct(registered);

        JsonNode order = json(
                as("operator.ho").post("/api/securities/transfer-orders", "{\"tradeId\":\"" + registered.id() + "\"}"),
                201);
        String id = text(order, "id");
        assertThat(text(order, "status")).isEqualTo("GENERATED");
        problem(
                as("operator.ho").post("/api/securities/transfer-orders/" + id + "/sent", "{\"sentOn\":\"soon\"}"),
                422,
                "sentOn");
        json(
                as("operator.ho")
                        .post(
                                "/api/securities/transfer-orders/" + id + "/sent",
                                "{\"sentOn\":\"" + SecuritiesData.today(securities) + "\"}"),
                200);
        JsonNode pending =
                json(as("controller.ho").get("/api/securities/transfer-orders?pendingWithoutExtract=true"), 200);
        assertThat(pending.get("items").valueStream().map(o -> text(o, "id"))).contains(id);

        problem(
                as("controller.ho").post("/api/securities/transfer-orders/" + id + "/complete", ""),
                422,
                "supportingDocument");
        assertThat(securities.trades().find(registered.id()).orElseThrow().status())
                .isEqualTo(TradeStatus.INSTRUCTED);

        json(
                as("operator.ho")
                        .upload(
                                "/api/securities/transfer-orders/" + id + "/extract",
                                "file",
                                "extract.pdf",
                                "application/pdf",
                                "%PDF-1.4 extract".getBytes(StandardCharsets.US_ASCII)),
                200);
        JsonNode completed =
                json(as("controller.ho").post("/api/securities/transfer-orders/" + id + "/complete", ""), 200);
        assertThat(text(completed, "status")).isEqualTo("COMPLETED");
        assertThat(securities.trades().find(registered.id()).orElseThrow().status())
                .isEqualTo(TradeStatus.SETTLED);
        HttpResponse<byte[]> pdf = as("operator.ho").getBytes("/api/securities/transfer-orders/" + id + "/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aTradeIsAffirmedAndMatchedWithItsDifferencesAndACsvIsMatchedRowByRow() {
        Trade trade = trade(Delivery.DVP);
        String path = "/api/securities/trades/" + trade.id();
        String theirs = """
                {"side":"SELL","isin":"%s","quantity":"%s","price":"%s","settlementAmount":"50.00","currency":"GBP",
                 "tradeDate":"%s","settlementDate":"%s","lei":"%s"}
                """;

        problem(
                as("operator.ho")
                        .post(
                                path + "/confirmation-match",
                                theirs.formatted(
                                        trade.isin(),
                                        "twenty",
                                        "2.50",
                                        trade.tradeDate(),
                                        "27.11.2026",
                                        trade.counterparty())),
                422,
                "quantity",
                "settlementDate");
        JsonNode mismatch = json(
                as("operator.ho")
                        .post(
                                path + "/confirmation-match",
                                theirs.formatted(
                                        trade.isin(),
                                        "20",
                                        "2.55",
                                        trade.tradeDate(),
                                        trade.settlementDate(),
                                        trade.counterparty())),
                200);
        assertThat(mismatch.get("matched").asBoolean()).isFalse();
        assertThat(mismatch.get("differences").valueStream().map(d -> text(d, "field")))
                .contains("price");
        json(as("operator.ho").post(path + "/affirmation", ""), 201);
        problem(as("auditor").post(path + "/affirmation", ""), 403);
        JsonNode history = json(as("operator.ho").get(path + "/confirmations"), 200);
        assertThat(history.valueStream().map(c -> text(c, "status"))).containsExactly("MISMATCHED", "AFFIRMED");
        assertThat(new String(as("operator.ho").getBytes(path + "/contract").body(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        String csv = "tradeRef,side,isin,quantity,price,settlementAmount,currency,tradeDate,settlementDate,lei\n"
                + String.join(
                        ",",
                        trade.tradeRef(),
                        "SELL",
                        trade.isin(),
                        "20",
                        "2.50",
                        "50.00",
                        "GBP",
                        trade.tradeDate().toString(),
                        trade.settlementDate().toString(),
                        trade.counterparty())
                + "\nNOSUCHTRADE,SELL\n";
        JsonNode rows = json(
                as("operator.ho")
                        .upload(
                                "/api/securities/confirmations/csv",
                                "file",
                                "cp.csv",
                                "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)),
                200);
        assertThat(rows.valueStream().map(r -> text(r, "kind"))).containsExactly("MATCHED", "REFUSED");
        assertThat(rows.get(1).get("row").asInt()).isEqualTo(3);
        problem(
                as("operator.ho")
                        .upload("/api/securities/confirmations/csv", "file", "cp.csv", "text/csv", "a,b\n".getBytes()),
                422,
                "csv");
    }
}
