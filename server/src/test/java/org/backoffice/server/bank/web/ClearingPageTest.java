package org.backoffice.server.bank.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.clearing.ClearingException;
import org.backoffice.banking.clearing.ClearingRunKind;
import org.backoffice.banking.message.ClearingCsv;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The clearing pages: upload with the row-by-row answer, the exceptions forms, the close and the files. */
class ClearingPageTest extends WebTest {
    @Autowired
    Banking banking;

    private static byte[] file(String tag) {
        ClearingPayment unknown = new ClearingPayment(
                "PG-" + tag,
                "Anna Example",
                "DE89370400440532013000",
                "BANKDEFF",
                "Nobody",
                Iban.of("GB", "DEMO40000099999997").value(),
                "DEMOGB2L",
                "USD",
                new BigDecimal("9.00"),
                null,
                LocalDate.of(2026, 11, 25));
        return (ClearingCsv.write(List.of(unknown)) + "BAD-" + tag + ",only,three\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadShowsEveryRowAndABadFileOrTheSameFileAgainIsRefusedWithTheReason() {
        PageClient operator = as("operator.ho");
        operator.get("/clearing/incoming");
        String tag = unique("t").replace(" ", "");
        byte[] content = file(tag);

        HttpResponse<String> page = operator.upload("/clearing/incoming", "file", "page.csv", content);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("0 credited, 1 held in suspense, 1 unreadable")
                .contains("data-outcome=\"SUSPENSE\"")
                .contains("data-outcome=\"UNREADABLE\"")
                .contains("expected 11 fields, found 3");

        HttpResponse<String> again = operator.upload("/clearing/incoming", "file", "page.csv", content);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("file: was imported before: page.csv");
        HttpResponse<String> notCsv =
                operator.upload("/clearing/incoming", "file", "x.csv", "nonsense".getBytes(StandardCharsets.UTF_8));
        assertThat(notCsv.statusCode()).isEqualTo(422);
        assertThat(notCsv.body()).contains("the first line must be the header");
    }

    @Test
    void anExceptionIsProposedForReturnFromItsRowAndAnEmptyReasonIsRefused() {
        PageClient operator = as("operator.ho");
        operator.get("/clearing/incoming");
        String tag = unique("x").replace(" ", "");
        operator.upload("/clearing/incoming", "file", "ex.csv", file(tag));
        ClearingException held =
                banking.clearing().exceptions().list(users.actor("operator.ho"), "OPEN", 0, 1000).stream()
                        .filter(e -> e.endToEndId().equals("PG-" + tag))
                        .findFirst()
                        .orElseThrow();
        operator.get("/clearing/exceptions");

        HttpResponse<String> refused =
                operator.post("/clearing/exceptions/" + held.id() + "/return", Map.of("reason", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("reason: must say why");
        HttpResponse<String> badIban = operator.post(
                "/clearing/exceptions/" + held.id() + "/reroute", Map.of("targetIban", "GB00", "reason", "typo"));
        assertThat(badIban.statusCode()).isEqualTo(422);
        assertThat(badIban.body()).contains("targetIban:");

        HttpResponse<String> proposed =
                operator.post("/clearing/exceptions/" + held.id() + "/return", Map.of("reason", "unknown beneficiary"));

        assertThat(proposed.statusCode()).isEqualTo(302);
        assertThat(operator.followed().body()).contains("Return proposed: ER-HO-");
        assertThat(as("controller.ho").get("/clearing/exceptions").body())
                .contains("PG-" + tag)
                .doesNotContain("class=\"return\"");
    }

    @Test
    void theCloseCutsTheCycleAndTheClosedCycleOffersItsFiles() {
        settlePendingRuns();
        PageClient operator = as("operator.ho");
        operator.get("/clearing/incoming");
        operator.upload("/clearing/incoming", "file", "cl.csv", file(unique("c").replace(" ", "")));
        HttpResponse<String> before = operator.get("/clearing");
        assertThat(before.body()).contains("id=\"close-cycle\"").contains("DEMOGB2L (this bank)");

        HttpResponse<String> closed = operator.post("/clearing/close", Map.of());

        assertThat(closed.statusCode()).isEqualTo(302);
        assertThat(operator.followed().body()).contains("Cycle cut: CR-HO-").doesNotContain("id=\"close-cycle\"");
        settlePendingRuns();
        String page = operator.get("/clearing").body();
        Matcher link = Pattern.compile(
                        "href=\"(/clearing/runs/\\d+/files/[0-9a-f]{64})\"[^>]*>([^<]*net-positions.csv)")
                .matcher(page);
        assertThat(link.find()).as(page).isTrue();
        HttpResponse<byte[]> download = operator.bytes(link.group(1));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).startsWith("participant_bic,currency");

        HttpResponse<String> empty = operator.post("/clearing/close", Map.of());
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("cycle: no cycle is open");
    }

    /** Other tests share the server: a run they left waiting is approved, an open cycle closed and settled. */
    private void settlePendingRuns() {
        var query = new DocumentQuery(
                ClearingRunKind.TYPE, DocumentStatus.SUBMITTED, null, null, null, null, null, null, 0, 100);
        for (Document run :
                platform.documents().list(users.actor("admin"), query).items()) {
            platform.documents().approve(users.actor("controller.ho"), run.id(), "settled by the test");
        }
    }
}
