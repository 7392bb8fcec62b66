package org.backoffice.banking.cash;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.cash.internal.CashLedger;
import org.backoffice.banking.cash.internal.CashRows;
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
 * A cashier's close of a shift: per currency the difference between the count and the book, a
 * shortage Dr 5040 / Cr desk, a surplus Dr desk / Cr 4030, then, if chosen, the counted cash back
 * to the vault (Dr vault / Cr desk). The approval policy weighs the largest difference, so that a
 * controller sees every close whose cash does not tie.
 */
public final class ShiftCloseKind extends AbstractDocumentKind<ShiftClosing> {
    public static final String TYPE = "ShiftClose";
    /** A difference of this much or more, in any currency, waits for a controller. */
    public static final BigDecimal DIFFERENCE_APPROVAL_THRESHOLD = new BigDecimal("50.00");

    private final CashLedger ledger;

    ShiftCloseKind(CashLedger ledger) {
        super(TYPE, "SC", ShiftClosing.class);
        this.ledger = ledger;
    }

    @Override
    public List<FieldError> validate(String branch, ShiftClosing body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        if (body.shiftId() <= 0) {
            errors.add(new FieldError("shiftId", "must be given"));
        }
        if (body.desk() == null || body.desk().isBlank()) {
            errors.add(new FieldError("desk", "must be given"));
            return errors;
        }
        Map<String, Long> counted = counted(body.counts(), context, errors);
        Set<String> lined = new HashSet<>();
        boolean moves = false;
        for (int i = 0; i < body.lines().size(); i++) {
            CloseLine line = body.lines().get(i);
            String field = "lines[" + i + "]";
            if (line == null || !CashChecks.currency(context, field + ".currency", line.currency(), errors)) {
                continue;
            }
            if (!lined.add(line.currency())) {
                errors.add(new FieldError(field + ".currency", line.currency() + " is given twice"));
                continue;
            }
            Optional<BookAccount> desk = CashChecks.desk(context, branch, body.desk(), line.currency(), errors);
            CashChecks.house(context, branch, HouseAccounts.VAULT, line.currency(), field, errors);
            long count = counted.getOrDefault(line.currency(), 0L);
            if (line.counted() != count) {
                errors.add(new FieldError(
                        field + ".counted", "must be the sum of the " + line.currency() + " count, " + count));
            }
            if (desk.isPresent() && line.book() != ledger.posted(desk.get().ledgerId())) {
                errors.add(new FieldError(
                        field + ".book",
                        "the desk's book balance is " + ledger.posted(desk.get().ledgerId()) + ", not " + line.book()
                                + "; count again"));
            }
            if (line.difference() != line.counted() - line.book()) {
                errors.add(new FieldError(field + ".difference", "must be counted less book"));
            }
            if (line.returned() != (body.returnToVault() ? line.counted() : 0)) {
                errors.add(new FieldError(
                        field + ".returned",
                        body.returnToVault() ? "must be the counted cash" : "must be zero when the cash stays"));
            }
            moves |= line.difference() != 0 || line.returned() > 0;
        }
        for (String currency : counted.keySet()) {
            if (!lined.contains(currency)) {
                errors.add(new FieldError("lines", currency + " is counted but has no line"));
            }
        }
        if (errors.isEmpty() && !moves) {
            errors.add(new FieldError(
                    "lines",
                    "nothing to post: no difference and no cash back to the vault; the shift closes without a"
                            + " document"));
        }
        return errors;
    }

