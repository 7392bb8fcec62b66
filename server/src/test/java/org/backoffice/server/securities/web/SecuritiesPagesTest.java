package org.backoffice.server.securities.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The securities pages: forms with their field errors, the maker-checker steps, the CSV upload and the export. */
class SecuritiesPagesTest extends WebTest {
    @Autowired
    Securities securities;

    String today;

    @BeforeEach
    void referenceData() {
        SecuritiesData.ensure(securities);
        today = SecuritiesData.today(securities).toString();
    }

    private Map<String, String> ticket(String ref, String quantity, String counterparty) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tradeRef", ref);
        form.put("side", "BUY");
        form.put("isin", SecuritiesData.SHARE);
        form.put("quantity", quantity);
        form.put("price", "12.50");
        form.put("currency", "GBP");
        form.put("tradeDate", today);
        form.put("depoAccount", SecuritiesData.DEPO);
        form.put("counterparty", counterparty);
        form.put("delivery", "FOP");
        return form;
    }

    private static String ref() {
        return "PG-" + System.nanoTime();
    }

    @Test
    void aBadQuantityComesBackAtItsInputAndAGoodTradeIsCaptured() {
        PageClient operator = as("operator.ho");
        String ref = ref();

        HttpResponse<String> refused =
                operator.post("/securities/trades/new", ticket(ref, "2.5", SecuritiesData.ALPHA));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"quantity-error\">must be a whole number<", "value=\"2.5\"");
        assertThat(securities.trades().findByRef(ref)).isEmpty();

        HttpResponse<String> captured =
                operator.post("/securities/trades/new", ticket(ref, "25", SecuritiesData.ALPHA));
        assertThat(captured.statusCode()).isEqualTo(302);
        Trade trade = securities.trades().findByRef(ref).orElseThrow();
        assertThat(captured.headers().firstValue("Location").orElseThrow())
                .endsWith("/securities/trades/" + trade.id());
        assertThat(operator.followed().body()).contains("Trade " + ref + " captured.", "id=\"versions\"");
        assertThat(operator.get("/securities/trades?isin=" + SecuritiesData.SHARE)
                        .body())
                .contains(ref);
    }

    @Test
    void theMakerSeesTheRefusalOfTheirOwnApprovalAndAnotherControllerCancels() {
        if (users.directory().find("opcon2.ho").isEmpty()) {
            users.add("opcon2.ho", "demo", Set.of("OPERATOR", "CONTROLLER"), Set.of("HO"));
        }
        PageClient maker = new PageClient(port).signIn("opcon2.ho", "demo");
        String ref = ref();
        maker.post("/securities/trades/new", ticket(ref, "5", SecuritiesData.ALPHA));
        long id = securities.trades().findByRef(ref).orElseThrow().id();

        maker.post("/securities/trades/" + id + "/cancel", Map.of("reason", "duplicate of a phone order"));
        assertThat(maker.followed().body()).contains("Cancellation proposed as version 2");
        maker.post("/securities/trades/" + id + "/versions/2/approve", Map.of());

        assertThat(maker.followed().body()).contains("Refused: the maker cannot approve or reject their own document");
        assertThat(securities.trades().find(id).orElseThrow().status()).isEqualTo(TradeStatus.NEW);

        PageClient checker = as("controller.ho");
        checker.post("/securities/trades/" + id + "/versions/2/approve", Map.of());
        assertThat(checker.followed().body()).contains("Version 2 approved; the trade is CANCELLED.");
        assertThat(securities.trades().find(id).orElseThrow().status()).isEqualTo(TradeStatus.CANCELLED);
    }

    @Test
    void anUploadedFileLoadsItsGoodRowsAndNamesItsBadOnesAndTheBlotterExports() {
        PageClient operator = as("operator.ho");
        String good = ref();
        String bad = ref();
        String file = "trade_ref,side,isin,quantity,price,currency,trade_date,settlement_date,depo_account,"
                + "counterparty,market,delivery\n"
                + good + ",BUY," + SecuritiesData.SHARE + ",7,12.50,GBP," + today + ",," + SecuritiesData.DEPO + ","
                + SecuritiesData.ALPHA + ",,FOP\n"
                + bad + ",BUY," + SecuritiesData.SHARE + ",seven,12.50,GBP," + today + ",," + SecuritiesData.DEPO
                + "," + SecuritiesData.ALPHA + ",,FOP\n";

        HttpResponse<String> upload = operator.upload(
                "/securities/trades/upload", "file", "trades.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(upload.statusCode()).isEqualTo(302);
        String blotter = operator.get("/securities/trades").body();
        assertThat(blotter)
                .contains("loaded 1, repair 0, duplicate 0, refused 1", "row 3: quantity: must be a whole number")
                .doesNotContain("Exception");
        assertThat(securities.trades().findByRef(good)).isPresent();

        String csv = new String(
                operator.bytes("/securities/trades/export?format=csv&isin=" + SecuritiesData.SHARE)
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Trade ref,Status,Side,ISIN").contains(good).doesNotContain(bad);
        byte[] xlsx = operator.bytes("/securities/trades/export?format=xlsx").body();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void referenceFormsShowEachRefusalAtItsInput() {
        PageClient operator = as("operator.ho");

        HttpResponse<String> instrument = operator.post(
                "/securities/instruments/new",
                Map.of(
                        "isin", "GB00SECWEB19",
                        "kind", "EQUITY",
                        "name", "Bad check digit plc",
                        "currency", "GBP",
                        "nominal", "1",
                        "market", SecuritiesData.MARKET,
                        "place", SecuritiesData.CSD,
                        "penaltyCategory", "SHARES_LIQUID"));
        assertThat(instrument.statusCode()).isEqualTo(400);
        assertThat(instrument.body()).contains("id=\"isin-error\"", "check digit");

        HttpResponse<String> depo = operator.post(
                "/securities/depo-accounts/new",
                Map.of("code", "bad code!", "branch", "HO", "ownerKind", "CLIENT", "ownerName", "X"));
        assertThat(depo.statusCode()).isEqualTo(400);
        assertThat(depo.body()).contains("id=\"code-error\"");
        assertThat(securities.depoAccounts().find("BAD CODE!")).isEmpty();

        assertThat(operator.get("/securities/counterparties/" + SecuritiesData.ALPHA)
                        .body())
                .contains("Alpha Brokers Ltd", "CRALPH");
    }
}
