package org.backoffice.server.securities;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.message.Camt053CashReader;
import org.backoffice.securities.message.CashStatement;
import org.backoffice.securities.message.Mt535Reader;
import org.backoffice.securities.message.MtTransactionStatementReader;
import org.backoffice.securities.reconciliation.ReconciliationResult;

/**
 * A statement file from the depository or the settlement bank, told apart by its content (MT535 holdings, MT536/MT537
 * transactions, camt.053 cash) and reconciled against the books. The pages, the API and the command line share it, so
 * a file is read the same way wherever it is dropped.
 */
public final class StatementFiles {
    /** The statements this reads. */
    public enum Kind {
        MT535,
        MT536,
        MT537,
        CAMT053
    }

    private static final Pattern MT_TYPE = Pattern.compile("\\{2:[IO](\\d{3})");
    private static final Pattern STATEMENT_ID = Pattern.compile("<(?:\\w+:)?Stmt>\\s*<(?:\\w+:)?Id>([^<]{1,35})<");
    private static final Pattern MESSAGE_ID = Pattern.compile("<(?:\\w+:)?MsgId>([^<]{1,35})<");

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
    public static Kind sniff(String text) {
        String head = text.strip();
        if (head.startsWith("<") && (head.contains("camt.053") || head.contains("BkToCstmrStmt"))) {
            return Kind.CAMT053;
        }
        Matcher type = MT_TYPE.matcher(head);
        if (type.find()) {
            switch (type.group(1)) {
                case "535":
                    return Kind.MT535;
                case "536":
                    return Kind.MT536;
                case "537":
                    return Kind.MT537;
                default:
                    throw new IllegalArgumentException(
                            "file: is an MT" + type.group(1) + "; upload an MT535, MT536, MT537 or camt.053");
            }
        }
        throw new IllegalArgumentException("file: is neither an MT535, MT536, MT537 nor a camt.053 statement");
    }

    /**
     * Reconciles the statement as the actor; one result per statement (a camt.053 may hold several accounts).
     *
     * @throws IllegalArgumentException naming the field at fault when the file cannot be read
     */
    public static List<ReconciliationResult> reconcile(Securities securities, Actor actor, String text) {
        Kind kind = sniff(text);
        return switch (kind) {
            case MT535 -> List.of(securities.reconciliation().positions(actor, Mt535Reader.read(text)));
            case MT536, MT537 ->
                List.of(securities.reconciliation().transactions(actor, MtTransactionStatementReader.read(text)));
            case CAMT053 -> cash(securities, actor, text);
        };
    }

    private static List<ReconciliationResult> cash(Securities securities, Actor actor, String xml) {
        List<CashStatement> statements = Camt053CashReader.read(xml);
        // The record carries no statement id; the document's own ids keep a second import from opening breaks twice.
        List<String> ids = new ArrayList<>();
        Matcher statement = STATEMENT_ID.matcher(xml);
        while (statement.find()) {
            ids.add(statement.group(1).strip());
        }
        Matcher message = MESSAGE_ID.matcher(xml);
        String messageId = message.find() ? message.group(1).strip() : null;
        List<ReconciliationResult> results = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String ref;
            if (ids.size() == statements.size()) {
                ref = ids.get(i);
            } else if (messageId != null) {
                String suffix = statements.size() == 1 ? "" : "-" + (i + 1);
                ref = messageId.substring(0, Math.min(messageId.length(), 35 - suffix.length())) + suffix;
            } else {
                throw new IllegalArgumentException("file: the camt.053 has no message id (GrpHdr/MsgId)");
            }
            results.add(securities.reconciliation().cash(actor, ref, statements.get(i)));
        }
        return results;
    }
}
