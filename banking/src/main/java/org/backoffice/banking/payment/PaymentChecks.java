package org.backoffice.banking.payment;

import java.util.List;
import java.util.Optional;
import org.backoffice.banking.account.AccountStatus;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.platform.document.FieldError;

/** The checks every payment type makes of its fields, each broken rule naming its field. */
final class PaymentChecks {
    static final int MAX_REFERENCE = 140;

    private PaymentChecks() {}

    /** The bank's own account behind {@code iban}, checked for shape, existence, status and currency. */
    static Optional<CustomerAccount> ownAccount(
            AccountDirectory directory, String field, String iban, String currency, List<FieldError> errors) {
        String problem = Iban.problem(iban);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return Optional.empty();
        }
        Optional<CustomerAccount> account = directory.find(iban);
        if (account.isEmpty()) {
            errors.add(new FieldError(field, "no account " + Iban.parse(iban) + " at this bank"));
            return Optional.empty();
        }
        if (account.get().status() != AccountStatus.OPEN) {
            errors.add(new FieldError(
                    field,
                    "account " + account.get().iban() + " is "
                            + account.get().status().name().toLowerCase()));
        }
        if (currency != null && !account.get().currency().equals(currency)) {
            errors.add(new FieldError(
                    field, "the account is kept in " + account.get().currency() + ", the payment is in " + currency));
        }
        return account;
    }
}
