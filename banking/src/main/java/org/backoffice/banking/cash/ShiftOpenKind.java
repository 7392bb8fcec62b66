package org.backoffice.banking.cash;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.cash.internal.CashRows;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.organisation.BookAccount;

/**
 * A cashier opens a shift with a float: Dr the desk / Cr the branch vault per currency. The shift
 * exists once the document posts, in the same transaction; its id is the document's.
 */
public final class ShiftOpenKind extends AbstractDocumentKind<ShiftOpening> {
    public static final String TYPE = "ShiftOpen";

    ShiftOpenKind() {
        super(TYPE, "SO", ShiftOpening.class);
    }

    @Override
    public List<FieldError> validate(String branch, ShiftOpening body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        if (body.desk() == null || body.desk().isBlank()) {
            errors.add(new FieldError("desk", "must be given"));
            return errors;
        }
        if (body.floats().isEmpty()) {
            errors.add(new FieldError("floats", "a shift opened by a document takes a float in at least one currency"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < body.floats().size(); i++) {
            CashAmount cash = body.floats().get(i);
            String field = "floats[" + i + "]";
            if (cash == null) {
                errors.add(new FieldError(field, "must be given"));
                continue;
            }
            if (!CashChecks.currency(context, field + ".currency", cash.currency(), errors)) {
                continue;
            }
            if (!seen.add(cash.currency())) {
                errors.add(new FieldError(field + ".currency", cash.currency() + " is given twice"));
            }
            FieldRules.positive(field + ".amount", cash.amount(), errors);
            CashChecks.desk(context, branch, body.desk(), cash.currency(), errors);
            CashChecks.house(context, branch, HouseAccounts.VAULT, cash.currency(), field, errors);
        }
        return errors;
    }

    @Override
    public String asset(ShiftOpening body) {
        return body.floats().isEmpty() ? "USD" : body.floats().get(0).currency();
    }

    @Override
    public long amount(ShiftOpening body) {
        return body.floats().isEmpty() ? 0 : body.floats().get(0).amount();
    }

    @Override
    public TransactionRequest posting(Document document, ShiftOpening body, PostingContext context) {
        List<Posting> postings = new ArrayList<>();
        for (CashAmount cash : body.floats()) {
            long desk = ledgerId(context, Desk.account(document.branch(), body.desk(), cash.currency()));
            long vault =
                    ledgerId(context, HouseAccounts.number(document.branch(), HouseAccounts.VAULT, cash.currency()));
            postings.add(Posting.of(desk, vault, cash.currency(), cash.amount()));
        }
        return transfer(
                document, body.valueDate(), postings, new Memo(TYPE, "FLOAT", java.util.Map.of("desk", body.desk())));
    }

    @Override
    public String refusal(Connection c, Document document, ShiftOpening body) throws SQLException {
        String refusal = openRefusal(c, document.branch(), body.desk(), document.maker());
        return refusal != null ? refusal : BusinessDays.refusal(c, "valueDate", body.valueDate());
    }

    /** Why the cashier may not open a shift at the desk now ("field: rule"), or null. */
    static String openRefusal(Connection c, String branch, String desk, String cashier) throws SQLException {
        if (!CashRows.deskExists(c, branch, desk)) {
            return "desk: there is no desk " + desk + " at branch " + branch;
        }
        Optional<Shift> atDesk = CashRows.unclosedAtDesk(c, branch, desk);
        if (atDesk.isPresent()) {
            return "desk: desk " + desk + " already has a shift of "
                    + atDesk.get().cashier() + " that is not closed";
        }
        Optional<Shift> mine = CashRows.unclosedOf(c, cashier);
        if (mine.isPresent()) {
            return "desk: " + cashier + " already has a shift at desk "
                    + mine.get().desk() + " of branch " + mine.get().branch() + " that is not closed";
        }
        return null;
    }

    @Override
    public void posted(Connection c, Document document, ShiftOpening body) throws SQLException {
        CashRows.insertShift(
                c,
                document.id().value(),
                document.branch(),
                body.desk(),
                document.maker(),
                body.valueDate(),
                Micros.of(document.updatedAt()),
                document.id().value());
    }

    @Override
    public String rejectedField(RejectionReason reason) {
        return reason == RejectionReason.INSUFFICIENT_BALANCE ? "floats" : super.rejectedField(reason);
    }

    static long ledgerId(PostingContext context, String number) {
        return context.account(number)
                .map(BookAccount::ledgerId)
                .orElseThrow(() -> new IllegalStateException("account " + number + " is not open"))
                .value();
    }
}
