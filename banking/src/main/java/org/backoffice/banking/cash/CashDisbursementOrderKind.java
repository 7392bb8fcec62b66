package org.backoffice.banking.cash;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backoffice.banking.MoneyKind;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.cash.internal.CashLedger;
import org.backoffice.banking.cash.internal.CashRows;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.organisation.BookAccount;

/**
 * Cash out at a desk: Dr the client's account / Cr the desk. The payee shows an identity document,
 * whose number the order keeps. A shortfall at the client or at the desk is named by its field
 * here; the ledger's limits on both accounts are the guarantee.
 */
public final class CashDisbursementOrderKind extends AbstractDocumentKind<CashDisbursement>
        implements MoneyKind<CashDisbursement> {
    public static final String TYPE = "CashDisbursementOrder";

    private final AccountDirectory directory;
    private final CashLedger ledger;

    CashDisbursementOrderKind(AccountDirectory directory, CashLedger ledger) {
        super(TYPE, "CDO", CashDisbursement.class);
        this.directory = directory;
        this.ledger = ledger;
    }

    @Override
    public List<FieldError> validate(String branch, CashDisbursement body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        FieldRules.positive("amount", body.amount(), errors);
        FieldRules.text("payee", body.payee(), CashChecks.MAX_TEXT, false, errors);
        FieldRules.text("idDocument", body.idDocument(), CashChecks.MAX_ID_DOCUMENT, true, errors);
        FieldRules.text("purpose", body.purpose(), CashChecks.MAX_TEXT, false, errors);
        if (!CashChecks.currency(context, "currency", body.currency(), errors)) {
            return errors;
        }
        Optional<BookAccount> desk = CashChecks.desk(context, branch, body.desk(), body.currency(), errors);
        Optional<CustomerAccount> client =
                CashChecks.clientAccount(directory, "debitIban", body.debitIban(), body.currency(), branch, errors);
        if (body.amount() > 0) {
            int scale = context.asset(body.currency()).orElseThrow().scale();
            client.ifPresent(a -> {
                long available = ledger.available(AccountId.of(a.ledgerId())).orElse(0);
                if (available < body.amount()) {
                    errors.add(new FieldError(
                            "debitIban",
                            "the account has " + CashChecks.money(available, scale, body.currency())
                                    + " available, less than the "
                                    + CashChecks.money(body.amount(), scale, body.currency())
                                    + " to pay out"));
                }
            });
            desk.ifPresent(d -> {
                long cash = ledger.available(d.ledgerId()).orElse(0);
                if (cash < body.amount()) {
                    errors.add(new FieldError(
                            "desk",
                            "desk " + body.desk() + " holds " + CashChecks.money(cash, scale, body.currency())
                                    + ", less than the " + CashChecks.money(body.amount(), scale, body.currency())
                                    + " to pay out"));
                }
            });
        }
        return errors;
    }

    @Override
    public TransactionRequest posting(Document document, CashDisbursement body, PostingContext context) {
        long desk = ShiftOpenKind.ledgerId(context, Desk.account(document.branch(), body.desk(), body.currency()));
        CustomerAccount account = directory.cached(body.debitIban()).orElseThrow();
        return transfer(
                document,
                body.valueDate(),
                List.of(Posting.of(account.ledgerId(), desk, body.currency(), body.amount())),
                new Memo(TYPE, "CASH_OUT", Map.of("desk", body.desk())));
    }

    @Override
    public String refusal(Connection c, Document document, CashDisbursement body) throws SQLException {
        String refusal = CashRows.shiftRefusal(c, document.branch(), body.desk(), document.maker());
        if (refusal == null) {
            refusal = AccountDirectory.refusal(c, "debitIban", body.debitIban());
        }
        return refusal != null ? refusal : BusinessDays.refusal(c, "valueDate", body.valueDate());
    }

    @Override
    public String rejectedField(org.backoffice.ledger.RejectionReason reason) {
        return reason == org.backoffice.ledger.RejectionReason.PERIOD_CLOSED ? "valueDate" : "amount";
    }
}
