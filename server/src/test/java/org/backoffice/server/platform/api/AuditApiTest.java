package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.backoffice.platform.document.Document;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class AuditApiTest extends ApiTestSupport {
    @Test
    void aDocumentsEntriesAreListedNewestFirstWithTheirStates() {
        Document posted = voucher("operator.b1", "B1", "B1-5030-USD", "B1-2910-USD", "1.50", true);
        json(
                as("controller.b1")
                        .post("/api/documents/" + posted.id() + "/reverse", "{\"comment\":\"wrong branch\"}"),
                200);

        JsonNode page = json(as("controller.b1").get("/api/audit?entityId=" + posted.id()), 200);

        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode newest = page.get("items").get(0);
        assertThat(text(newest, "action")).isEqualTo("REVERSE");
        assertThat(text(newest, "actor")).isEqualTo("controller.b1");
        assertThat(text(newest, "branch")).isEqualTo("B1");
        assertThat(text(newest.get("before"), "status")).isEqualTo("POSTED");
        assertThat(text(newest.get("after"), "status")).isEqualTo("REVERSED");
        assertThat(text(newest, "hash")).hasSize(64);
        JsonNode oldest = page.get("items").get(1);
        assertThat(text(oldest, "action")).isEqualTo("SUBMIT");
        assertThat(oldest.get("before").isNull()).isTrue();
        assertThat(oldest.get("seq").asLong()).isLessThan(newest.get("seq").asLong());
    }

    @Test
    void othersSeeTheirBranchesEntriesOnlyWhileAuditorsSeeAll() {
        Document posted = voucher("operator.b1", "B1", "B1-5030-USD", "B1-2910-USD", "1.50", true);
        String query = "/api/audit?entityId=" + posted.id();

        assertThat(json(as("operator.b1").get(query), 200).get("total").asLong())
                .isEqualTo(1);
        assertThat(json(as("operator.ho").get(query), 200).get("total").asLong())
                .isZero();
        assertThat(json(as("auditor").get(query), 200).get("total").asLong()).isEqualTo(1);
        JsonNode everything = json(as("auditor").get("/api/audit?size=5"), 200);
        assertThat(everything.get("items").size()).isEqualTo(5);
        assertThat(everything.get("total").asLong()).isGreaterThan(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"page=-1, page", "page=a, page", "size=0, size", "size=1001, size"})
    void badPagingIsA400NamingTheParameter(String query, String field) {
        problem(as("auditor").get("/api/audit?" + query), 400, field);
    }

    @Test
    void auditorsAndAdministratorsVerifyTheChain() {
        JsonNode verification = json(as("auditor").get("/api/audit/verify"), 200);

        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isPositive();
        assertThat(verification.get("problems").isEmpty()).isTrue();
        json(as("admin").get("/api/audit/verify"), 200);
        problem(as("controller.ho").get("/api/audit/verify"), 403);
        problem(as("operator.b1").get("/api/audit/verify"), 403);
    }
}
