package org.backoffice.banking.cash;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A cashier's shift at a desk.
 *
 * @param openDocument the ShiftOpen document that took the float; null when it opened without one
 * @param closeDocument the ShiftClose document; null while open or when it closed with nothing to post
 */
public record Shift(
        long id,
        String branch,
        String desk,
        String cashier,
        ShiftStatus status,
        LocalDate openedOn,
        Instant openedAt,
        Long openDocument,
        Long closeDocument,
        LocalDate closedOn,
        Instant closedAt) {}
