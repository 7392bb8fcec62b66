package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.backoffice.platform.attachment.Attachments;
import org.backoffice.platform.document.Document;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AttachmentsApiTest extends ApiTestSupport {
    private static final byte[] INVOICE = "%PDF-1.4 an invoice from the contractor".getBytes(StandardCharsets.UTF_8);

    @Test
    void aFileIsAttachedListedAndReadBackByItsDigest() {
        Document draft = voucher("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "8.00", false);
        String base = "/api/documents/" + draft.id() + "/attachments";
        String sha = Attachments.sha256(INVOICE);

        HttpResponse<String> response =
                as("operator.ho").upload(base, "file", "invoice.pdf", "application/pdf", INVOICE);

        JsonNode attachment = json(response, 201);
        assertThat(text(attachment, "sha256")).isEqualTo(sha);
        assertThat(text(attachment, "fileName")).isEqualTo("invoice.pdf");
        assertThat(text(attachment, "mediaType")).isEqualTo("application/pdf");
        assertThat(attachment.get("size").asLong()).isEqualTo(INVOICE.length);
        assertThat(text(attachment, "addedBy")).isEqualTo("operator.ho");
        assertThat(response.headers().firstValue("Location")).hasValue(base + "/" + sha);

        JsonNode listed = json(as("controller.ho").get(base), 200);
        assertThat(listed.get("items").valueStream().map(a -> text(a, "sha256")))
                .containsExactly(sha);

        HttpResponse<byte[]> content = as("controller.ho").getBytes(base + "/" + sha);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(INVOICE);
        assertThat(content.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(content.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("attachment", "invoice.pdf"));
    }

    @Test
    void attachmentsOfADocumentElsewhereAreNotFound() {
        Document draft = voucher("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "8.00", false);
        String base = "/api/documents/" + draft.id() + "/attachments";
        json(as("operator.ho").upload(base, "file", "scan.png", "image/png", new byte[] {1, 2, 3}), 201);
        String sha = Attachments.sha256(new byte[] {1, 2, 3});

        problem(as("operator.b1").upload(base, "file", "scan.png", "image/png", new byte[] {4}), 404);
        problem(as("operator.b1").get(base), 404);
        assertThat(as("operator.b1").getBytes(base + "/" + sha).statusCode()).isEqualTo(404);
        assertThat(as("operator.ho").getBytes(base + "/" + "0".repeat(64)).statusCode())
                .isEqualTo(404);
        problem(as("operator.ho").get("/api/documents/999/attachments"), 404);
    }

    @Test
    void anUploadWithoutItsFilePartOrContentIsA400() {
        Document draft = voucher("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "8.00", false);
        String base = "/api/documents/" + draft.id() + "/attachments";

        problem(as("operator.ho").upload(base, "document", "scan.png", "image/png", new byte[] {1}), 400, "file");
        problem(as("operator.ho").upload(base, "file", "empty.txt", "text/plain", new byte[0]), 400, "content");
        problem(
                as("operator.ho").upload(base, "file", "n".repeat(256) + ".txt", "text/plain", new byte[] {1}),
                400,
                "fileName");
    }

    @Test
    void aRetriedUploadIsAnsweredAgain() {
        Document draft = voucher("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "8.00", false);
        String base = "/api/documents/" + draft.id() + "/attachments";
        byte[] receipt = "receipt".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first =
                as("operator.ho").upload(base, "file", "r.txt", "text/plain", receipt, "Idempotency-Key", "upload-1");
        HttpResponse<String> retry =
                as("operator.ho").upload(base, "file", "r.txt", "text/plain", receipt, "Idempotency-Key", "upload-1");
        HttpResponse<String> other = as("operator.ho")
                .upload(
                        base,
                        "file",
                        "r.txt",
                        "text/plain",
                        "other".getBytes(StandardCharsets.UTF_8),
                        "Idempotency-Key",
                        "upload-1");

        json(first, 201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        problem(other, 422, "Idempotency-Key");
        assertThat(json(as("operator.ho").get(base), 200).get("items").size()).isEqualTo(1);
    }
}
