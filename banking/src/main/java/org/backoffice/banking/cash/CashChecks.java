package org.backoffice.banking.cash;

import java.util.List;
import java.util.Optional;
import org.backoffice.banking.account.AccountStatus;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.organisation.BookAccount;

/** The checks the cash document types share, each broken rule naming its field. */
final class CashChecks {
    static final int MAX_TEXT = 140;
    static final int MAX_ID_DOCUMENT = 40;

    private CashChecks() {}

    static boolean currency(PostingContext context, String field, String currency, List<FieldError> errors) {
        if (currency == null || context.asset(currency).isEmpty() || !Denominations.counted(currency)) {
            errors.add(new FieldError(field, "must be a currency the cash desk keeps, was '" + currency + "'"));
            return false;
        }
        return true;
    }

    /** The desk's cash account in the currency, or an error naming the desk. */
    static Optional<BookAccount> desk(
            PostingContext context, String branch, String desk, String currency, List<FieldError> errors) {
        if (desk == null || desk.isBlank()) {
            errors.add(new FieldError("desk", "must be given"));
            return Optional.empty();
        }
        Optional<BookAccount> account = context.account(Desk.account(branch, desk, currency));
        if (account.isEmpty()) {
            errors.add(new FieldError(
                    "desk", "there is no desk " + desk + " keeping " + currency + " at branch " + branch));
        }
        return account;
    }

    /** A house account of the branch, which {@link HouseAccounts#ensure} opened when the desk was set up. */
    static Optional<BookAccount> house(
            PostingContext context,
            String branch,
            String chart,
            String currency,
            String field,
            List<FieldError> errors) {
        String number = HouseAccounts.number(branch, chart, currency);
        Optional<BookAccount> account = context.account(number);
        if (account.isEmpty()) {
            errors.add(new FieldError(field, "the house account " + number + " is not open"));
        }
        return account;
    }

    /**
     * A client's account that a desk of {@code branch} may serve: well formed, at this bank, open,
     * in the currency, and kept at the desk's own branch (a desk pays and takes cash only for its
     * branch's accounts).
     */
    static Optional<CustomerAccount> clientAccount(
            AccountDirectory directory,
            String field,
            String iban,
            String currency,
            String branch,
            List<FieldError> errors) {
        if (iban == null || iban.isBlank()) {
            errors.add(new FieldError(field, "must be given"));
            return Optional.empty();
        }
        String problem = Iban.problem(iban);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return Optional.empty();
        }
        Optional<CustomerAccount> found = directory.find(iban);
        if (found.isEmpty()) {
            errors.add(new FieldError(field, "no account " + Iban.parse(iban) + " at this bank"));
            return Optional.empty();
        }
        CustomerAccount account = found.get();
        if (account.status() != AccountStatus.OPEN) {
            errors.add(new FieldError(
                    field,
                    "account " + account.iban() + " is "
                            + account.status().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (currency != null && !account.currency().equals(currency)) {
            errors.add(new FieldError(
                    field, "the account is kept in " + account.currency() + ", the cash is " + currency));
        }
        if (!account.branch().equals(branch)) {
            errors.add(new FieldError(
                    field,
                    "the account is kept at branch " + account.branch() + "; a desk of " + branch
                            + " serves only its own branch's accounts"));
            return Optional.empty();
        }
        return Optional.of(account);
    }

    static String money(long units, int scale, String currency) {
        return Amount.plain(units, scale) + " " + currency;
    }
}
