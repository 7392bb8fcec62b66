package org.backoffice.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.backoffice.platform.document.FieldError;
import org.springframework.http.HttpStatus;

/**
 * One sending of a page's form: the values as typed and the refusals gathered while reading them ({@link Inputs}) and
 * while the service saves them. What is saved goes on to its page with a notice; what is refused comes back as a 400
 * with each message at its input and nothing saved ({@link PageReply} says how a page answers).
 */
public final class Submission {
    private final Form form;
    private final List<FieldError> errors = new ArrayList<>();

    private Submission(Form form) {
        this.form = form;
    }

    /** The form as sent ({@code @RequestParam Map}), nothing refused yet. */
    public static Submission of(Map<String, String> parameters) {
        return new Submission(Form.of(parameters));
    }

    public Form form() {
        return form;
    }

    /** Where {@link Inputs} notes what it cannot read. */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * What the service saved, or null: the call is made only when every input read well, and its refusals are noted
     * against their inputs.
     */
    public <T> T save(Supplier<T> call) {
        return errors.isEmpty() ? Inputs.attempt(errors, call) : null;
    }

    /** The form to show again, each message at its input (the rest above it); the response says 400. */
    public Form refused(HttpServletResponse response, Set<String> inputs) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form.withErrors(errors, inputs);
    }
}
