package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.Documents;
import org.backoffice.platform.security.Actor;
import org.springframework.http.HttpStatus;

/**
 * An approver's decision on a submitted document, as the document page and the approvals inbox both take
 * it: what it does and what the page says when it is done.
 */
enum Decision {
    APPROVE {
        @Override
        Document apply(Documents documents, Actor actor, DocumentId id, String comment) {
            return documents.approve(actor, id, comment);
        }

        @Override
        String notice(Document decided) {
            return "Approved: " + decided.number() + " is posted.";
        }
    },
    REJECT {
        @Override
        Document apply(Documents documents, Actor actor, DocumentId id, String comment) {
            return documents.reject(actor, id, comment);
        }

        @Override
        String notice(Document decided) {
            return "Rejected: " + decided.number() + " went back to its maker.";
        }
    };

    abstract Document apply(Documents documents, Actor actor, DocumentId id, String comment);

    abstract String notice(Document decided);

    /** A refused action: 409 when the document's state forbids it, 400 when the input breaks a rule. */
    static void refusedStatus(RuntimeException refusal, HttpServletResponse response) {
        response.setStatus(
                refusal instanceof IllegalStateException
                        ? HttpStatus.CONFLICT.value()
                        : HttpStatus.BAD_REQUEST.value());
    }
}
