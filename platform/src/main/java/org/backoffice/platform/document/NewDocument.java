package org.backoffice.platform.document;

import java.time.LocalDate;

/** What a maker enters: the type, the branch, the date and the body. */
public record NewDocument(String type, String branch, LocalDate date, DocumentBody body) {
    public NewDocument {
        if (type == null || type.isBlank()) {
            throw InvalidDocumentException.of("type", "must be given");
        }
        if (branch == null || branch.isBlank()) {
            throw InvalidDocumentException.of("branch", "must be given");
        }
        if (date == null) {
            throw InvalidDocumentException.of("date", "must be given");
        }
        if (body == null) {
            throw InvalidDocumentException.of("body", "must be given");
        }
    }
}
