package org.backoffice.server.securities.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.confirmation.ConfirmationStatus;
import org.backoffice.securities.registrar.TransferOrder;
import org.backoffice.securities.registrar.TransferOrderStatus;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.securities.SettlementData;
import org.backoffice.server.securities.SettlementMessages;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The settlement pages over HTTP: instructing from a trade and from the blotter, the instruction's page and messages,
 * the depository's messages uploaded, cancellation by maker and checker, transfer orders with the registrar's extract,
 * confirmations, a FIX log. Every refusal is shown on the page and changes nothing.
 */
class SecuritiesSettlementPagesTest extends WebTest {
    @Autowired
    Securities securities;

    Actor operator;

    @BeforeEach
    void referenceData() {
        SettlementData.ensure(securities);
        operator = users.actor("operator.ho");
    }

    private static String ref() {
        return "SP2A-" + Long.toString(System.nanoTime(), 36);
    }

    private Trade trade(Delivery delivery) {
        return SettlementData.capture(
                securities, operator, ref(), SecuritiesData.SHARE, 40, SecuritiesData.ALPHA, delivery);
    }

    /** The page an upload redirected to, as the browser shows it next. */
    private static HttpResponse<String> shown(PageClient client, HttpResponse<String> upload) {
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(302);
        return client.get(java.net
                .URI
                .create(upload.headers().firstValue("Location").orElseThrow())
                .getRawPath());
    }

    private Instruction instruction(Trade trade) {
        return securities.settlement().findByTrade(trade.id()).orElseThrow();
    }

