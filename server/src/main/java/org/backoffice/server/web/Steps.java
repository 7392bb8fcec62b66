package org.backoffice.server.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Running one action of a page: what the service says comes back on the page it returns to, as a notice or as the
 * refusal in the service's words ("field: rule"), never as an error page.
 */
public final class Steps {
    private Steps() {}

    /** Runs the step and redirects to {@code back} with its notice, or with the refusal and nothing changed. */
    public static String run(RedirectAttributes redirect, String back, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("notice", step.get());
        } catch (InvalidDocumentException e) {
            redirect.addFlashAttribute("problem", "Refused: " + reasons(e.errors()));
        } catch (SecurityException | IllegalStateException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Refused: " + e.getMessage());
        }
        return "redirect:" + back;
    }

    /** The refusals on one line: {@code "field: rule; field: rule"}. */
    public static String reasons(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(FieldError::text).toList());
    }

    /** An uploaded file's text; a missing or non-UTF-8 file is refused naming the input. */
    public static String text(MultipartFile file, String what) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("file: choose " + what);
        }
        return utf8(file.getBytes()).orElseThrow(() -> new IllegalArgumentException("file: is not UTF-8 text"));
    }

    /** The bytes as UTF-8 text, or nothing when they are not. */
    public static Optional<String> utf8(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** An id typed in an address: digits only, else as if nothing had that id. */
    public static long id(String id, String what) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NoSuchElementException(what + " " + id + " not found");
        }
        return Long.parseLong(id);
    }
}
