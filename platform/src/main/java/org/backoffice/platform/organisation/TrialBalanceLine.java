package org.backoffice.platform.organisation;

/** A trial balance line: a book account and its debit or credit balance in minor units. */
public record TrialBalanceLine(BookAccount account, long debit, long credit) {}
