package org.backoffice.reporting;

import java.io.IOException;
import java.io.OutputStream;
import org.backoffice.reporting.internal.StatementPdf;

/** Writes an {@link AccountStatement} as a PDF, for clients' statements. */
public final class AccountStatementPdf {
    private AccountStatementPdf() {}

    /** Writes the statement; the stream is flushed, not closed. */
    public static void write(AccountStatement statement, OutputStream out) throws IOException {
        StatementPdf.write(statement, out);
    }
}
