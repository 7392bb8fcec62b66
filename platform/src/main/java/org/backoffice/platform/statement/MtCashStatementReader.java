package org.backoffice.platform.statement;

import com.prowidesoftware.swift.model.mt.AbstractMT;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.backoffice.platform.message.FieldProblem;
import org.backoffice.platform.message.MtMessage;
import org.backoffice.platform.statement.internal.MtPage;

/**
 * Reads the MT940 and MT950 messages of a file (one after the other, or separated by {@code $}
 * lines as in RJE files) into statements. A statement split over several messages (62M, then 60M
 * on the next page with the same :25: account and :28C: statement number) becomes one statement
 * with the entries of all its pages; its id is the :20: of its first page. On :61:, RC (a reversed
 * credit) is a debit and RD a credit; the entry date MMDD takes the nearest year to the value date.
 * The description is the :86: that follows a :61: (MT940, lines joined by a space), else the
 * supplementary details. Anything that does not fit, including balances that do not add up or a
 * page whose opening is not the previous page's closing, is refused with an {@link
 * IllegalArgumentException} naming the message or statement.
 */
public final class MtCashStatementReader {
    private static final Pattern MESSAGE_START = Pattern.compile("(?=\\{1:)");

    private MtCashStatementReader() {}

    public static List<AccountStatement> read(String text) {
        List<String> messages = split(text);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("file: holds no SWIFT message (no {1: basic header block)");
        }
        List<AccountStatement> statements = new ArrayList<>();
        List<MtPage> open = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String where = "message " + (i + 1);
            MtPage page = page(messages.get(i), where);
            if (!page.opening().finalBalance()) {
                checkContinues(open, page, where);
            } else if (!open.isEmpty()) {
                throw new IllegalArgumentException(where + ": opens with 60F while statement "
                        + open.getFirst().reference() + " awaits its 60M page");
            }
            open.add(page);
            if (page.closing().finalBalance()) {
                statements.add(statement(open));
                open.clear();
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("statement " + open.getFirst().reference()
                    + ": the file ends after a 62M; the page with the final 62F is missing");
        }
        return statements;
    }

    private static List<String> split(String text) {
        if (text == null || !text.contains("{1:")) {
            return List.of();
        }
        String body = text.replaceAll("(?m)^\\s*\\$\\s*$", "").strip();
        return MESSAGE_START
                .splitAsStream(body)
                .map(String::strip)
                .filter(message -> !message.isEmpty())
                .toList();
    }

    private static MtPage page(String message, String where) {
        if (message.contains("{4:") && !MtMessage.closed(message)) {
            throw new IllegalArgumentException(
                    where + ": the text block {4: does not end with -}: the message is cut off");
        }
        AbstractMT mt;
        try {
            mt = AbstractMT.parse(message);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(where + ": is not a SWIFT MT message: " + e.getMessage(), e);
        }
        if (mt == null || mt.getSwiftMessage().getBlock4() == null) {
            throw new IllegalArgumentException(where + ": is not a SWIFT MT message with a text block {4:");
        }
        String type = mt.getMessageType();
        if (!"940".equals(type) && !"950".equals(type)) {
            throw new IllegalArgumentException(where + ": is an MT" + type + ", expected MT940 or MT950");
        }
        try {
            return MtPage.of(mt);
        } catch (FieldProblem problem) {
            throw new IllegalArgumentException(where + " (MT" + type + "): " + problem.getMessage(), problem);
        }
    }

    private static void checkContinues(List<MtPage> open, MtPage page, String where) {
        if (open.isEmpty()) {
            throw new IllegalArgumentException(where + ": opens with 60M, but no earlier page of statement "
                    + page.reference() + " ends with 62M");
        }
        MtPage previous = open.getLast();
        if (!previous.account().equals(page.account())
                || !previous.statementNumber().equals(page.statementNumber())) {
            throw new IllegalArgumentException(where + ": 60M of account " + page.account() + " statement "
                    + page.statementNumber() + " does not continue account " + previous.account() + " statement "
                    + previous.statementNumber());
        }
        MtPage.Balance closed = previous.closing();
        MtPage.Balance opened = page.opening();
        if (!closed.date().equals(opened.date())
                || !closed.currency().equals(opened.currency())
                || closed.signedAmount().compareTo(opened.signedAmount()) != 0) {
            throw new IllegalArgumentException("statement " + open.getFirst().reference() + ": " + where
                    + " opens with 60M " + opened.currency() + " "
                    + opened.signedAmount().toPlainString() + " on "
                    + opened.date() + ", the page before closed with 62M " + closed.currency() + " "
                    + closed.signedAmount().toPlainString() + " on " + closed.date());
        }
    }

    private static AccountStatement statement(List<MtPage> pages) {
        MtPage first = pages.getFirst();
        MtPage last = pages.getLast();
        if (!first.opening().currency().equals(last.closing().currency())) {
            throw new IllegalArgumentException("statement " + first.reference() + ": opens in "
                    + first.opening().currency() + " and closes in "
                    + last.closing().currency());
        }
        return new AccountStatement(
                first.reference(),
                first.account(),
                first.opening().currency(),
                first.opening().date(),
                first.opening().signedAmount(),
                last.closing().date(),
                last.closing().signedAmount(),
                pages.stream().flatMap(page -> page.entries().stream()).toList());
    }
}
