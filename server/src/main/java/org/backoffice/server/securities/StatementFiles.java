package org.backoffice.server.securities;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.StatementFormat;
import org.backoffice.platform.statement.StatementReader;
import org.backoffice.securities.Securities;
import org.backoffice.securities.reconciliation.ReconciliationResult;

/**
 * A statement file from the depository or the settlement bank, told apart by its content (MT535 holdings, MT536/MT537
 * transactions, camt.053 cash) and reconciled against the books. The pages, the API and the command line share it, so
 * a file is read the same way wherever it is dropped.
 */
public final class StatementFiles {
    private StatementFiles() {}

    /** The file's text; a file that is not UTF-8 is refused naming the field {@code file}. */
    public static String text(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("file: choose a statement file (MT535, MT536, MT537 or camt.053)");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("file: is not UTF-8 text");
        }
    }

    /** What the text is, by the message type of a SWIFT MT's application header or a camt.053's document. */
    public static StatementFormat sniff(String text) {
        return StatementFormat.detect(text, StatementFormat.CUSTODY);
    }

    /**
     * Reconciles the statement as the actor; one result per statement (a camt.053 may hold several accounts).
     *
     * @throws IllegalArgumentException naming the field at fault when the file cannot be read
     */
    public static List<ReconciliationResult> reconcile(Securities securities, Actor actor, String text) {
        return securities.reconciliation().reconcile(actor, StatementReader.read(text, sniff(text)));
    }
}
