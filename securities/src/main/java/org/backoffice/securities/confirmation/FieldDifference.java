package org.backoffice.securities.confirmation;

/** One field on which our trade and the counterparty's confirmation disagree, both shown as text. */
public record FieldDifference(String field, String ours, String theirs) {
    public FieldDifference {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("field: must be given");
        }
    }

    /** The differences on one line: {@code price: ours 10.00, theirs 10.01; quantity: ...}. */
    public static String describe(java.util.List<FieldDifference> differences) {
        return String.join(
                "; ",
                differences.stream()
                        .map(d -> d.field() + ": ours " + d.ours() + ", theirs " + d.theirs())
                        .toList());
    }
}
