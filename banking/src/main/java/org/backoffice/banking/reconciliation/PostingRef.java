package org.backoffice.banking.reconciliation;

/** One posting of a ledger transaction on the nostro book account. */
public record PostingRef(long transactionId, int postingIndex) {
    public PostingRef {
        if (postingIndex < 0) {
            throw new IllegalArgumentException("postingIndex: must not be negative, was " + postingIndex);
        }
    }

    /** {@code 12345/0}: the form pages and the API use. */
    public static PostingRef parse(String field, String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new PostingRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            }
            if (parts.length == 1 && !parts[0].isEmpty()) {
                return new PostingRef(Long.parseLong(parts[0]), 0);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                field + ": must be a posting as TRANSACTION/INDEX, e.g. 1234567/0, was '" + text + "'");
    }

    @Override
    public String toString() {
        return transactionId + "/" + postingIndex;
    }
}
