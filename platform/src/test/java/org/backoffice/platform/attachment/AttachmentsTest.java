package org.backoffice.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The attachment archive: content stored once per SHA-256, linked to documents, seen within one's branches. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class AttachmentsTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    Attachments attachments;
    Actor operator;

    @BeforeEach
    void open() {
        fixture = FIXTURES.on(database);
        attachments = fixture.platform().attachments();
        operator = fixture.actor("operator.ho");
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void theSameContentOnTwoDocumentsIsStoredOnce() throws Exception {
        byte[] invoice = uniqueContent("supplier invoice");
        Document first = document();
        Document second = document();
        long blobs = fixture.count("attachment_blobs");
        long links = fixture.count("document_attachments");

        Attachment a = attachments.attach(operator, first.id(), "invoice.pdf", "application/pdf", invoice);
        Attachment b = attachments.attach(operator, second.id(), "invoice-copy.pdf", "application/pdf", invoice);

        assertThat(fixture.count("attachment_blobs")).isEqualTo(blobs + 1);
        assertThat(fixture.count("document_attachments")).isEqualTo(links + 2);
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(invoice));
        assertThat(a.sha256()).isEqualTo(expected).isEqualTo(b.sha256());
        assertThat(a.size()).isEqualTo(invoice.length);
        assertThat(a.fileName()).isEqualTo("invoice.pdf");
        assertThat(b.fileName()).isEqualTo("invoice-copy.pdf");
        assertThat(a.addedBy()).isEqualTo("operator.ho");
        assertThat(attachments.list(operator, first.id())).containsExactly(a);
        assertThat(attachments.content(operator, second.id(), expected)).hasValue(invoice);
    }

    @Test
    void attachingTheSameContentTwiceToOneDocumentKeepsOneLink() {
        byte[] scan = uniqueContent("scan");
        Document document = document();
        long audit = fixture.count("audit_log");

        attachments.attach(operator, document.id(), "scan.png", "image/png", scan);
        attachments.attach(operator, document.id(), "scan.png", "image/png", scan);

        assertThat(attachments.list(operator, document.id())).hasSize(1);
        assertThat(fixture.count("audit_log")).isEqualTo(audit + 1);
    }

    @Test
    void theContentComesBackAsItWasGiven() {
        byte[] binary = new byte[70_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        Document document = document();
        Attachment attached =
                attachments.attach(operator, document.id(), "extract.bin", "application/octet-stream", binary);

        assertThat(attachments.content(operator, document.id(), attached.sha256()))
                .hasValue(binary);
        assertThat(attachments.content(operator, document.id(), Attachments.sha256(new byte[] {1})))
                .as("content not linked to this document")
                .isEmpty();
    }

    @Test
    void aUserOfAnotherBranchGetsNothing() {
        byte[] invoice = uniqueContent("head office invoice");
        Document headOffice = document();
        Attachment attached = attachments.attach(operator, headOffice.id(), "invoice.pdf", "application/pdf", invoice);
        Actor stranger = fixture.actor("operator.b1");

        assertThatThrownBy(() -> attachments.list(stranger, headOffice.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attachments.content(stranger, headOffice.id(), attached.sha256()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attachments.attach(stranger, headOffice.id(), "x.pdf", "application/pdf", invoice))
                .isInstanceOf(NoSuchElementException.class);

        // Knowing the hash does not help through a document of one's own branch.
        Document own = fixture.post("operator.b1", "B1", "B1-5030-USD", "B1-2910-USD", "1.00")
                .document();
        assertThat(attachments.content(stranger, own.id(), attached.sha256())).isEmpty();
        assertThat(attachments.list(operator, headOffice.id())).hasSize(1);
    }

    static List<Object[]> badAttachments() {
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        return List.of(
                new Object[] {null, "application/pdf", pdf, "fileName"},
                new Object[] {" ", "application/pdf", pdf, "fileName"},
                new Object[] {"../../etc/passwd", "application/pdf", pdf, "fileName"},
                new Object[] {"x".repeat(256), "application/pdf", pdf, "fileName"},
                new Object[] {"a.pdf", null, pdf, "mediaType"},
                new Object[] {"a.pdf", "pdf", pdf, "mediaType"},
                new Object[] {"a.pdf", "application/", pdf, "mediaType"},
                new Object[] {"a.pdf", "text/html; charset=utf-8", pdf, "mediaType"},
                new Object[] {"a.pdf", "application/pdf", new byte[0], "content"},
                new Object[] {"a.pdf", "application/pdf", null, "content"});
    }

    @ParameterizedTest
    @MethodSource("badAttachments")
    void aBadAttachmentNamesTheFieldAndStoresNothing(String fileName, String mediaType, byte[] content, String field) {
        Document document = document();
        long blobs = fixture.count("attachment_blobs");
        long links = fixture.count("document_attachments");

        assertThatThrownBy(() -> attachments.attach(operator, document.id(), fileName, mediaType, content))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + ":");

        assertThat(fixture.count("attachment_blobs")).isEqualTo(blobs);
        assertThat(fixture.count("document_attachments")).isEqualTo(links);
    }

    private Document document() {
        return fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "1.00")
                .document();
    }

    /** Content no other test stores, so that blob counts are this test's own. */
    private static byte[] uniqueContent(String what) {
        return (what + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }
}
