package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.backoffice.platform.Platform;
import org.backoffice.platform.attachment.Attachment;
import org.backoffice.platform.attachment.Attachments;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.ItemsJson;
import org.backoffice.server.web.Params;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Attachments",
        description = "Files that support a document, stored once per SHA-256 of their content and never"
                + " overwritten; at most 20 MiB each.")
@RestController
@RequestMapping("/api/documents/{id}/attachments")
class AttachmentsController {
    private final Attachments attachments;

    AttachmentsController(Platform platform) {
        this.attachments = platform.attachments();
    }

    @Schema(name = "Attachment")
    record AttachmentJson(
            String documentId,

            @Schema(description = "SHA-256 of the content, hex; names the file under the document")
            String sha256,

            String fileName,
            String mediaType,
            long size,
            String addedBy,
            Instant addedAt) {
        static AttachmentJson of(Attachment a) {
            return new AttachmentJson(
                    Long.toString(a.documentId()),
                    a.sha256(),
                    a.fileName(),
                    a.mediaType(),
                    a.size(),
                    a.addedBy(),
                    a.addedAt());
        }
    }

    @Operation(summary = "Attaches a file (multipart/form-data, part \"file\") to a document the caller can see")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentJson> attach(
            @PathVariable("id") String id, @RequestPart("file") MultipartFile file, Authentication authentication) {
        DocumentId documentId = DocumentId.parse(id);
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
        Attachment attachment = attachments.attach(
                CurrentActor.of(authentication), documentId, file.getOriginalFilename(), mediaType(file), content);
        return ResponseEntity.created(
                        URI.create("/api/documents/" + documentId + "/attachments/" + attachment.sha256()))
                .body(AttachmentJson.of(attachment));
    }

    @Operation(summary = "A document's attachments, oldest first")
    @GetMapping
    ItemsJson<AttachmentJson> list(@PathVariable("id") String id, Authentication authentication) {
        return new ItemsJson<>(attachments.list(CurrentActor.of(authentication), DocumentId.parse(id)).stream()
                .map(AttachmentJson::of)
                .toList());
    }

    @Operation(summary = "An attachment's content, with the media type it was attached with")
    @GetMapping("/{sha256}")
    ResponseEntity<byte[]> content(
            @PathVariable("id") String id, @PathVariable("sha256") String sha256, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        DocumentId documentId = DocumentId.parse(id);
        Attachment attachment = attachments.list(actor, documentId).stream()
                .filter(a -> a.sha256().equals(sha256))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("attachment " + sha256 + " not found"));
        byte[] content = attachments
                .content(actor, documentId, sha256)
                .orElseThrow(() -> new NoSuchElementException("attachment " + sha256 + " not found"));
        return Downloads.attachment(attachment).eTag("\"" + sha256 + "\"").body(content);
    }

    /** The part's media type without parameters (the archive keeps type/subtype); octet-stream when unnamed. */
    private static String mediaType(MultipartFile file) {
        if (file.getContentType() == null || file.getContentType().isBlank()) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        try {
            MediaType type = MediaType.parseMediaType(file.getContentType());
            return type.getType() + "/" + type.getSubtype();
        } catch (InvalidMediaTypeException e) {
            throw new IllegalArgumentException("mediaType: must be a media type such as application/pdf, was '"
                    + Params.abbreviated(file.getContentType()) + "'");
        }
    }
}
