package org.backoffice.banking.eod;

/**
 * A step of a run: how far it got, what it processed and how long it took (over all attempts).
 *
 * @param items the rows the step handled: accounts accrued, fees decided, snapshots taken, ...
 * @param detail what a reader of the run history wants to know, e.g. "3 postings, 120 accounts"
 */
public record EodStepResult(EodStep step, EodStatus status, long items, long millis, String detail) {}
