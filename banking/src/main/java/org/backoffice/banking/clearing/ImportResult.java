package org.backoffice.banking.clearing;

import java.util.List;

/**
 * What an import did: the file's record, and row by row (the first {@code rows.size()} items, in file
 * order) what was credited, held in suspense or could not be read.
 *
 * @param resumed whether this import finished a file an earlier, interrupted import had started
 */
public record ImportResult(ClearingFile file, boolean resumed, List<ImportRow> rows) {
    public ImportResult {
        rows = List.copyOf(rows);
    }
}
