package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class VoucherFormTest extends WebTest {
    /** The form's fields: header, then lines of account, side and amount. */
    private static List<Map.Entry<String, String>> form(String branch, String narrative, String... lines) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("formKey", UUID.randomUUID().toString()));
        fields.add(Map.entry("version", "0"));
        fields.add(Map.entry("branch", branch));
        fields.add(Map.entry("date", "2026-01-15"));
        fields.add(Map.entry("asset", "USD"));
        fields.add(Map.entry("narrative", narrative));
        for (int i = 0; i < lines.length / 3; i++) {
            fields.add(Map.entry("lines[" + i + "].account", lines[i * 3]));
            fields.add(Map.entry("lines[" + i + "].side", lines[i * 3 + 1]));
            fields.add(Map.entry("lines[" + i + "].amount", lines[i * 3 + 2]));
        }
        return fields;
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String action) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("action", action));
        return all;
    }

    /** Sends a new voucher's form as the user, with the button pressed: {@code save} or {@code submit}. */
    private static HttpResponse<String> send(
            PageClient user, String action, String branch, String narrative, String... lines) {
        return user.post("/documents/new", with(form(branch, narrative, lines), action));
    }

    private long documentsBy(String maker) {
        return platform.documents()
                .list(users.actor("admin"), new DocumentQuery(null, null, null, maker, null, null, null, null, 0, 1))
                .total();
    }

    private static String errorOf(String html, String id) {
        Matcher error = Pattern.compile("<p class=\"field-error\" id=\"" + Pattern.quote(id) + "\">([^<]*)</p>")
                .matcher(html);
        return error.find() ? error.group(1) : null;
    }

    private Document documentAt(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        Matcher id = Pattern.compile("/documents/(\\d+)$").matcher(location);
        assertThat(id.find()).as(location).isTrue();
        return platform.documents()
                .find(users.actor("admin"), DocumentId.parse(id.group(1)))
                .orElseThrow();
    }

    @Test
    void theFormOffersOnlyTheUsersBranchesAndCarriesACsrfToken() {
        String html = as("operator.b1").get("/documents/new").body();

        assertThat(html)
                .contains("name=\"_csrf\"", "name=\"formKey\"", "<option value=\"B1\"")
                .doesNotContain("<option value=\"HO\"", "<option value=\"B2\"")
                .contains("name=\"lines[0].account\"", "name=\"lines[1].amount\"")
                .contains("<label for=\"line-0-account\">Account</label>", "<label for=\"narrative\">Narrative</label>")
                .contains("value=\"" + today() + "\"")
                .contains("src=\"/js/voucher.js\"");
    }

    @Test
    void anUnbalancedVoucherComesBackWithTheMessageAndNothingIsSaved() {
        long before = documentsBy("operator.ho");

        HttpResponse<String> page = send(
                as("operator.ho"),
                "submit",
                "HO",
                "Unbalanced",
                "HO-5030-USD",
                "DEBIT",
                "100.00",
                "HO-2910-USD",
                "CREDIT",
                "90.00");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(errorOf(page.body(), "lines-error")).isEqualTo("debits must equal credits");
        assertThat(page.body())
                .contains("The voucher was not saved.")
                .contains("value=\"100.00\"", "value=\"90.00\"", "Unbalanced</textarea>");
        assertThat(documentsBy("operator.ho")).isEqualTo(before);
    }

    @Test
    void anAmountWithTooManyDecimalsIsAnErrorOnItsLine() {
        long before = documentsBy("operator.ho");

        HttpResponse<String> page = send(
                as("operator.ho"),
                "save",
                "HO",
                "Decimals",
                "HO-5030-USD",
                "DEBIT",
                "10.00",
                "HO-2910-USD",
                "CREDIT",
                "10.005");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(errorOf(page.body(), "line-1-amount-error")).contains("at most 2 decimal places");
        assertThat(errorOf(page.body(), "line-0-amount-error")).isNull();
        assertThat(page.body())
                .containsPattern("name=\"lines\\[1]\\.amount\" value=\"10.005\"\\s+aria-invalid=\"true\"");
        assertThat(documentsBy("operator.ho")).isEqualTo(before);
    }

    @Test
    void thePlatformsErrorsLandNextToTheirInputsEvenWithBlankLinesBetween() {
        HttpResponse<String> page = send(
                as("operator.ho"),
                "save",
                "HO",
                "",
                "HO-5030-USD",
                "DEBIT",
                "10.00",
                "",
                "DEBIT",
                "",
                "B1-2910-USD",
                "CREDIT",
                "10.00");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(errorOf(page.body(), "narrative-error")).isEqualTo("must be given");
        assertThat(errorOf(page.body(), "line-2-account-error")).isEqualTo("belongs to branch B1, not HO");
        assertThat(errorOf(page.body(), "line-1-account-error")).isNull();
    }

    @Test
    void anotherBranchIsRefusedAsAFieldError() {
        long before = documentsBy("operator.b1");

        HttpResponse<String> page = send(
                as("operator.b1"),
                "save",
                "HO",
                "Not mine",
                "HO-5030-USD",
                "DEBIT",
                "1.00",
                "HO-2910-USD",
                "CREDIT",
                "1.00");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(errorOf(page.body(), "branch-error")).isEqualTo("must be one of your branches");
        assertThat(documentsBy("operator.b1")).isEqualTo(before);
    }

    @Test
    void saveDraftKeepsItAndSubmitAboveTheThresholdWaitsForApproval() {
        String narrative = unique("Form draft");
        Document draft = documentAt(send(
                as("operator.ho"),
                "save",
                "HO",
                narrative,
                "HO-5030-USD",
                "DEBIT",
                "15000.00",
                "HO-2910-USD",
                "CREDIT",
                "15000.00"));

        assertThat(draft.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(draft.number()).isNull();
        assertThat(draft.body(JournalVoucher.class).narrative()).isEqualTo(narrative);
        assertThat(draft.amount()).isEqualTo(1_500_000);

        PageClient operator = as("operator.ho");
        Document submitted = documentAt(send(
                operator,
                "submit",
                "HO",
                narrative,
                "HO-5030-USD",
                "DEBIT",
                "15000.00",
                "HO-2910-USD",
                "CREDIT",
                "15000.00"));
        assertThat(submitted.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(submitted.number()).startsWith("JV-HO-");
        assertThat(operator.followed().body())
                .contains("Submitted as " + submitted.number() + ": it waits for approval.");
    }

    @Test
    void belowTheThresholdSubmittingPostsAtOnce() {
        Document posted = documentAt(send(
                as("operator.b2"),
                "submit",
                "B2",
                unique("Small"),
                "B2-5030-USD",
                "DEBIT",
                "25.00",
                "B2-2910-USD",
                "CREDIT",
                "25.00"));

        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
    }

    @Test
    void sendingTheSameFormTwiceMakesOneDocument() {
        List<Map.Entry<String, String>> fields = with(
                form("HO", unique("Twice"), "HO-5030-USD", "DEBIT", "3.00", "HO-2910-USD", "CREDIT", "3.00"), "save");

        Document first = documentAt(as("operator.ho").post("/documents/new", fields));
        Document second = documentAt(as("operator.ho").post("/documents/new", fields));

        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void addAndRemoveLineWorkWithoutScript() {
        List<Map.Entry<String, String>> fields =
                form("HO", "Lines", "HO-5030-USD", "DEBIT", "1.00", "HO-2910-USD", "CREDIT", "1.00");

        String added = as("operator.ho")
                .post("/documents/new", with(fields, "add-line"))
                .body();
        String removed = as("operator.ho")
                .post("/documents/new", with(fields, "remove-line-0"))
                .body();

        assertThat(added).contains("name=\"lines[2].account\"").doesNotContain("field-error");
        assertThat(removed)
                .contains("name=\"lines[0].account\" value=\"HO-2910-USD\"")
                .doesNotContain("name=\"lines[1].account\"");
    }

    @Test
    void theMakerEditsADraftAndSubmitsIt() {
        Document draft = voucher("operator.ho", "HO", unique("To edit"), "HO-5030-USD", "HO-2910-USD", "4.00", false);
        String page =
                as("operator.ho").get("/documents/" + draft.id() + "/edit").body();
        assertThat(page).contains("value=\"4.00\"", "name=\"version\" value=\"1\"");

        List<Map.Entry<String, String>> fields = new ArrayList<>(
                form("HO", "Edited narrative", "HO-5030-USD", "DEBIT", "6.00", "HO-2910-USD", "CREDIT", "6.00"));
        fields.removeIf(f -> f.getKey().equals("version"));
        fields.add(Map.entry("version", "1"));
        Document submitted =
                documentAt(as("operator.ho").post("/documents/" + draft.id() + "/edit", with(fields, "submit")));

        assertThat(submitted.id()).isEqualTo(draft.id());
        assertThat(submitted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(submitted.amount()).isEqualTo(600);
        assertThat(submitted.body(JournalVoucher.class).narrative()).isEqualTo("Edited narrative");
    }

    @Test
    void anEditAtAnOldVersionIsRefusedAndSaysSo() {
        Document draft = voucher("operator.ho", "HO", unique("Stale"), "HO-5030-USD", "HO-2910-USD", "4.00", false);
        List<Map.Entry<String, String>> fields = new ArrayList<>(
                form("HO", "Stale edit", "HO-5030-USD", "DEBIT", "6.00", "HO-2910-USD", "CREDIT", "6.00"));
        fields.removeIf(f -> f.getKey().equals("version"));
        fields.add(Map.entry("version", "7"));

        HttpResponse<String> page = as("operator.ho").post("/documents/" + draft.id() + "/edit", with(fields, "save"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("version: the document is at version 1, not 7; reload it");
        assertThat(reload(draft).version()).isEqualTo(1);
    }

    @Test
    void onlyTheMakerEditsAndOnlyWhileItIsADraftOrSentBack() {
        Document draft = voucher("operator.ho", "HO", unique("Not yours"), "HO-5030-USD", "HO-2910-USD", "4.00", false);
        Document posted = voucher("operator.ho", "HO", unique("Posted"), "HO-5030-USD", "HO-2910-USD", "4.00", true);

        assertThat(as("accountant.ho").get("/documents/" + draft.id() + "/edit").statusCode())
                .isEqualTo(403);
        assertThat(as("operator.ho").get("/documents/" + posted.id() + "/edit").statusCode())
                .isEqualTo(403);
        assertThat(as("operator.ho").get("/documents/" + draft.id() + "/edit").statusCode())
                .isEqualTo(200);
    }
}
