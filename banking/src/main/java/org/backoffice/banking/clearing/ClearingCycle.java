package org.backoffice.banking.clearing;

import java.time.Instant;

/**
 * A clearing cycle: OPEN while it collects payments, CLOSING once cut for a run, CLOSED when the
 * run posted.
 *
 * @param runId the ClearingRun that settled it; null until then
 */
public record ClearingCycle(
        long id, int number, String status, Instant openedAt, Instant cutAt, Instant closedAt, Long runId) {}
