package org.backoffice.server.bank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.banking.Banking;
import org.backoffice.banking.cash.Shift;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cash desk pages over HTTP: a cashier of this class's own at a desk of B2 of its own. */
class CashPageTest extends WebTest {
    private static final String CASHIER = "cashier.web";

    @Autowired
    Banking banking;

    @Test
    void aCashierOpensAShiftTakesAFeeInCountsLiveAndClosesAndTheCashBookDownloads() {
        PageClient admin = as("admin");
        HttpResponse<String> setUp =
                admin.post("/cash/desks", Map.of("branch", "B2", "code", "W1", "name", "Web counter"));
        assertThat(setUp.statusCode()).isEqualTo(302);
        assertThat(admin.get("/cash").body()).contains("Web counter", ">W1</a>");
        admin.post("/cash/desks", Map.of("branch", "B2", "code", "w 1", "name", "Bad"));
        assertThat(admin.followed().body()).contains("code: must be 1 to 8 upper-case letters");
        synchronized (CashPageTest.class) {
            if (platform.users().find(CASHIER).isEmpty()) {
                users.add(CASHIER, "web-cashier-secret", Set.of("OPERATOR"), Set.of("B2"));
            }
        }
        voucher("operator.b2", "B2", "vault stock", "B2-1040-USD", "B2-2910-USD", "500.00", true);
        PageClient cashier = new PageClient(port).signIn(CASHIER, "web-cashier-secret");

        assertThat(cashier.get("/cash/desks/B2/W1").body()).contains("Open a shift");
        cashier.post("/cash/desks/B2/W1/shift", Map.of("float.USD", "100.00"));
        String desk = cashier.followed().body();
        assertThat(desk).contains("100.00 USD", "Cash receipt order", "Close the shift");

        cashier.post(
                "/cash/desks/B2/W1/receipt",
                Map.of("currency", "USD", "amount", "20.00", "incomeAccount", "B2-4020-USD", "payer", "Walk-in"));
        assertThat(cashier.get("/cash/desks/B2/W1").body()).contains("120.00 USD");
        cashier.post(
                "/cash/desks/B2/W1/disbursement",
                Map.of("currency", "USD", "amount", "5.00", "debitIban", "GB00NOPE", "idDocument", ""));
        String refused = cashier.followed().body();
        assertThat(refused).contains("idDocument: must be given", "debitIban:");

        Shift shift = banking.cash().currentShift(users.actor(CASHIER)).orElseThrow();
        assertThat(cashier.get("/cash/shifts/" + shift.id() + "/close").body())
                .contains("count.USD.2000", "count.GBP.1", "120.00");
        String totals = cashier.post(
                        "/cash/shifts/" + shift.id() + "/count",
                        Map.of("count.USD.10000", "1", "count.USD.1000", "1", "count.USD.500", "1"),
                        "HX-Request",
                        "true")
                .body();
        assertThat(totals)
                .contains("id=\"count-totals\"", "115.00", "-5.00", "shortage")
                .doesNotContain("<nav");
        assertThat(cashier.post(
                                "/cash/shifts/" + shift.id() + "/count",
                                Map.of("count.USD.300", "1"),
                                "HX-Request",
                                "true")
                        .body())
                .contains("counts[0].denomination");

        HttpResponse<String> closed = cashier.post(
                "/cash/shifts/" + shift.id() + "/close",
                Map.of("count.USD.10000", "1", "count.USD.1000", "1", "count.USD.500", "1", "returnToVault", "true"));
        assertThat(closed.statusCode()).isEqualTo(302);
        String book = as("auditor").get("/cash/book?branch=B2&desk=W1").body();
        assertThat(book).contains("Cash book", "ShiftOpen", "CashReceiptOrder", "Shortage", "ties to the ledger");
        HttpResponse<byte[]> xlsx = as("auditor").bytes("/cash/book/export?format=xlsx&branch=B2&desk=W1");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PK");
        assertThat(as("operator.b1").get("/cash/book?branch=B2&desk=W1").statusCode())
                .isEqualTo(404);
        assertThat(as("operator.b1")
                        .get("/cash/shifts/" + shift.id() + "/close")
                        .statusCode())
                .isIn(List.of(403, 404));
    }
}
