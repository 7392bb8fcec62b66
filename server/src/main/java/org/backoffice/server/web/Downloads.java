package org.backoffice.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.backoffice.platform.attachment.Attachment;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download: a report table in CSV or XLSX, a PDF, a message as it was sent. */
public final class Downloads {
    /** An export holds at most this many rows; a larger one is filtered first. */
    public static final int LIMIT = 20_000;

    private Downloads() {}

    /** {@code content} as an attachment named {@code name} (plain ASCII, as the application names its files). */
    public static ResponseEntity<byte[]> of(byte[] content, String contentType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    /** An attached file as it was attached: its media type, and its own name (any characters, as UTF-8). */
    public static ResponseEntity.BodyBuilder attachment(Attachment attachment) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString());
    }

    /** The table written in {@code format}, as {@code name} with the format's extension. */
    public static ResponseEntity<byte[]> of(ReportTable table, ReportFormat format, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(out.toByteArray(), format.contentType(), name + "." + format.extension());
    }
}
