package org.backoffice.banking.reconciliation;

/**
 * How forgiving the automatic matching is.
 *
 * @param valueDateTolerance how many business days (of the bank's calendar) the value dates of a
 *     reference match may differ: correspondents often value a payment a day or two from ours. 2
 *     by default; 0 asks for the same day
 * @param manyToOne whether several of our postings with one reference may match one entry of their
 *     sum, as when a correspondent nets a batch of our payments; on by default
 */
public record ReconciliationSettings(int valueDateTolerance, boolean manyToOne) {
    public ReconciliationSettings {
        if (valueDateTolerance < 0 || valueDateTolerance > 10) {
            throw new IllegalArgumentException(
                    "valueDateTolerance: must be 0 to 10 business days, was " + valueDateTolerance);
        }
    }

    public static ReconciliationSettings defaults() {
        return new ReconciliationSettings(2, true);
    }
}
