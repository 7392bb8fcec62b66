package org.backoffice.banking.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;

/**
 * The platform's journal voucher as a bank must have it: a voucher can reach a client's book
 * account, so it obeys the same freeze and closure as a payment, and it cannot post into a closed
 * business day (that takes a controller's back-value adjustment). Everything else is the
 * platform's voucher unchanged.
 */
public final class GuardedJournalVoucherKind implements DocumentKind<JournalVoucher> {
    private final JournalVoucherKind voucher = new JournalVoucherKind();

    @Override
    public String type() {
        return voucher.type();
    }

    @Override
    public String numberPrefix() {
        return voucher.numberPrefix();
    }

    @Override
    public Class<JournalVoucher> bodyClass() {
        return voucher.bodyClass();
    }

    @Override
    public List<FieldError> validate(String branch, JournalVoucher body, PostingContext context) {
        return voucher.validate(branch, body, context);
    }

    @Override
    public String asset(JournalVoucher body) {
        return voucher.asset(body);
    }

    @Override
    public long amount(JournalVoucher body) {
        return voucher.amount(body);
    }

    @Override
    public TransactionRequest posting(Document document, JournalVoucher body, PostingContext context) {
        return voucher.posting(document, body, context);
    }

    @Override
    public String rejectedField(RejectionReason reason) {
        return voucher.rejectedField(reason);
    }

    @Override
    public String refusal(Connection c, Document document, JournalVoucher body) throws SQLException {
        List<String> numbers = new ArrayList<>();
        for (JournalLine line : body.lines()) {
            numbers.add(line.account());
        }
        Map<String, String[]> clientAccounts = new HashMap<>();
        Sql.query(
                        c,
                        "SELECT book_number, iban, status FROM bank_accounts WHERE book_number IN ("
                                + Sql.marks(numbers.size()) + ")",
                        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                        numbers.toArray())
                .forEach(row -> clientAccounts.put(row[0], row));
        for (int i = 0; i < numbers.size(); i++) {
            String[] account = clientAccounts.get(numbers.get(i));
            if (account != null && !AccountStatus.OPEN.name().equals(account[2])) {
                return "lines[" + i + "].account: client account " + account[1] + " is "
                        + account[2].toLowerCase(java.util.Locale.ROOT);
            }
        }
        return BusinessDays.refusal(c, "date", document.date());
    }
}
