package org.backoffice.server.platform.web;

import java.util.Locale;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.Documents;
import org.backoffice.platform.security.Actor;

/**
 * An approver's decision on a submitted document, as the document page and the approvals inbox both take
 * it: what it does and what the page says when it is done.
 */
enum Decision {
    APPROVE(Documents::approve, "Approved: %s is posted."),
    REJECT(Documents::reject, "Rejected: %s went back to its maker.");

    private interface Act {
        /** The decision a path names: {@code approve} or {@code reject}. */
        static Decision of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        Document apply(Documents documents, Actor actor, DocumentId id, String comment);
    }

    private final Act act;
    private final String notice;

    Decision(Act act, String notice) {
        this.act = act;
        this.notice = notice;
    }

    /** The decision a path names: {@code approve} or {@code reject}. */
    static Decision of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    Document apply(Documents documents, Actor actor, DocumentId id, String comment) {
        return act.apply(documents, actor, id, comment);
    }

    String notice(Document decided) {
        return notice.formatted(decided.number());
    }
}
