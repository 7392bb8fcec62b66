package org.backoffice.banking.cash;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.backoffice.banking.MoneyKind;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.cash.internal.CashLedger;
import org.backoffice.banking.cash.internal.CashRows;
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

/**
 * Cash collection along a {@link CashRoute}: desk and vault of one branch directly; a branch vault
 * and head office's through both branches' interbranch accounts, so that each branch's books
 * balance on their own. The document's branch is the branch whose vault the cash leaves or enters.
 */
public final class CashTransferKind extends AbstractDocumentKind<CashTransfer> implements MoneyKind<CashTransfer> {
    public static final String TYPE = "CashTransfer";

    private final CashLedger ledger;
    private final Supplier<String> headOffice;

    CashTransferKind(CashLedger ledger, Supplier<String> headOffice) {
        super(TYPE, "CT", CashTransfer.class);
        this.ledger = ledger;
        this.headOffice = headOffice;
    }

    @Override
    public List<FieldError> validate(String branch, CashTransfer body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        if (body.route() == null) {
            errors.add(new FieldError("route", "must be one of " + List.of(CashRoute.values())));
            return errors;
        }
        FieldRules.positive("amount", body.amount(), errors);
        if (!CashChecks.currency(context, "currency", body.currency(), errors)) {
            return errors;
        }
        int scale = context.asset(body.currency()).orElseThrow().scale();
        Optional<BookAccount> vault =
                CashChecks.house(context, branch, HouseAccounts.VAULT, body.currency(), "route", errors);
        Optional<BookAccount> source;
        String sourceField;
        if (body.route().touchesDesk()) {
            Optional<BookAccount> desk = CashChecks.desk(context, branch, body.desk(), body.currency(), errors);
            source = body.route() == CashRoute.DESK_TO_VAULT ? desk : vault;
            sourceField = body.route() == CashRoute.DESK_TO_VAULT ? "desk" : "route";
        } else {
            if (body.desk() != null && !body.desk().isBlank()) {
                errors.add(
                        new FieldError("desk", "must be empty: the route " + body.route() + " does not touch a desk"));
            }
            String head = headOffice.get();
            if (branch.equals(head)) {
                errors.add(new FieldError(
                        "route", "head office's vault is this branch's own; move cash between vaults of two branches"));
                return errors;
            }
            Optional<BookAccount> headVault =
                    CashChecks.house(context, head, HouseAccounts.VAULT, body.currency(), "route", errors);
            CashChecks.house(context, head, HouseAccounts.INTERBRANCH, body.currency(), "route", errors);
            CashChecks.house(context, branch, HouseAccounts.INTERBRANCH, body.currency(), "route", errors);
            source = body.route() == CashRoute.VAULT_TO_HEAD_OFFICE ? vault : headVault;
            sourceField = "route";
        }
        if (body.amount() > 0 && source.isPresent()) {
            long cash = ledger.available(source.get().ledgerId()).orElse(0);
            if (cash < body.amount()) {
                errors.add(new FieldError(
                        sourceField,
                        source.get().number() + " holds " + CashChecks.money(cash, scale, body.currency())
                                + ", less than the " + CashChecks.money(body.amount(), scale, body.currency())
                                + " to move"));
            }
        }
        return errors;
    }

    @Override
    public TransactionRequest posting(Document document, CashTransfer body, PostingContext context) {
        String branch = document.branch();
        String currency = body.currency();
        long vault = ShiftOpenKind.ledgerId(context, HouseAccounts.number(branch, HouseAccounts.VAULT, currency));
        List<Posting> postings = new ArrayList<>(2);
        switch (body.route()) {
            case DESK_TO_VAULT ->
                postings.add(Posting.of(
                        vault,
                        ShiftOpenKind.ledgerId(context, Desk.account(branch, body.desk(), currency)),
                        currency,
                        body.amount()));
            case VAULT_TO_DESK ->
                postings.add(Posting.of(
                        ShiftOpenKind.ledgerId(context, Desk.account(branch, body.desk(), currency)),
                        vault,
                        currency,
                        body.amount()));
            case VAULT_TO_HEAD_OFFICE, HEAD_OFFICE_TO_VAULT -> {
                String head = headOffice.get();
                long headVault =
                        ShiftOpenKind.ledgerId(context, HouseAccounts.number(head, HouseAccounts.VAULT, currency));
                long headInterbranch = ShiftOpenKind.ledgerId(
                        context, HouseAccounts.number(head, HouseAccounts.INTERBRANCH, currency));
                long interbranch = ShiftOpenKind.ledgerId(
                        context, HouseAccounts.number(branch, HouseAccounts.INTERBRANCH, currency));
                if (body.route() == CashRoute.VAULT_TO_HEAD_OFFICE) {
                    postings.add(Posting.of(interbranch, vault, currency, body.amount()));
                    postings.add(Posting.of(headVault, headInterbranch, currency, body.amount()));
                } else {
                    postings.add(Posting.of(headInterbranch, headVault, currency, body.amount()));
                    postings.add(Posting.of(vault, interbranch, currency, body.amount()));
                }
            }
        }
        Map<String, String> metadata = body.desk() == null || body.desk().isBlank()
                ? Map.of("route", body.route().name())
                : Map.of("route", body.route().name(), "desk", body.desk());
        return transfer(document, body.valueDate(), postings, new Memo(TYPE, "COLLECTION", metadata));
    }

    @Override
    public String refusal(Connection c, Document document, CashTransfer body) throws SQLException {
        if (body.route().touchesDesk()) {
            String refusal = CashRows.shiftRefusal(c, document.branch(), body.desk(), document.maker());
            if (refusal != null) {
                return refusal;
            }
        }
        return BusinessDays.refusal(c, "valueDate", body.valueDate());
    }

    @Override
    public String rejectedField(org.backoffice.ledger.RejectionReason reason) {
        return reason == org.backoffice.ledger.RejectionReason.PERIOD_CLOSED ? "valueDate" : "amount";
    }
}
