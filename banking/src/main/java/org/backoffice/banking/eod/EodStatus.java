package org.backoffice.banking.eod;

/**
 * Where a run or a step stands. A run that failed, or whose process died while it was RUNNING, is
 * resumed by running end of day for the same date again.
 */
public enum EodStatus {
    PENDING,
    RUNNING,
    FAILED,
    DONE
}
