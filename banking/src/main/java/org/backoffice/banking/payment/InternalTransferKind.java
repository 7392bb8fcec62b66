package org.backoffice.banking.payment;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.banking.MoneyKind;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;

/** Rules and posting of a transfer between clients: Dr the debtor's account, Cr the creditor's. */
public final class InternalTransferKind extends AbstractDocumentKind<InternalTransfer>
        implements MoneyKind<InternalTransfer> {
    public static final String TYPE = "InternalTransfer";

    private final AccountDirectory directory;

    public InternalTransferKind(AccountDirectory directory) {
        super(TYPE, "IT", InternalTransfer.class);
        this.directory = directory;
    }

    @Override
    public List<FieldError> validate(String branch, InternalTransfer body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        FieldRules.currency(context, "currency", body.currency(), errors);
        FieldRules.positive("amount", body.amount(), errors);
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        FieldRules.text("reference", body.reference(), PaymentChecks.MAX_REFERENCE, false, errors);
        Optional<CustomerAccount> debtor =
                PaymentChecks.ownAccount(directory, "debtorIban", body.debtorIban(), body.currency(), errors);
        Optional<CustomerAccount> creditor =
                PaymentChecks.ownAccount(directory, "creditorIban", body.creditorIban(), body.currency(), errors);
        if (debtor.isPresent() && !debtor.get().branch().equals(branch)) {
            errors.add(new FieldError(
                    "debtorIban", "is kept at branch " + debtor.get().branch() + ", not " + branch));
        }
        if (debtor.isPresent()
                && creditor.isPresent()
                && debtor.get().iban().equals(creditor.get().iban())) {
            errors.add(new FieldError("creditorIban", "must differ from the debtor's account"));
        }
        return errors;
    }

    @Override
    public TransactionRequest posting(Document document, InternalTransfer body, PostingContext context) {
        CustomerAccount debtor = directory.cached(body.debtorIban()).orElseThrow();
        CustomerAccount creditor = directory.cached(body.creditorIban()).orElseThrow();
        return transfer(
                document,
                body.valueDate(),
                Legs.between(
                        context,
                        debtor.branch(),
                        debtor.ledgerId(),
                        creditor.branch(),
                        creditor.ledgerId(),
                        body.currency(),
                        body.amount()),
                Memo.reference(body.reference() == null ? TYPE : body.reference()));
    }

    @Override
    public String refusal(Connection c, Document document, InternalTransfer body) throws SQLException {
        String refusal = AccountDirectory.refusal(c, "debtorIban", body.debtorIban());
        if (refusal == null) {
            refusal = AccountDirectory.refusal(c, "creditorIban", body.creditorIban());
        }
        return refusal != null ? refusal : BusinessDays.refusal(c, "valueDate", body.valueDate());
    }

    @Override
    public String rejectedField(RejectionReason reason) {
        return reason == RejectionReason.INSUFFICIENT_BALANCE ? "amount" : MoneyKind.super.rejectedField(reason);
    }
}
