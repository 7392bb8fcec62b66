package org.backoffice.banking.eod.internal;

import org.backoffice.banking.eod.EodStep;

/** Called after each committed chunk of a step and after each step; tests make it fail to simulate a crash. */
@FunctionalInterface
public interface Checkpoint {
    /** Marks the end of a step rather than of one of its chunks. */
    int STEP_DONE = -1;

    Checkpoint NONE = (step, chunk) -> {};

    void reached(EodStep step, int chunk);
}
