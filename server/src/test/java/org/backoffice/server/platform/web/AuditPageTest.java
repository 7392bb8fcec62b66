package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.backoffice.platform.document.Document;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class AuditPageTest extends WebTest {
    @Test
    void auditorsSeeEveryEntryAndMayVerifyTheChain() {
        String html = as("auditor").get("/audit").body();

        assertThat(html).contains("Every change, newest first.", "id=\"verify-chain\"", "Page 1 of");

        HttpResponse<String> verified = as("auditor").post("/audit/verify", Map.of(), "HX-Request", "true");
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body())
                .startsWith("<div id=\"verification\"")
                .containsPattern("The chain is intact: \\d+ entries checked.");
        assertThat(as("admin").post("/audit/verify", Map.of()).body()).contains("The chain is intact", "<html");
    }

    @Test
    void othersSeeTheirBranchesEntriesAndNoVerifyButton() {
        Document b2 = voucher("operator.b2", "B2", unique("Audited"), "B2-5030-USD", "B2-2910-USD", "1.00", true);

        String b1 = as("operator.b1").get("/audit?entity=" + b2.id()).body();
        String own = as("operator.b2").get("/audit?entity=" + b2.id()).body();

        assertThat(b1).doesNotContain("id=\"verify-chain\"").contains("No entries.");
        assertThat(own).contains("href=\"/documents/" + b2.id() + "\"", "<td>SUBMIT</td>");
        assertThat(as("operator.b1").get("/audit").body()).doesNotContain("<td>B2</td>", "<td>HO</td>");
    }

    @Test
    void theLogIsPaged() {
        String second = as("admin").get("/audit?page=1").body();

        assertThat(second).contains("Page 2 of", "rel=\"prev\"", "href=\"/audit?page=0\"");
    }
}
