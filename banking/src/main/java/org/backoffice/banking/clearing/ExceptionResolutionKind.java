package org.backoffice.banking.clearing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.backoffice.banking.MoneyKind;
import org.backoffice.banking.account.AccountStatus;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.clearing.internal.Cycles;
import org.backoffice.banking.clearing.internal.ExceptionRows;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.banking.payment.Legs;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.jdbc.Micros;

/**
 * Rules and posting of an exception's resolution, out of head office's suspense account: a return
 * goes to the clearing payable account and joins the open cycle towards the sending bank; a
 * re-route credits the named account (through the interbranch accounts if it is kept elsewhere).
 */
public final class ExceptionResolutionKind extends AbstractDocumentKind<ExceptionResolution>
        implements MoneyKind<ExceptionResolution> {
    public static final String TYPE = "ExceptionResolution";

    private final AccountDirectory directory;
    private final Supplier<String> headOffice;

    public ExceptionResolutionKind(AccountDirectory directory, Supplier<String> headOffice) {
        super(TYPE, "ER", ExceptionResolution.class);
        this.directory = directory;
        this.headOffice = headOffice;
    }

    @Override
    public List<FieldError> validate(String branch, ExceptionResolution body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (!branch.equals(headOffice.get())) {
            errors.add(new FieldError("branch", "exceptions are resolved at head office, " + headOffice.get()));
        }
        if (body.action() == null) {
            errors.add(new FieldError("action", "must be RETURN or REROUTE"));
        }
        FieldRules.currency(context, "currency", body.currency(), errors);
        FieldRules.positive("amount", body.amount(), errors);
        if (body.reason() == null || body.reason().isBlank()) {
            errors.add(new FieldError("reason", "must say why"));
        } else if (body.reason().length() > 140) {
            errors.add(new FieldError("reason", "must be at most 140 characters"));
        }
        if (body.action() == Resolution.RETURN
                && (body.sendingBic() == null || !body.sendingBic().matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?"))) {
            errors.add(new FieldError("sendingBic", "must be the sending bank's BIC"));
        }
        if (body.action() == Resolution.REROUTE) {
            target(body, errors);
        }
        return errors;
    }

    private Optional<CustomerAccount> target(ExceptionResolution body, List<FieldError> errors) {
        String problem = Iban.problem(body.targetIban());
        if (problem != null) {
            errors.add(new FieldError("targetIban", problem));
            return Optional.empty();
        }
        Optional<CustomerAccount> account = directory.find(body.targetIban());
        if (account.isEmpty()) {
            errors.add(new FieldError("targetIban", "no account " + Iban.parse(body.targetIban()) + " at this bank"));
        } else if (account.get().status() != AccountStatus.OPEN) {
            errors.add(new FieldError(
                    "targetIban",
                    "account " + account.get().iban() + " is "
                            + account.get().status().name().toLowerCase(java.util.Locale.ROOT)));
        } else if (!account.get().currency().equals(body.currency())) {
            errors.add(new FieldError(
                    "targetIban",
                    "the account is kept in " + account.get().currency() + ", the payment is in " + body.currency()));
        }
        return account;
    }

    @Override
    public TransactionRequest posting(Document document, ExceptionResolution body, PostingContext context) {
        String head = headOffice.get();
        long suspense = Legs.house(context, head, HouseAccounts.SUSPENSE, body.currency());
        List<Posting> postings;
        if (body.action() == Resolution.RETURN) {
            long payable = Legs.house(context, head, HouseAccounts.CLEARING_PAYABLE, body.currency());
            postings = List.of(Posting.of(suspense, payable, body.currency(), body.amount()));
        } else {
            CustomerAccount target = directory.cached(body.targetIban()).orElseThrow();
            postings = Legs.between(
                    context, head, suspense, target.branch(), target.ledgerId(), body.currency(), body.amount());
        }
        return transfer(
                document,
                document.date(),
                postings,
                Memo.reference(body.action() + " of clearing exception " + body.exceptionId()));
    }

    @Override
    public String refusal(Connection c, Document document, ExceptionResolution body) throws SQLException {
        Optional<ClearingException> held = ExceptionRows.held(c, body.exceptionId());
        if (held.isEmpty()) {
            return "exceptionId: no clearing exception " + body.exceptionId();
        }
        if (!held.get().status().equals(ExceptionRows.OPEN)) {
            return "exceptionId: the exception was " + held.get().status().toLowerCase(java.util.Locale.ROOT)
                    + " already";
        }
        if (held.get().amount() != body.amount() || !held.get().currency().equals(body.currency())) {
            return "amount: the exception holds " + held.get().amount() + " "
                    + held.get().currency();
        }
        if (body.action() == Resolution.REROUTE) {
            String refusal = AccountDirectory.refusal(c, "targetIban", body.targetIban());
            if (refusal != null) {
                return refusal;
            }
        }
        return BusinessDays.refusal(c, "date", document.date());
    }

    @Override
    public void posted(Connection c, Document document, ExceptionResolution body) throws SQLException {
        long now = Micros.of(document.updatedAt());
        ExceptionRows.resolve(c, body, document, now);
        if (body.action() == Resolution.RETURN) {
            ClearingException held = ExceptionRows.held(c, body.exceptionId()).orElseThrow();
            Cycles.addItem(
                    c,
                    new Cycles.OutgoingItem(
                            document.id().value(),
                            "RETURN",
                            "exception " + body.exceptionId(),
                            held.endToEndId(),
                            held.creditorName(),
                            held.creditorIban(),
                            held.debtorName(),
                            held.debtorIban(),
                            held.debtorBic(),
                            body.currency(),
                            body.amount(),
                            "RETURN "
                                    + body.reason()
                                            .substring(0, Math.min(body.reason().length(), 133))),
                    now);
        }
    }
}
