package org.backoffice.platform.attachment;

import java.time.Instant;

/** A file linked to a document, named by the SHA-256 of its content. */
public record Attachment(
        long documentId,
        String sha256,
        String fileName,
        String mediaType,
        long size,
        String addedBy,
        Instant addedAt) {}
