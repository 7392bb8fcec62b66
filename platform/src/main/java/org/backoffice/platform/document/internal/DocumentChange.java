package org.backoffice.platform.document.internal;

import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.IdempotencyKey;

/**
 * A change to a document, handed to the ledger with (or without) the transaction it posts, and
 * written in the same database transaction by {@link DocumentCompanion}.
 */
public abstract sealed class DocumentChange permits DocumentChange.Created, DocumentChange.Transition {
    private final String actor;
    private final String action;
    private final boolean numbered;
    private volatile String number;

    DocumentChange(String actor, String action, boolean numbered) {
        this.actor = actor;
        this.action = action;
        this.numbered = numbered;
    }

    public abstract Document after();

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    /** Whether the document gets its number with this change (on its first submission). */
    public boolean numbered() {
        return numbered;
    }

    /** The number given in the committing transaction; readable once the ledger's future completed. */
    public String number() {
        return number;
    }

    void number(String given) {
        this.number = given;
    }

    /** A new document. */
    public static final class Created extends DocumentChange {
        private final Document document;
        private final IdempotencyKey key;

        public Created(Document document, String actor, String action, IdempotencyKey key, boolean numbered) {
            super(actor, action, numbered);
            this.document = document;
            this.key = key;
        }

        @Override
        public Document after() {
            return document;
        }

        public IdempotencyKey key() {
            return key;
        }
    }

    /** A document moving on, provided it is still as {@code before} shows (same version). */
    public static final class Transition extends DocumentChange {
        private final Document before;
        private final Document after;
        private final Long reversalId;

        public Transition(
                Document before, Document after, String actor, String action, boolean numbered, Long reversalId) {
            super(actor, action, numbered);
            this.before = before;
            this.after = after;
            this.reversalId = reversalId;
        }

        public Document before() {
            return before;
        }

        @Override
        public Document after() {
            return after;
        }

        public Long reversalId() {
            return reversalId;
        }
    }
}
