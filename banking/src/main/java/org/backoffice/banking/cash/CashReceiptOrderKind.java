package org.backoffice.banking.cash;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backoffice.banking.MoneyKind;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.cash.internal.CashRows;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.organisation.BookAccount;

/** Cash in at a desk: Dr the desk / Cr the client's account or an income account of the branch. */
public final class CashReceiptOrderKind extends AbstractDocumentKind<CashReceipt> implements MoneyKind<CashReceipt> {
    public static final String TYPE = "CashReceiptOrder";

    private final AccountDirectory directory;

    CashReceiptOrderKind(AccountDirectory directory) {
        super(TYPE, "CRO", CashReceipt.class);
        this.directory = directory;
    }

    @Override
    public List<FieldError> validate(String branch, CashReceipt body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        FieldRules.positive("amount", body.amount(), errors);
        FieldRules.text("payer", body.payer(), CashChecks.MAX_TEXT, false, errors);
        FieldRules.text("idDocument", body.idDocument(), CashChecks.MAX_ID_DOCUMENT, false, errors);
        FieldRules.text("purpose", body.purpose(), CashChecks.MAX_TEXT, false, errors);
        if (!CashChecks.currency(context, "currency", body.currency(), errors)) {
            return errors;
        }
        CashChecks.desk(context, branch, body.desk(), body.currency(), errors);
        boolean toClient = body.creditIban() != null && !body.creditIban().isBlank();
        boolean toIncome = body.incomeAccount() != null && !body.incomeAccount().isBlank();
        if (toClient == toIncome) {
            errors.add(new FieldError(
                    "creditIban",
                    "give either a client's account or an income account (incomeAccount), not "
                            + (toClient ? "both" : "neither")));
        } else if (toClient) {
            CashChecks.clientAccount(directory, "creditIban", body.creditIban(), body.currency(), branch, errors);
        } else {
            income(context, branch, body, errors);
        }
        return errors;
    }

    private static void income(PostingContext context, String branch, CashReceipt body, List<FieldError> errors) {
        Optional<BookAccount> account = context.account(body.incomeAccount());
        if (account.isEmpty()) {
            errors.add(new FieldError("incomeAccount", "there is no account " + body.incomeAccount()));
            return;
        }
        // Income lines of the chart are the 4000s.
        if (!account.get().chartCode().startsWith("4")) {
            errors.add(new FieldError("incomeAccount", "must be an income account (chart 4xxx)"));
        }
        if (!account.get().branch().equals(branch)) {
            errors.add(new FieldError("incomeAccount", "must be an account of branch " + branch));
        }
        if (!account.get().asset().equals(body.currency())) {
            errors.add(new FieldError(
                    "incomeAccount", "is kept in " + account.get().asset()));
        }
    }

    @Override
    public TransactionRequest posting(Document document, CashReceipt body, PostingContext context) {
        long desk = ShiftOpenKind.ledgerId(context, Desk.account(document.branch(), body.desk(), body.currency()));
        long credit;
        if (body.creditIban() != null && !body.creditIban().isBlank()) {
            CustomerAccount account = directory.cached(body.creditIban()).orElseThrow();
            credit = account.ledgerId();
        } else {
            credit = ShiftOpenKind.ledgerId(context, body.incomeAccount());
        }
        return transfer(
                document,
                body.valueDate(),
                List.of(Posting.of(desk, credit, body.currency(), body.amount())),
                new Memo(TYPE, "CASH_IN", Map.of("desk", body.desk())));
    }

    @Override
    public String refusal(Connection c, Document document, CashReceipt body) throws SQLException {
        String refusal = CashRows.shiftRefusal(c, document.branch(), body.desk(), document.maker());
        if (refusal == null && body.creditIban() != null && !body.creditIban().isBlank()) {
            refusal = AccountDirectory.refusal(c, "creditIban", body.creditIban());
        }
        return refusal != null ? refusal : BusinessDays.refusal(c, "valueDate", body.valueDate());
    }

    @Override
    public String rejectedField(org.backoffice.ledger.RejectionReason reason) {
        return reason == org.backoffice.ledger.RejectionReason.PERIOD_CLOSED ? "valueDate" : "amount";
    }
}
