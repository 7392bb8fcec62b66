package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class DocumentPageTest extends WebTest {
    @Test
    void thePageShowsHeaderLinesAndTheAuditTrail() {
        Document waiting =
                voucher("operator.ho", "HO", unique("View me"), "HO-5030-USD", "HO-2910-USD", "10500.00", true);

        String html = as("operator.ho").get("/documents/" + waiting.id()).body();

        assertThat(html)
                .contains(waiting.number(), "status-submitted", "operator.ho")
                .contains("href=\"/accounts/HO-5030-USD\"", "<td class=\"num\">10,500.00</td>")
                .contains("id=\"audit-trail\"", "<td>SUBMIT</td>");
    }

    @Test
    void theMakerMaySubmitTheirDraftButNotApproveIt() {
        Document draft = voucher("operator.ho", "HO", unique("My draft"), "HO-5030-USD", "HO-2910-USD", "10.00", false);

        String maker = as("operator.ho").get("/documents/" + draft.id()).body();
        String other = as("accountant.ho").get("/documents/" + draft.id()).body();

        assertThat(maker)
                .contains("id=\"submit-document\"", "id=\"edit-document\"")
                .doesNotContain("id=\"approve-document\"");
        assertThat(other).doesNotContain("id=\"submit-document\"", "id=\"edit-document\"");

        HttpResponse<String> submitted =
                as("operator.ho").post("/documents/" + draft.id() + "/submit", Map.of("version", "1"));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(reload(draft).status()).isEqualTo(DocumentStatus.POSTED);
    }

    @Test
    void anApproverWhoIsNotTheMakerDecidesAndTheMakerCannot() {
        Document waiting =
                voucher("accountant.ho", "HO", unique("Accountant's"), "HO-5030-USD", "HO-2910-USD", "20000.00", true);

        assertThat(as("accountant.ho").get("/documents/" + waiting.id()).body())
                .doesNotContain("id=\"approve-document\"");
        assertThat(as("operator.ho").get("/documents/" + waiting.id()).body())
                .doesNotContain("id=\"approve-document\"");
        assertThat(as("controller.ho").get("/documents/" + waiting.id()).body())
                .contains("id=\"approve-document\"", "id=\"reject-document\"");

        HttpResponse<String> refused =
                as("accountant.ho").post("/documents/" + waiting.id() + "/approve", Map.of("comment", "mine"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(reload(waiting).status()).isEqualTo(DocumentStatus.SUBMITTED);

        PageClient controller = as("controller.ho");
        HttpResponse<String> approved =
                controller.post("/documents/" + waiting.id() + "/approve", Map.of("comment", "Checked"));
        assertThat(approved.statusCode()).isEqualTo(302);
        Document posted = reload(waiting);
        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(posted.approver()).isEqualTo("controller.ho");
        assertThat(controller.followed().body())
                .contains("Approved: " + posted.number() + " is posted.", "<td>APPROVE</td>", "Checked");
    }

    @Test
    void rejectingWithoutACommentShowsTheErrorAndChangesNothing() {
        Document waiting =
                voucher("operator.ho", "HO", unique("Reject me"), "HO-5030-USD", "HO-2910-USD", "10000.00", true);

        HttpResponse<String> refused =
                as("controller.ho").post("/documents/" + waiting.id() + "/reject", Map.of("comment", "  "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Comment: must say why the document is rejected");
        assertThat(reload(waiting).status()).isEqualTo(DocumentStatus.SUBMITTED);

        as("controller.ho").post("/documents/" + waiting.id() + "/reject", Map.of("comment", "Wrong account"));
        assertThat(reload(waiting).status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(as("operator.ho").get("/documents/" + waiting.id()).body())
                .contains("Wrong account", "id=\"edit-document\"");
    }

    @Test
    void aHolderOfReverseReversesAPostedDocumentWithAReason() {
        Document posted =
                voucher("operator.ho", "HO", unique("Reverse me"), "HO-5030-USD", "HO-2910-USD", "30.00", true);

        assertThat(as("operator.ho").get("/documents/" + posted.id()).body()).doesNotContain("id=\"reverse-document\"");
        assertThat(as("controller.ho").get("/documents/" + posted.id()).body()).contains("id=\"reverse-document\"");
        assertThat(as("operator.ho")
                        .post("/documents/" + posted.id() + "/reverse", Map.of("reason", "no"))
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> noReason =
                as("controller.ho").post("/documents/" + posted.id() + "/reverse", Map.of("reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(reload(posted).status()).isEqualTo(DocumentStatus.POSTED);

        PageClient controller = as("controller.ho");
        controller.post("/documents/" + posted.id() + "/reverse", Map.of("reason", "Posted twice"));
        assertThat(reload(posted).status()).isEqualTo(DocumentStatus.REVERSED);
        assertThat(controller.followed().body())
                .contains("Reversed: " + posted.number(), "<td>REVERSE</td>", "Posted twice")
                .doesNotContain("id=\"reverse-document\"");
    }

    @Test
    void anotherBranchsDocumentCannotBeActedOn() {
        Document b1 = voucher("operator.b1", "B1", unique("B1's"), "B1-5030-USD", "B1-2910-USD", "10000.00", true);

        HttpResponse<String> refused =
                as("controller.ho").post("/documents/" + b1.id() + "/approve", Map.of("comment", "not mine"));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(reload(b1).status()).isEqualTo(DocumentStatus.SUBMITTED);
    }
}
