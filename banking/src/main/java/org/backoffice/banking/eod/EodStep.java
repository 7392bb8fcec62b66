package org.backoffice.banking.eod;

/** The steps of end of day, in the order they run. */
public enum EodStep {
    ACCRUAL("Interest accrual"),
    FEES("Periodic fees"),
    CLOSE_DAY("Close the business day"),
    SNAPSHOTS("Balance snapshots"),
    REPORT("End-of-day report");

    private final String label;

    EodStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
