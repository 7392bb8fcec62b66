package org.backoffice.banking.account;

/** The two kinds of client account, each kept under its own line of the chart of accounts. */
public enum ProductKind {
    CURRENT("2010"),
    DEPOSIT("2020");

    private final String chartCode;

    ProductKind(String chartCode) {
        this.chartCode = chartCode;
    }

    public String chartCode() {
        return chartCode;
    }
}
