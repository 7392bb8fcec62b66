package org.backoffice.reporting;

/**
 * One line of a financial statement: a line of the chart of accounts, summed over the book accounts
 * opened under it, positive on its normal side (a debit balance on an asset line, a credit balance
 * on a liability, equity or income line, a debit on an expense line).
 */
public record StatementLine(String chartCode, String name, long amount) {}
