package org.backoffice.banking.reconciliation;

import org.backoffice.platform.reconciliation.Break;

/**
 * What a nostro break is about: an entry of a correspondent's statement, or one of our postings on
 * the nostro book account. Its {@link #key()} is the break's item in the platform's breaks, so an
 * entry or a posting has one break at most.
 */
public sealed interface BreakItem {
    String key();

    BreakKind kind();

    /** The statement entry's id, for an entry's break; null otherwise. */
    default Long entryId() {
        return this instanceof Entry entry ? entry.id() : null;
    }

    /** Our posting, for a posting's break; null otherwise. */
    default PostingRef posting() {
        return this instanceof Posting posting ? posting.ref() : null;
    }

    /** On the correspondent's statement, not in our books. */
    record Entry(long id) implements BreakItem {
        @Override
        public String key() {
            return "entry:" + id;
        }

        @Override
        public BreakKind kind() {
            return BreakKind.ENTRY;
        }
    }

    /** In our books, not on the correspondent's statement. */
    record Posting(PostingRef ref) implements BreakItem {
        @Override
        public String key() {
            return "posting:" + ref;
        }

        @Override
        public BreakKind kind() {
            return BreakKind.POSTING;
        }
    }

    static BreakItem of(Break b) {
        return parse(b.item());
    }

    static BreakItem parse(String key) {
        if (key.startsWith("entry:")) {
            return new Entry(Long.parseLong(key.substring("entry:".length())));
        }
        if (key.startsWith("posting:")) {
            return new Posting(PostingRef.parse("item", key.substring("posting:".length())));
        }
        throw new IllegalArgumentException("item: not a nostro break's item: " + key);
    }
}