    /** The count per currency, with every broken rule of a count line named by its index. */
    static Map<String, Long> counted(List<PieceCount> counts, PostingContext context, List<FieldError> errors) {
        Map<String, Long> totals = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            PieceCount count = counts.get(i);
            String field = "counts[" + i + "]";
            if (count == null) {
                errors.add(new FieldError(field, "must be given"));
                continue;
            }
            if (!CashChecks.currency(context, field + ".currency", count.currency(), errors)) {
                continue;
            }
            if (Denominations.find(count.currency(), count.denomination()).isEmpty()) {
                errors.add(new FieldError(
                        field + ".denomination",
                        count.denomination() + " is not a " + count.currency() + " note or coin; in minor units they"
                                + " are "
                                + Denominations.of(count.currency()).stream()
                                        .map(Denomination::value)
                                        .toList()));
                continue;
            }
            if (count.pieces() < 0) {
                errors.add(new FieldError(field + ".pieces", "must be zero or more, was " + count.pieces()));
                continue;
            }
            if (!seen.add(count.currency() + ":" + count.denomination())) {
                errors.add(new FieldError(
                        field, count.currency() + " " + count.denomination() + " is counted twice; add the pieces up"));
                continue;
            }
            try {
                totals.merge(count.currency(), count.value(), Math::addExact);
            } catch (ArithmeticException e) {
                errors.add(new FieldError(field + ".pieces", "is too large"));
            }
        }
        return totals;
    }

    @Override
    public String asset(ShiftClosing body) {
        return largest(body).map(CloseLine::currency).orElse("USD");
    }

    @Override
    public long amount(ShiftClosing body) {
        return largest(body).map(l -> Math.abs(l.difference())).orElse(0L);
    }

    private static Optional<CloseLine> largest(ShiftClosing body) {
        return body.lines().stream()
                .filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.comparingLong(l -> Math.abs(l.difference())));
    }

    @Override
    public TransactionRequest posting(Document document, ShiftClosing body, PostingContext context) {
        String branch = document.branch();
        List<Posting> postings = new ArrayList<>();
        for (CloseLine line : body.lines()) {
            String currency = line.currency();
            long desk = ShiftOpenKind.ledgerId(context, Desk.account(branch, body.desk(), currency));
            // The difference first, so that the desk never goes below zero on the way.
            if (line.difference() < 0) {
                long shortage = ShiftOpenKind.ledgerId(
                        context, HouseAccounts.number(branch, HouseAccounts.CASH_SHORTAGE, currency));
                postings.add(Posting.of(shortage, desk, currency, -line.difference()));
            } else if (line.difference() > 0) {
                long surplus = ShiftOpenKind.ledgerId(
                        context, HouseAccounts.number(branch, HouseAccounts.CASH_SURPLUS, currency));
                postings.add(Posting.of(desk, surplus, currency, line.difference()));
            }
            if (line.returned() > 0) {
                long vault =
                        ShiftOpenKind.ledgerId(context, HouseAccounts.number(branch, HouseAccounts.VAULT, currency));
                postings.add(Posting.of(vault, desk, currency, line.returned()));
            }
        }
        return transfer(
                document,
                body.valueDate(),
                postings,
                new Memo(TYPE, "CLOSE", Map.of("desk", body.desk(), "shift", Long.toString(body.shiftId()))));
    }

    @Override
    public String refusal(Connection c, Document document, ShiftClosing body) throws SQLException {
        Optional<Shift> shift = CashRows.shift(c, body.shiftId());
        if (shift.isEmpty()
                || !shift.get().branch().equals(document.branch())
                || !shift.get().desk().equals(body.desk())) {
            return "shiftId: there is no shift " + body.shiftId() + " at desk " + body.desk() + " of branch "
                    + document.branch();
        }
        if (!shift.get().cashier().equals(document.maker())) {
            return "shiftId: shift " + body.shiftId() + " is " + shift.get().cashier() + "'s; only they close it";
        }
        if (shift.get().status() == ShiftStatus.CLOSED) {
            return "shiftId: shift " + body.shiftId() + " is closed already";
        }
        return null;
    }

    @Override
    public void posted(Connection c, Document document, ShiftClosing body) throws SQLException {
        CashRows.close(
                c,
                body.shiftId(),
                body.counts(),
                body.lines(),
                document.id().value(),
                body.valueDate(),
                Micros.of(document.updatedAt()));
    }

    @Override
    public String rejectedField(RejectionReason reason) {
        return reason == RejectionReason.INSUFFICIENT_BALANCE ? "lines" : super.rejectedField(reason);
    }
}