    @Test
    void aTradeIsInstructedFromItsPageAndAnMt545SettlesIt() {
        PageClient page = as("operator.ho");
        Trade trade = trade(Delivery.DVP);
        assertThat(page.get("/securities/trades/" + trade.id()).body()).contains("id=\"instruct\"");

        HttpResponse<String> instructed = page.post("/securities/trades/" + trade.id() + "/instruct", Map.of());

        assertThat(instructed.statusCode()).isEqualTo(302);
        Instruction in = instruction(trade);
        assertThat(page.followed().body())
                .contains("Instruction " + in.reference() + " sent.", "id=\"instruction-link\"");
        page.post("/securities/trades/" + trade.id() + "/instruct", Map.of());
        assertThat(page.followed().body()).contains("Refused: ").doesNotContain("Exception");

        String view = page.get("/securities/settlement/" + in.id()).body();
        assertThat(view).contains("INSTRUCTED", ":20C::SEME//" + in.reference(), "sese.023", "id=\"cancel\"");
        HttpResponse<byte[]> mx = page.bytes("/securities/settlement/" + in.id() + "/message?format=MX");
        assertThat(new String(mx.body(), StandardCharsets.UTF_8)).contains("<Document", in.reference());
        assertThat(page.get("/securities/settlement/" + in.id() + "/message?format=PDF")
                        .statusCode())
                .isEqualTo(400);
        assertThat(page.get("/securities/settlement?isin=" + SecuritiesData.SHARE + "&status=INSTRUCTED")
                        .body())
                .contains(in.reference());
        assertThat(page.get("/securities/settlement?depoAccount=" + SettlementData.DEPO)
                        .body())
                .contains(in.reference());
        assertThat(page.get("/securities/settlement?depoAccount=" + SecuritiesData.DEPO)
                        .body())
                .doesNotContain(in.reference());
        HttpResponse<String> badFilter = page.get("/securities/settlement?status=SOMEDAY");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(badFilter.body()).contains("status: must be one of").doesNotContain("Exception");

        String mt545 = SettlementMessages.mt54x(securities, in, SettlementMessages.reference("C"), "100.00");
        HttpResponse<String> uploaded = page.upload(
                "/securities/settlement/messages", "file", "crest.fin", mt545.getBytes(StandardCharsets.UTF_8));

        assertThat(shown(page, uploaded).body()).contains("Read 1 message(s): 1 applied, 0 refused.", "MT545");
        assertThat(instruction(trade).status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(securities.trades().find(trade.id()).orElseThrow().status()).isEqualTo(TradeStatus.SETTLED);
        assertThat(page.get("/securities/settlement/" + in.id()).body()).contains("SETTLED", "100.00");
        String csv = new String(
                page.bytes("/securities/settlement/export?format=csv&status=SETTLED")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Reference,Status").contains(in.reference());
    }

    @Test
    void badMessageFilesAreRefusedAndChangeNothing() {
        PageClient page = as("operator.ho");

        assertThat(shown(page, page.upload("/securities/settlement/messages", "file", "empty.fin", new byte[0]))
                        .body())
                .contains("Refused: file: choose a file of SWIFT MT");

        assertThat(shown(page, page.upload("/securities/settlement/messages", "file", "latin.fin", new byte[] {
                            (byte) 0xC3, (byte) 0x28
                        }))
                        .body())
                .contains("Refused: file: is not UTF-8 text");

        String unknown = "{1:F01DEMOGB2LAXXX0000000000}{2:I999CRSTGB22XXXXN}{4:\n:20:X\n-}";
        assertThat(shown(
                                page,
                                page.upload(
                                        "/securities/settlement/messages",
                                        "file",
                                        "odd.fin",
                                        unknown.getBytes(StandardCharsets.UTF_8)))
                        .body())
                .contains("0 applied, 1 refused", "message 1 MT999")
                .doesNotContain("Exception");

        PageClient auditor = as("auditor");
        assertThat(shown(
                                auditor,
                                auditor.upload(
                                        "/securities/settlement/messages", "file", "odd.fin", unknown.getBytes()))
                        .body())
                .contains("Refused: auditor");
    }

    @Test
    void aCancellationIsAskedByAnOperatorAndApprovedByAnotherController() {
        if (users.directory().find("opcon3.ho").isEmpty()) {
            users.add("opcon3.ho", "demo", Set.of("OPERATOR", "CONTROLLER"), Set.of("HO"));
        }
        PageClient maker = new PageClient(port).signIn("opcon3.ho", "demo");
        Trade trade = trade(Delivery.FOP);
        maker.post("/securities/trades/" + trade.id() + "/instruct", Map.of());
        Instruction in = instruction(trade);

        maker.post("/securities/settlement/" + in.id() + "/cancel", Map.of("reason", " "));
        assertThat(maker.followed().body()).contains("Refused: reason: must be given for a cancellation");
        assertThat(instruction(trade).cancelRequestedBy()).isNull();

        maker.post("/securities/settlement/" + in.id() + "/cancel", Map.of("reason", "client withdrew the order"));
        assertThat(maker.followed().body()).contains("waits for a controller", "id=\"approve-cancel\"");
        maker.post("/securities/settlement/" + in.id() + "/approve-cancel", Map.of());
        assertThat(maker.followed().body()).contains("Refused: ");
        assertThat(instruction(trade).status()).isEqualTo(InstructionStatus.INSTRUCTED);

        PageClient checker = as("controller.ho");
        checker.post("/securities/settlement/" + in.id() + "/approve-cancel", Map.of());
        assertThat(checker.followed().body()).contains("Cancellation approved; the instruction is CANCELLED.");
        assertThat(instruction(trade).status()).isEqualTo(InstructionStatus.CANCELLED);
        assertThat(checker.get("/securities/settlement/" + in.id()).body()).contains("client withdrew the order");
    }

    @Test
    void theBlotterInstructsEveryNewTradeAndOnlyAnOperatorMay() {
        Trade first = trade(Delivery.FOP);
        Trade second = trade(Delivery.FOP);

        as("auditor").post("/securities/trades/instruct-new", Map.of());
        assertThat(as("auditor").followed().body()).contains("Refused: ");
        assertThat(securities.settlement().findByTrade(first.id())).isEmpty();

        PageClient page = as("operator.ho");
        page.post("/securities/trades/instruct-new", Map.of());

        assertThat(page.followed().body()).contains("Instructed ").doesNotContain("Exception");
        assertThat(instruction(first).status()).isEqualTo(InstructionStatus.INSTRUCTED);
        assertThat(instruction(second).status()).isEqualTo(InstructionStatus.INSTRUCTED);
    }

    @Test
    void aTransferOrderCompletesOnlyWithTheRegistrarsExtract() {
        PageClient page = as("operator.ho");
        Trade trade = SettlementData.capture(
                securities, operator, ref(), SettlementData.REGISTERED, 30, SettlementData.lei(), Delivery.DVP);
        assertThat(trade.status()).isEqualTo(TradeStatus.NEW);
        page.post("/securities/trades/" + trade.id() + "/instruct", Map.of());
        assertThat(page.followed().body()).contains("id=\"transfer-order\"");

        HttpResponse<String> generated = page.post("/securities/trades/" + trade.id() + "/transfer-order", Map.of());

        assertThat(generated.statusCode()).isEqualTo(302);
        TransferOrder order = securities.transferOrders().pendingWithoutExtract(operator).stream()
                .filter(o -> o.tradeId() == trade.id())
                .findFirst()
                .orElseThrow();
        assertThat(generated.headers().firstValue("Location").orElseThrow())
                .endsWith("/securities/transfer-orders/" + order.id());
        assertThat(page.followed().body()).contains(order.number(), "id=\"missing-extract\"");
        assertThat(page.get("/securities/transfer-orders?pending=true").body()).contains(order.number());
        assertThat(new String(
                        page.bytes("/securities/transfer-orders/" + order.id() + "/order.pdf")
                                .body(),
                        0,
                        5,
                        StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        page.post("/securities/transfer-orders/" + order.id() + "/sent", Map.of("sentOn", "27/11/2026"));
        assertThat(page.followed().body()).contains("Refused: sentOn: must be a date as YYYY-MM-DD");
        page.post("/securities/transfer-orders/" + order.id() + "/sent", Map.of("sentOn", ""));
        assertThat(page.followed().body()).contains("Registered as sent on");

        PageClient checker = as("controller.ho");
        checker.post("/securities/transfer-orders/" + order.id() + "/complete", Map.of());
        assertThat(checker.followed().body()).contains("Refused: ").contains("extract");
        assertThat(securities.transferOrders().find(order.id()).orElseThrow().status())
                .isEqualTo(TransferOrderStatus.SENT);

        assertThat(shown(
                                page,
                                page.upload(
                                        "/securities/transfer-orders/" + order.id() + "/extract",
                                        "file",
                                        "",
                                        new byte[0]))
                        .body())
                .contains("Refused: file: choose the registrar");
        assertThat(shown(
                                page,
                                page.upload(
                                        "/securities/transfer-orders/" + order.id() + "/extract",
                                        "file",
                                        "extract-" + order.number() + ".pdf",
                                        "%PDF-1.4 registrar's extract".getBytes(StandardCharsets.UTF_8)))
                        .body())
                .contains("attached.");
        assertThat(page.get("/securities/transfer-orders?pending=true").body()).doesNotContain(order.number());

        checker.post("/securities/transfer-orders/" + order.id() + "/complete", Map.of());
        assertThat(checker.followed().body()).contains("completed; the trade is settled.");
        assertThat(securities.transferOrders().find(order.id()).orElseThrow().status())
                .isEqualTo(TransferOrderStatus.COMPLETED);
        assertThat(securities.trades().find(trade.id()).orElseThrow().status()).isEqualTo(TradeStatus.SETTLED);
    }

    private Map<String, String> theirs(Trade trade, String quantity, String price) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("side", "SELL");
        form.put("isin", trade.isin());
        form.put("quantity", quantity);
        form.put("price", price);
        form.put(
                "settlementAmount",
                new BigDecimal(trade.settlementAmount()).movePointLeft(2).toPlainString());
        form.put("currency", "GBP");
        form.put("tradeDate", trade.tradeDate().toString());
        form.put("settlementDate", trade.settlementDate().toString());
        form.put("lei", trade.counterparty());
        return form;
    }

    @Test
    void aTradeIsAffirmedAndMatchedAndTheDifferencesAreShown() {
        PageClient page = as("operator.ho");
        Trade trade = trade(Delivery.DVP);

        HttpResponse<byte[]> pdf = page.bytes("/securities/trades/" + trade.id() + "/contract.pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        page.post("/securities/trades/" + trade.id() + "/affirm", Map.of());
        assertThat(page.followed().body()).contains("Affirmation of " + trade.tradeRef() + " recorded.", "AFFIRMED");

        HttpResponse<String> refused =
                page.post("/securities/trades/" + trade.id() + "/match", theirs(trade, "4O", "2.50"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"quantity-error\">must be a whole number<");
        assertThat(securities.confirmations().history(operator, trade.id())).hasSize(1);

        page.post("/securities/trades/" + trade.id() + "/match", theirs(trade, "40", "2.60"));
        assertThat(page.followed().body()).contains("Mismatched: ", "price: ours 2.50, theirs 2.60", "MISMATCHED");

        page.post("/securities/trades/" + trade.id() + "/match", theirs(trade, "40", "2.50"));
        assertThat(page.followed().body()).contains("Matched: the counterparty confirms");
        assertThat(securities
                        .confirmations()
                        .latest(operator, trade.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(ConfirmationStatus.MATCHED);
        assertThat(as("auditor")
                        .get("/securities/trades/" + trade.id() + "/match")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCsvOfConfirmationsIsMatchedRowByRow() {
        PageClient page = as("operator.ho");
        Trade trade = trade(Delivery.DVP);
        Map<String, String> t = theirs(trade, "40", "2.50");
        String row = String.join(
                ",",
                trade.tradeRef(),
                t.get("side"),
                t.get("isin"),
                t.get("quantity"),
                t.get("price"),
                t.get("settlementAmount"),
                t.get("currency"),
                t.get("tradeDate"),
                t.get("settlementDate"),
                t.get("lei"));
        String csv = "tradeRef,side,isin,quantity,price,settlementAmount,currency,tradeDate,settlementDate,lei\n" + row
                + "\n" + row.replace(",40,", ",forty,") + "\n";

        assertThat(shown(
                                page,
                                page.upload(
                                        "/securities/confirmations/upload",
                                        "file",
                                        "cp.csv",
                                        csv.getBytes(StandardCharsets.UTF_8)))
                        .body())
                .contains("Read 2 confirmation(s): matched 1, mismatched 0, refused 1.", "REFUSED", "MATCHED")
                .doesNotContain("Exception");
        assertThat(shown(
                                page,
                                page.upload(
                                        "/securities/confirmations/upload", "file", "cp.csv", "no,header\n".getBytes()))
                        .body())
                .contains("Refused: csv: the first line must be the header");
    }

    @Test
    void aFixLogUploadedOnTheBlotterCapturesItsFills() {
        PageClient page = as("operator.ho");
        String exec = "SP2AFIX" + Long.toString(System.nanoTime(), 36).toUpperCase();
        java.io.StringWriter text = new java.io.StringWriter();
        try (var writer = new org.backoffice.securities.message.FixLogWriter(text, "VENUE", "DEMOBO", false)) {
            writer.write(new org.backoffice.securities.message.FixFill(
                    exec,
                    "ORD1",
                    null,
                    org.backoffice.securities.message.Side.BUY,
                    SecuritiesData.SHARE,
                    new BigDecimal("12"),
                    new BigDecimal("2.50"),
                    "GBP",
                    SecuritiesData.today(securities),
                    null,
                    SettlementData.DEPO,
                    SecuritiesData.ALPHA,
                    SecuritiesData.MARKET,
                    securities.platform().clock().instant(),
                    org.backoffice.securities.message.ExecKind.NEW,
                    null));
        }
        String log = text + "8=FIX.4.4|garbage\n";

        assertThat(shown(
                                page,
                                page.upload(
                                        "/securities/trades/fix-log",
                                        "file",
                                        "drop.log",
                                        log.getBytes(StandardCharsets.UTF_8)))
                        .body())
                .contains("fills: captured 1", "unreadable 1")
                .doesNotContain("Exception");
        assertThat(securities.trades().findByRef(exec)).isPresent();
        assertThat(shown(page, page.upload("/securities/trades/fix-log", "file", "none.log", new byte[0]))
                        .body())
                .contains("Refused: file: choose a FIX log");
    }
}
