package org.backoffice.server.securities.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.backoffice.platform.document.InvalidDocumentException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Running one action of a securities page: what the service says comes back on the page it returns to, as a notice or
 * as the refusal in the service's words ("field: rule"), never as an error page.
 */
final class Steps {
    private Steps() {}

    /** Runs the step and redirects to {@code back} with its notice, or with the refusal and nothing changed. */
    static String run(RedirectAttributes redirect, String back, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("notice", step.get());
        } catch (InvalidDocumentException e) {
            redirect.addFlashAttribute("problem", "Refused: " + TradesPagesController.reasons(e.errors()));
        } catch (SecurityException | IllegalStateException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Refused: " + e.getMessage());
        }
        return "redirect:" + back;
    }

    /** An uploaded file's text; a missing or non-UTF-8 file is refused naming the input. */
    static String text(MultipartFile file, String what) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("file: choose " + what);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("file: is not UTF-8 text");
        }
    }

    /** A download of {@code content} under {@code name}. */
    static ResponseEntity<byte[]> download(byte[] content, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    /** An id typed in an address: digits only, else as if nothing had that id. */
    static long id(String id, String what) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new java.util.NoSuchElementException(what + " " + id + " not found");
        }
        return Long.parseLong(id);
    }
}
