package org.backoffice.securities.trade;

import java.util.List;
import org.backoffice.platform.document.FieldError;

/**
 * What became of one trade of a capture, row by row: in the book, in the book waiting for repair,
 * already there (the same trade sent again), or refused because it cannot be kept at all.
 *
 * @param row the trade's position in what was captured, from 1
 * @param trade the trade in the book; null when refused
 */
public record CaptureOutcome(int row, String tradeRef, Kind kind, Trade trade, List<FieldError> errors) {
    public enum Kind {
        CAPTURED,
        REPAIR,
        DUPLICATE,
        REFUSED
    }

    public CaptureOutcome {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
