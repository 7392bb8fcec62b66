package org.backoffice.server.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Problems the API raises itself, beyond what the platform throws: precondition failures on document edits.
 * They travel as {@link ErrorResponseException}s, which the problem handler renders like every other problem.
 */
final class Problems {
    private Problems() {}

    static ErrorResponseException of(HttpStatus status, String field, String message) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, field == null ? message : field + ": " + message);
        problem.setProperty("errors", List.of(errorEntry(field, message)));
        return new ErrorResponseException(status, problem, null);
    }

    private static Map<String, String> errorEntry(String field, String message) {
        java.util.LinkedHashMap<String, String> entry = new java.util.LinkedHashMap<>();
        entry.put("field", field);
        entry.put("message", message);
        return entry;
    }
}
