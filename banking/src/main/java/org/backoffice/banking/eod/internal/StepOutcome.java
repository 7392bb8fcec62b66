package org.backoffice.banking.eod.internal;

/** What a step did: the rows it handled and a line for the run history. */
public record StepOutcome(long items, String detail) {}
