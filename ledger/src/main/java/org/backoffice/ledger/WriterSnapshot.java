package org.backoffice.ledger;

/**
 * The group-commit writer's counters since the ledger opened.
 *
 * @param phases where a batch's time goes on average: lock and read, apply, write, commit
 */
public record WriterSnapshot(
        long batches,
        long requests,
        long transactionsStored,
        long retries,
        double averageBatchSize,
        double averageBatchMillis,
        String phases) {}
