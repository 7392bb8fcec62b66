package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class CheckPageTest extends WebTest {
    @Test
    void auditorsSeeTheRulesAndRunTheCheck() {
        String rules = as("auditor").get("/check").body();

        assertThat(rules)
                .contains("id=\"check-rules\"", "every balance equals the sum of its postings, posted and pending")
                .contains("every ledger transaction belongs to a document or an operation")
                .contains("href=\"/check\"");

        String report = as("auditor").post("/check", Map.of()).body();

        assertThat(report).contains("id=\"check-results\"", "id=\"check-result\"", "the audit log&#39;s hash chain");
    }

    @Test
    void othersMayNotRunItNorSeeItInTheMenu() {
        assertThat(as("operator.ho").get("/check").statusCode()).isEqualTo(403);
        assertThat(as("operator.ho").post("/check", Map.of()).statusCode()).isEqualTo(403);
        assertThat(as("operator.ho").get("/").body()).doesNotContain("href=\"/check\"");
    }
}
