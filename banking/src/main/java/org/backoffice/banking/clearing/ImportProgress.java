package org.backoffice.banking.clearing;

/**
 * Told how an import goes, chunk by chunk: for a progress line, or to stop an import midway (an
 * exception thrown here ends it as a crash would; importing the same file again resumes it).
 */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {};

    /** A chunk's payments are in the ledger; their outcomes are not recorded yet. */
    default void posted(int payments) {}

    /**
     * How long a phase of a chunk took: {@code lookup} (the beneficiaries), {@code post} (the ledger),
     * {@code record} (the outcomes); for a benchmark to say where the time goes.
     */
    default void timed(String phase, long nanos) {}

    /** A chunk's outcomes are recorded: {@code done} of the file's {@code total} items have one. */
    default void recorded(int done, int total) {}
}
