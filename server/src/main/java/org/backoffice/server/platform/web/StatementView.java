package org.backoffice.server.platform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.StatementCursor;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.server.web.IsoTime;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.Viewer;

/** An account's header, balances and statement pages, as the account page shows them. */
public final class StatementView {
    static final int PAGE_SIZE = 50;
    private static final Pattern DOCUMENT_REFERENCE = Pattern.compile("[A-Za-z]+:(\\d{1,19})(:reversal)?");

    private StatementView() {}

    /**
     * @param asOf the date of {@code balanceAsOf}, or null when none was asked for
     */
    public record Header(
            String number,
            String name,
            String branch,
            String chartCode,
            String asset,
            String posted,
            String available,
            String projected,
            LocalDate asOf,
            String balanceAsOf) {}

    /**
     * @param document the id of the document that caused the movement, if known and visible
     */
    public record Row(
            String valueDate,
            String bookedAt,
            String documentId,
            String reference,
            boolean reversal,
            String debit,
            String credit,
            String balance) {}

    /** @param next where the following page starts, or null at the end */
    public record Statement(String number, String opening, List<Row> rows, String closing, String next) {}

    public static Header header(Platform platform, Money money, Viewer viewer, String number, LocalDate asOf) {
        BookAccount account = platform.accounts().visible(viewer.actor(), number);
        Balance now = platform.accounts().balance(viewer.actor(), number, null);
        String then = asOf == null
                ? null
                : money.display(
                        platform.accounts()
                                .balance(viewer.actor(), number, asOf)
                                .posted(),
                        account.asset());
        return new Header(
                account.number(),
                account.name(),
                account.branch(),
                account.chartCode(),
                account.asset(),
                money.display(now.posted(), account.asset()),
                money.display(now.available(), account.asset()),
                money.display(now.projected(), account.asset()),
                asOf,
                then);
    }

    public static Statement page(Platform platform, Money money, Viewer viewer, String number, String after) {
        BookAccount account = platform.accounts().visible(viewer.actor(), number);
        StatementQuery query = StatementQuery.all(account.ledgerId(), PAGE_SIZE);
        if (after != null && !after.isBlank()) {
            query = query.continueAfter(cursor(after));
        }
        StatementPage page = platform.accounts().statement(viewer.actor(), number, query);
        Map<Long, Optional<Document>> documents = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (StatementLine line : page.lines()) {
            String amount = money.display(line.amount(), account.asset());
            String documentId = null;
            String reference = line.reference() == null ? "" : line.reference();
            boolean reversal = false;
            Matcher matcher = DOCUMENT_REFERENCE.matcher(reference);
            // A voucher names its document in the reference; a payment's reference is the client's own text, and
            // its document is found by the transaction's id, which is the document's.
            long id = matcher.matches()
                    ? Long.parseLong(matcher.group(1))
                    : line.transactionId().value();
            reversal = matcher.matches() && matcher.group(2) != null;
            Optional<Document> document = documents.computeIfAbsent(
                    id,
                    key -> key > 0 ? platform.documents().find(viewer.actor(), new DocumentId(key)) : Optional.empty());
            if (document.isPresent()) {
                documentId = document.get().id().toString();
                reference = document.get().number() == null
                        ? reference
                        : document.get().number();
            }
            rows.add(new Row(
                    line.valueDate().toString(),
                    IsoTime.of(line.bookedAt()),
                    documentId,
                    reference,
                    reversal,
                    line.side() == Side.DEBIT ? amount : "",
                    line.side() == Side.CREDIT ? amount : "",
                    money.display(line.balanceAfter(), account.asset())));
        }
        return new Statement(
                account.number(),
                money.display(page.openingBalance(), account.asset()),
                rows,
                money.display(page.closingBalance(), account.asset()),
                page.next().map(StatementView::text).orElse(null));
    }

    static String text(StatementCursor cursor) {
        return cursor.bookedAtMicros() + "." + cursor.transactionId() + "." + cursor.postingIndex();
    }

    static StatementCursor cursor(String text) {
        String[] parts = text.split("\\.");
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            return new StatementCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("after: is not a position in the statement");
        }
    }
}
