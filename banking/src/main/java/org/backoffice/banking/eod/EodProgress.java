package org.backoffice.banking.eod;

/** Told as end of day goes along, e.g. to draw a progress bar on the command line. */
public interface EodProgress {
    EodProgress NONE = new EodProgress() {};

    /** A step has begun (or resumed). */
    default void started(EodStep step) {}

    /** A step has handled {@code items} rows so far. */
    default void advanced(EodStep step, long items) {}

    /** A step is done. */
    default void finished(EodStepResult result) {}
}
