package org.backoffice.securities.trade;

import java.util.List;

/**
 * What a FIX drop copy brought into the book: how many lines and fills, what became of the fills,
 * and the lines that could not be read, by line number (the first hundred).
 *
 * @param corrections cancellations and corrections proposed for a checker to approve
 */
public record DropCopySummary(
        long lines,
        long fills,
        long captured,
        long repair,
        long duplicates,
        long refused,
        long corrections,
        long skipped,
        long unreadable,
        List<String> problems) {
    public DropCopySummary {
        problems = List.copyOf(problems);
    }
}
