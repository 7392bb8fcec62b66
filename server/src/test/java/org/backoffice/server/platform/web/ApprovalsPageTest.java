package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.server.web.PageClient;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class ApprovalsPageTest extends WebTest {
    @Test
    void theInboxListsSubmittedDocumentsOfOthersInTheApproversBranches() {
        Document ho = voucher("operator.ho", "HO", unique("Inbox HO"), "HO-5030-USD", "HO-2910-USD", "10000.00", true);
        Document b1 = voucher("operator.b1", "B1", unique("Inbox B1"), "B1-5030-USD", "B1-2910-USD", "10000.00", true);
        Document own =
                voucher("accountant.ho", "HO", unique("Inbox own"), "HO-5030-USD", "HO-2910-USD", "10000.00", true);

        String controller = as("controller.ho").get("/approvals?page=0").body();
        String accountant = as("accountant.ho").get("/approvals").body();

        assertThat(controller).doesNotContain("data-id=\"" + b1.id() + "\"");
        assertThat(as("controller.b1").get("/approvals").body())
                .contains("data-id=\"" + b1.id() + "\"")
                .doesNotContain("data-id=\"" + ho.id() + "\"");
        assertThat(accountant).doesNotContain("data-id=\"" + own.id() + "\"");
        assertThat(controller).contains("<label class=\"visually-hidden\" for=\"comment-");
    }

    @Test
    void approvingWithACommentPostsTheDocument() {
        Document waiting =
                voucher("operator.b1", "B1", unique("Approve me"), "B1-5030-USD", "B1-2910-USD", "10000.00", true);

        PageClient controller = as("controller.b1");
        HttpResponse<String> approved =
                controller.post("/approvals/" + waiting.id() + "/approve", Map.of("comment", "Looks right"));

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/approvals"));
        Document posted = reload(waiting);
        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(posted.comment()).isEqualTo("Looks right");
        assertThat(controller.followed().body())
                .contains("Approved: " + posted.number() + " is posted.")
                .doesNotContain("data-id=\"" + waiting.id() + "\"");
    }

    @Test
    void rejectingNeedsACommentAndTheErrorIsShownOnTheRow() {
        Document waiting =
                voucher("operator.b1", "B1", unique("Reject in inbox"), "B1-5030-USD", "B1-2910-USD", "10000.00", true);

        HttpResponse<String> refused =
                as("controller.b1").post("/approvals/" + waiting.id() + "/reject", Map.of("comment", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"decision-error-" + waiting.id() + "\"")
                .contains("A comment must say why the document is rejected.");
        assertThat(reload(waiting).status()).isEqualTo(DocumentStatus.SUBMITTED);

        HttpResponse<String> rejected = as("controller.b1")
                .post("/approvals/" + waiting.id() + "/reject", Map.of("comment", "Attach the invoice"));
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(reload(waiting).status()).isEqualTo(DocumentStatus.REJECTED);
    }

    @Test
    void aDecisionOnADocumentAlreadyDecidedIsAConflictThatSaysSo() {
        Document waiting =
                voucher("operator.b1", "B1", unique("Decided twice"), "B1-5030-USD", "B1-2910-USD", "10000.00", true);
        as("controller.b1").post("/approvals/" + waiting.id() + "/approve", Map.of("comment", "first"));

        HttpResponse<String> again =
                as("controller.b1").post("/approvals/" + waiting.id() + "/reject", Map.of("comment", "second"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("only a SUBMITTED document awaits a decision");
        assertThat(reload(waiting).status()).isEqualTo(DocumentStatus.POSTED);
    }

    @Test
    void anOperatorHasNoInboxAndCannotDecide() {
        Document waiting = voucher(
                "operator.b1", "B1", unique("Not for operators"), "B1-5030-USD", "B1-2910-USD", "10000.00", true);

        assertThat(as("operator.b2").get("/approvals").statusCode()).isEqualTo(403);
        assertThat(as("operator.b2")
                        .post("/approvals/" + waiting.id() + "/approve", Map.of("comment", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(reload(waiting).status()).isEqualTo(DocumentStatus.SUBMITTED);
    }
}
