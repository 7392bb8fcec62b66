package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class DocumentsApiTest extends ApiTestSupport {
    private static final String MAKER = "doc.maker";

    @BeforeEach
    void maker() {
        ensureUser(MAKER, "OPERATOR", "HO");
    }

    @Test
    void oneDocumentComesWithItsVersionAsETagAnd304WhenUnchanged() {
        Document draft = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "4.00", false);
        String path = "/api/documents/" + draft.id();

        HttpResponse<String> response = as("controller.ho").get(path);
        assertThat(text(json(response, 200), "id")).isEqualTo(draft.id().toString());
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");

        HttpResponse<String> unchanged = as("controller.ho").get(path, "If-None-Match", "\"1\"");
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(as("controller.ho").get(path, "If-None-Match", "\"7\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDocumentOutsideTheCallersBranchesOrUnknownIsNotFound() {
        Document draft = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "4.00", false);

        problem(as("operator.b1").get("/api/documents/" + draft.id()), 404);
        problem(as("operator.ho").get("/api/documents/99999"), 404);
        problem(as("operator.ho").get("/api/documents/abc"), 400, "id");
    }

    @Test
    void belowTheThresholdSubmittingPostsAtOnce() {
        Document draft = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "9999.99", false);
        long before = balance("HO-5030-USD");

        HttpResponse<String> response =
                as(MAKER).post("/api/documents/" + draft.id() + "/submit", null, "If-Match", "\"1\"");

        JsonNode submitted = json(response, 200);
        assertThat(text(submitted, "status")).isEqualTo("POSTED");
        assertThat(text(submitted, "number")).startsWith("JV-HO-");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(balance("HO-5030-USD")).isEqualTo(before + 999_999);
    }

    @Test
    void atTheThresholdItWaitsForAControllerWhoseApprovalPostsItToBalanceAndStatement() {
        Document draft = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "10000.00", false);
        long before = balance("HO-5030-USD");

        JsonNode submitted =
                json(as(MAKER).post("/api/documents/" + draft.id() + "/submit", null, "If-Match", "\"1\""), 200);
        assertThat(text(submitted, "status")).isEqualTo("SUBMITTED");
        assertThat(balance("HO-5030-USD")).isEqualTo(before);
        assertThat(ids(json(as("controller.ho").get("/api/approvals?size=1000"), 200)))
                .contains(draft.id().toString());

        problem(as(MAKER).post("/api/documents/" + draft.id() + "/approve", "{}"), 403);
        problem(as("operator.ho").post("/api/documents/" + draft.id() + "/approve", "{}"), 403);
        problem(as("controller.b1").post("/api/documents/" + draft.id() + "/approve", "{}"), 404);

        JsonNode approved = json(
                as("controller.ho")
                        .post("/api/documents/" + draft.id() + "/approve", "{\"comment\":\"checked the invoice\"}"),
                200);
        assertThat(text(approved, "status")).isEqualTo("POSTED");
        assertThat(text(approved, "approver")).isEqualTo("controller.ho");
        assertThat(text(approved, "comment")).isEqualTo("checked the invoice");
        assertThat(ids(json(as("controller.ho").get("/api/approvals?size=1000"), 200)))
                .doesNotContain(draft.id().toString());

        JsonNode balance = json(as("controller.ho").get("/api/accounts/HO-5030-USD/balance"), 200);
        assertThat(text(balance, "balance")).isEqualTo(decimal(before + 1_000_000));
        JsonNode last = lastStatementLine("controller.ho", "HO-5030-USD");
        assertThat(text(last, "reference")).isEqualTo("JournalVoucher:" + draft.id());
        assertThat(text(last, "amount")).isEqualTo("10000.00");
        assertThat(text(last, "side")).isEqualTo("DEBIT");
        assertThat(text(last, "counterAccount")).isEqualTo("HO-2910-USD");
        assertThat(text(last, "balanceAfter")).isEqualTo(decimal(before + 1_000_000));
    }

    @Test
    void theMakerCannotApproveOrRejectTheirOwnDocumentEvenWithTheRole() {
        Document submitted = voucher("accountant.ho", "HO", "HO-5030-USD", "HO-2910-USD", "20000.00", true);
        assertThat(submitted.status()).isEqualTo(DocumentStatus.SUBMITTED);

        problem(as("accountant.ho").post("/api/documents/" + submitted.id() + "/approve", "{}"), 403);
        problem(as("accountant.ho").post("/api/documents/" + submitted.id() + "/reject", "{\"comment\":\"no\"}"), 403);
        assertThat(platform.documents()
                        .find(actor("admin"), submitted.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(DocumentStatus.SUBMITTED);
    }

    @Test
    void aRejectionSaysWhyAndSendsTheDocumentBackToItsMaker() {
        Document submitted = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "15000.00", true);
        String path = "/api/documents/" + submitted.id();

        problem(as("controller.ho").post(path + "/reject", "{}"), 422, "comment");
        problem(as("controller.ho").post(path + "/reject", null), 422, "comment");
        JsonNode rejected =
                json(as("controller.ho").post(path + "/reject", "{\"comment\":\"attach the invoice\"}"), 200);

        assertThat(text(rejected, "status")).isEqualTo("REJECTED");
        assertThat(text(rejected, "comment")).isEqualTo("attach the invoice");
        assertThat(text(rejected.get("links"), "edit")).isEqualTo("/api/journal-vouchers/" + submitted.id());
        problem(as("controller.ho").post(path + "/approve", "{}"), 409);
    }

    @Test
    void aReversalUndoesThePostingOnce() {
        Document posted = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "25.00", true);
        long before = balance("HO-5030-USD");
        String path = "/api/documents/" + posted.id() + "/reverse";

        problem(as("controller.ho").post(path, "{}"), 422, "comment");
        problem(as(MAKER).post(path, "{\"comment\":\"typo\"}"), 403);
        JsonNode reversed = json(as("controller.ho").post(path, "{\"comment\":\"entered twice\"}"), 200);

        assertThat(text(reversed, "status")).isEqualTo("REVERSED");
        assertThat(balance("HO-5030-USD")).isEqualTo(before - 2500);
        problem(as("controller.ho").post(path, "{\"comment\":\"again\"}"), 409);
        assertThat(balance("HO-5030-USD")).isEqualTo(before - 2500);
    }

    @Test
    void submittingNeedsTheVersionInIfMatch() {
        Document draft = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "3.00", false);
        String path = "/api/documents/" + draft.id() + "/submit";

        problem(as(MAKER).post(path, null), 428, "If-Match");
        problem(as(MAKER).post(path, null, "If-Match", "\"5\""), 412, "If-Match");
        problem(as(MAKER).post(path, null, "If-Match", "five"), 400, "If-Match");
        problem(as("operator.ho").post(path, null, "If-Match", "\"1\""), 403);
        assertThat(platform.documents()
                        .find(actor(MAKER), draft.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(DocumentStatus.DRAFT);
        json(as(MAKER).post(path, null, "If-Match", "W/\"1\""), 200);
        problem(as(MAKER).post(path, null, "If-Match", "\"2\""), 409);
    }

    @Test
    void aRetriedDecisionIsAnsweredAgainWithoutDecidingTwice() {
        Document submitted = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "12000.00", true);
        String path = "/api/documents/" + submitted.id() + "/approve";
        long before = balance("HO-5030-USD");

        HttpResponse<String> first =
                as("controller.ho").post(path, "{\"comment\":\"ok\"}", "Idempotency-Key", "approve-1");
        HttpResponse<String> retry =
                as("controller.ho").post(path, "{ \"comment\" : \"ok\" }", "Idempotency-Key", "approve-1");

        json(first, 200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(balance("HO-5030-USD")).isEqualTo(before + 1_200_000);
        problem(
                as("controller.ho").post(path, "{\"comment\":\"other\"}", "Idempotency-Key", "approve-1"),
                422,
                "Idempotency-Key");
        problem(as("controller.ho").post(path, "{\"comment\":\"ok\"}", "Idempotency-Key", " "), 400, "Idempotency-Key");
        problem(
                as("controller.ho").post(path, "{\"comment\":\"ok\"}", "Idempotency-Key", "x".repeat(201)),
                400,
                "Idempotency-Key");
    }

    @Test
    void aFailedRequestIsNotKeptUnderItsKey() {
        Document submitted = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "12000.00", true);
        String path = "/api/documents/" + submitted.id() + "/reject";

        problem(as("controller.ho").post(path, "{}", "Idempotency-Key", "reject-1"), 422, "comment");
        HttpResponse<String> fixed = as("controller.ho").post(path, "{}", "Idempotency-Key", "reject-1");
        problem(fixed, 422, "comment");
        assertThat(fixed.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void theListIsFilteredSortedAndPagedWithinTheCallersBranches() {
        ensureUser("list.maker", "OPERATOR", "HO");
        Document small = voucher("list.maker", "HO", "HO-5030-USD", "HO-2910-USD", "1.00", true);
        Document large = voucher("list.maker", "HO", "HO-5030-USD", "HO-2910-USD", "3.00", true);
        Document draft = voucher("list.maker", "HO", "HO-5030-USD", "HO-2910-USD", "2.00", false);

        JsonNode byAmount = json(as("operator.ho").get("/api/documents?maker=list.maker&sort=-amount"), 200);
        assertThat(ids(byAmount))
                .containsExactly(
                        large.id().toString(), draft.id().toString(), small.id().toString());
        assertThat(byAmount.get("total").asLong()).isEqualTo(3);

        JsonNode posted = json(
                as("operator.ho").get("/api/documents?maker=list.maker&status=POSTED&sort=amount&type=JournalVoucher"),
                200);
        assertThat(ids(posted))
                .containsExactly(small.id().toString(), large.id().toString());

        JsonNode page = json(as("operator.ho").get("/api/documents?maker=list.maker&sort=amount&page=1&size=2"), 200);
        assertThat(ids(page)).containsExactly(large.id().toString());
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isEqualTo(3);

        JsonNode byNumber = json(as("operator.ho").get("/api/documents?number=" + large.number()), 200);
        assertThat(ids(byNumber)).containsExactly(large.id().toString());

        JsonNode dated =
                json(as("operator.ho").get("/api/documents?maker=list.maker&from=" + today() + "&to=" + today()), 200);
        assertThat(dated.get("total").asLong()).isEqualTo(3);
        JsonNode tomorrow =
                json(as("operator.ho").get("/api/documents?maker=list.maker&from=" + today().plusDays(1)), 200);
        assertThat(tomorrow.get("total").asLong()).isZero();

        JsonNode elsewhere = json(as("operator.b1").get("/api/documents?maker=list.maker"), 200);
        assertThat(elsewhere.get("total").asLong()).isZero();
        JsonNode otherBranch = json(as("operator.ho").get("/api/documents?branch=B1"), 200);
        assertThat(otherBranch.get("total").asLong()).isZero();
        assertThat(json(as("operator.b1").get("/api/documents?branch=B1"), 200)
                        .get("total")
                        .asLong())
                .isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            status=DONE              | status
            sort=colour              | sort
            sort=-                   | sort
            from=2026-13-01          | from
            to=yesterday             | to
            from=2026-02-02&to=2026-02-01 | from
            page=-1                  | page
            page=first               | page
            size=0                   | size
            size=1001                | size
            size=ten                 | size
            """)
    void badListParametersAreA400NamingTheParameter(String query, String field) {
        problem(as("operator.ho").get("/api/documents?" + query), 400, field);
    }

    @Test
    void theInboxHoldsOthersSubmittedDocumentsThatTheCallerMayApprove() {
        Document submitted = voucher(MAKER, "HO", "HO-5030-USD", "HO-2910-USD", "11000.00", true);

        assertThat(ids(json(as("accountant.ho").get("/api/approvals?size=1000"), 200)))
                .contains(submitted.id().toString());
        assertThat(ids(json(as("controller.b1").get("/api/approvals?size=1000"), 200)))
                .doesNotContain(submitted.id().toString());
        assertThat(json(as("operator.ho").get("/api/approvals"), 200)
                        .get("total")
                        .asLong())
                .isZero();
        problem(as("controller.ho").get("/api/approvals?size=0"), 400, "size");
    }

    /** The newest line of the account's statement today, following the pages to the end. */
    private JsonNode lastStatementLine(String user, String account) {
        String base = "/api/accounts/" + account + "/statement?from=" + today() + "&size=100";
        JsonNode page = json(as(user).get(base), 200);
        JsonNode last = null;
        while (true) {
            if (!page.get("lines").isEmpty()) {
                last = page.get("lines").get(page.get("lines").size() - 1);
            }
            if (page.get("next").isNull()) {
                return last;
            }
            page = json(as(user).get(base + "&cursor=" + page.get("next").asString()), 200);
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            ids.add(text(item, "id"));
        }
        return ids;
    }

    private static String decimal(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
