package org.backoffice.securities.confirmation;

/** One field on which our trade and the counterparty's confirmation disagree, both shown as text. */
public record FieldDifference(String field, String ours, String theirs) {
    public FieldDifference {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("field: must be given");
        }
    }
}
