package org.backoffice.banking.payment;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.backoffice.banking.MoneyKind;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.clearing.internal.Cycles;
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
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * Rules and posting of a payment to another bank: Dr the client's account, Cr head office's
 * clearing payable account, where it waits for the clearing cycle that settles it: posting it adds
 * it to the open cycle, reversing it takes it out again while that cycle is not settled.
 */
public final class OutgoingPaymentKind extends AbstractDocumentKind<OutgoingPayment>
        implements MoneyKind<OutgoingPayment> {
    public static final String TYPE = "OutgoingPayment";
    private static final String BIC = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?";

    private final AccountDirectory directory;
    private final String ownBic;
    private final Supplier<String> headOffice;

    public OutgoingPaymentKind(AccountDirectory directory, String ownBic, Supplier<String> headOffice) {
        super(TYPE, "OP", OutgoingPayment.class);
        this.directory = directory;
        this.ownBic = ownBic;
        this.headOffice = headOffice;
    }

    @Override
    public List<FieldError> validate(String branch, OutgoingPayment body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        FieldRules.currency(context, "currency", body.currency(), errors);
        FieldRules.positive("amount", body.amount(), errors);
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        FieldRules.text("creditorName", body.creditorName(), 140, true, errors);
        FieldRules.text("remittance", body.remittance(), PaymentChecks.MAX_REFERENCE, false, errors);
        if (body.endToEndId() == null || !body.endToEndId().matches("[A-Za-z0-9/\\-?:().,'+ ]{1,35}")) {
            errors.add(new FieldError("endToEndId", "must be 1 to 35 characters of the SWIFT character set"));
        }
        String ibanProblem = Iban.problem(body.creditorIban());
        if (ibanProblem != null) {
            errors.add(new FieldError("creditorIban", ibanProblem));
        }
        if (body.creditorBic() == null || !body.creditorBic().matches(BIC)) {
            errors.add(new FieldError(
                    "creditorBic", "must be a BIC of 8 or 11 characters, was '" + body.creditorBic() + "'"));
        } else if (body.creditorBic().substring(0, 8).equals(ownBic.substring(0, 8))) {
            errors.add(new FieldError("creditorBic", "is this bank: pay its clients by internal transfer"));
        }
        Optional<CustomerAccount> debtor =
                PaymentChecks.ownAccount(directory, "debtorIban", body.debtorIban(), body.currency(), errors);
        if (debtor.isPresent() && !debtor.get().branch().equals(branch)) {
            errors.add(new FieldError(
                    "debtorIban", "is kept at branch " + debtor.get().branch() + ", not " + branch));
        }
        return errors;
    }

    @Override
    public TransactionRequest posting(Document document, OutgoingPayment body, PostingContext context) {
        CustomerAccount debtor = directory.cached(body.debtorIban()).orElseThrow();
        String head = headOffice.get();
        long clearing = Legs.house(context, head, HouseAccounts.CLEARING_PAYABLE, body.currency());
        return transfer(
                document,
                body.valueDate(),
                Legs.between(
                        context, debtor.branch(), debtor.ledgerId(), head, clearing, body.currency(), body.amount()),
                Memo.reference(body.endToEndId()));
    }

    @Override
    public String refusal(Connection c, Document document, OutgoingPayment body) throws SQLException {
        String refusal = AccountDirectory.refusal(c, "debtorIban", body.debtorIban());
        return refusal != null ? refusal : BusinessDays.refusal(c, "valueDate", body.valueDate());
    }

    /** The payment joins the open clearing cycle in the transaction that books it to clearing. */
    @Override
    public void posted(Connection c, Document document, OutgoingPayment body) throws SQLException {
        String debtorName = Sql.query(
                        c,
                        "SELECT cl.name FROM bank_accounts a JOIN bank_clients cl ON cl.id = a.client_id"
                                + " WHERE a.iban = ?",
                        rs -> rs.getString(1),
                        body.debtorIban())
                .stream()
                .findFirst()
                .orElseThrow(() -> new SQLException("no client behind " + body.debtorIban()));
        Cycles.addItem(
                c,
                new Cycles.OutgoingItem(
                        document.id().value(),
                        "PAYMENT",
                        null,
                        body.endToEndId(),
                        debtorName.length() <= 140 ? debtorName : debtorName.substring(0, 140),
                        body.debtorIban(),
                        body.creditorName(),
                        body.creditorIban(),
                        body.creditorBic(),
                        body.currency(),
                        body.amount(),
                        body.remittance()),
                Micros.of(document.updatedAt()));
    }

    /** A reversed payment leaves its cycle while the cycle is not yet settled. */
    @Override
    public void reversed(Connection c, Document document, OutgoingPayment body) throws SQLException {
        Cycles.takeOut(c, document.id().value());
    }

    @Override
    public String rejectedField(RejectionReason reason) {
        return reason == RejectionReason.INSUFFICIENT_BALANCE ? "amount" : MoneyKind.super.rejectedField(reason);
    }
}
