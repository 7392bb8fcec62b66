package org.backoffice.platform.statement;

import java.util.List;

/**
 * Reads a statement file in a format the caller names or {@link StatementFormat#detect} told from
 * its content, with the reader of that format. Every reader refuses what it cannot read whole with
 * an {@link IllegalArgumentException} naming the message, the statement or the field.
 */
public final class StatementReader {
    private StatementReader() {}

    public static StatementFile read(String content, StatementFormat format) {
        return switch (format) {
            case CAMT053, MT940, MT950 -> new StatementFile.Cash(format, cash(content, format));
            case MT535 -> new StatementFile.Holdings(Mt535Reader.read(content));
            case MT536, MT537 -> new StatementFile.Transactions(MtTransactionStatementReader.read(content));
        };
    }

    /** The account statements of a camt.053, MT940 or MT950 file. */
    public static List<AccountStatement> cash(String content, StatementFormat format) {
        return switch (format) {
            case CAMT053 -> Camt053Reader.read(content);
            case MT940, MT950 -> MtCashStatementReader.read(content);
            case MT535, MT536, MT537 ->
                throw new IllegalArgumentException("format: " + format.label() + " is not an account statement");
        };
    }
}
