package org.backoffice.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backoffice.reporting.RowWriter;

/**
 * Rows of an export, written as CSV or XLSX by the reporting module's {@link RowWriter}. A cell is
 * text, a whole number, an {@link org.backoffice.platform.amount.Amount} (written with its asset's
 * decimal places), a date or an instant, or null for an empty cell.
 */
interface TableWriter extends AutoCloseable {
    enum Format {
        CSV,
        XLSX;

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    void header(List<String> names) throws IOException;

    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;

    static TableWriter open(Format format, Path file, String sheet) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return new FileRows(out, format == Format.CSV ? RowWriter.csv(out) : RowWriter.xlsx(out, sheet));
    }

    /** A row writer over a file it closes; a full XLSX sheet is a failure of the command. */
    final class FileRows implements TableWriter {
        private final OutputStream file;
        private final RowWriter rows;

        FileRows(OutputStream file, RowWriter rows) {
            this.file = file;
            this.rows = rows;
        }

        @Override
        public void header(List<String> names) throws IOException {
            rows.header(names);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            try {
                rows.row(cells);
            } catch (IllegalStateException full) {
                throw CliError.failed("--format", full.getMessage() + "; export as csv instead");
            }
        }

        @Override
        public void close() throws IOException {
            try (file) {
                rows.close();
            }
        }
    }

    /** How a cell reads in CSV. */
    final class CsvWriter {
        private CsvWriter() {}

        static String text(Object cell) {
            return RowWriter.csvText(cell);
        }
    }
}
