package org.backoffice.banking.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;

/**
 * Takes clerks' payment orders and makes them documents: it finds the branch from the debited
 * account, turns decimal amounts into minor units, sets the value date by the cut-off, and for a
 * conversion takes the rate from the day's table. Rules, maker-checker and posting are the
 * documents' own.
 */
public final class Payments {
    private final Platform platform;
    private final AccountDirectory directory;
    private final ValueDates valueDates;
    private final Rates rates;

    public Payments(Platform platform, AccountDirectory directory, ValueDates valueDates, Rates rates) {
        this.platform = platform;
        this.directory = directory;
        this.valueDates = valueDates;
        this.rates = rates;
    }

    public ValueDates valueDates() {
        return valueDates;
    }

    public DocumentResult transfer(Actor actor, TransferOrder order, boolean submit, IdempotencyKey key) {
        CustomerAccount debtor = debited(actor, "debtorIban", order.debtorIban());
        long amount = minorUnits("amount", order.amount(), order.currency());
        InternalTransfer body = new InternalTransfer(
                debtor.iban().value(),
                normalised(order.creditorIban()),
                order.currency(),
                amount,
                valueDates.valueDate(order.valueDate()),
                blankToNull(order.reference()));
        return platform.documents()
                .create(actor, valueDates.document(InternalTransferKind.TYPE, debtor.branch(), body), submit, key);
    }

    public DocumentResult pay(Actor actor, PaymentOrder order, boolean submit, IdempotencyKey key) {
        CustomerAccount debtor = debited(actor, "debtorIban", order.debtorIban());
        long amount = minorUnits("amount", order.amount(), order.currency());
        OutgoingPayment body = new OutgoingPayment(
                debtor.iban().value(),
                order.creditorName() == null ? null : order.creditorName().strip(),
                normalised(order.creditorIban()),
                order.creditorBic() == null ? null : order.creditorBic().strip().toUpperCase(java.util.Locale.ROOT),
                order.currency(),
                amount,
                valueDates.valueDate(order.valueDate()),
                order.endToEndId() == null ? null : order.endToEndId().strip(),
                blankToNull(order.remittance()));
        return platform.documents()
                .create(actor, valueDates.document(OutgoingPaymentKind.TYPE, debtor.branch(), body), submit, key);
    }

    public DocumentResult convert(Actor actor, ConversionOrder order, boolean submit, IdempotencyKey key) {
        CustomerAccount debit = debited(actor, "debitIban", order.debitIban());
        CustomerAccount credit = directory
                .find(order.creditIban())
                .orElseThrow(() -> InvalidDocumentException.of(
                        "creditIban",
                        Iban.problem(order.creditIban()) != null
                                ? Iban.problem(order.creditIban())
                                : "no such account at this bank"));
        long sell = minorUnits("sellAmount", order.sellAmount(), debit.currency());
        var valueDate = valueDates.valueDate(order.valueDate());
        BigDecimal rate = rates.rate(valueDate, debit.currency(), credit.currency())
                .orElseThrow(() -> InvalidDocumentException.of(
                        "rate",
                        "the rate table has no " + debit.currency() + "/" + credit.currency() + " rate for "
                                + valueDate));
        long bought = CurrencyConversionKind.bought(sell, asset(debit.currency()), rate, asset(credit.currency()));
        CurrencyConversion body = new CurrencyConversion(
                debit.iban().value(),
                credit.iban().value(),
                debit.currency(),
                sell,
                credit.currency(),
                bought,
                rate.toPlainString(),
                valueDate,
                blankToNull(order.reference()));
        return platform.documents()
                .create(actor, valueDates.document(CurrencyConversionKind.TYPE, debit.branch(), body), submit, key);
    }

    private CustomerAccount debited(Actor actor, String field, String iban) {
        String problem = Iban.problem(iban);
        if (problem != null) {
            throw InvalidDocumentException.of(field, problem);
        }
        CustomerAccount account = directory
                .find(iban)
                .filter(a -> actor.canSee(a.branch()))
                .orElseThrow(() ->
                        InvalidDocumentException.of(field, "no account " + Iban.parse(iban) + " in your branches"));
        return account;
    }

    private long minorUnits(String field, BigDecimal amount, String currency) {
        List<FieldError> errors = new ArrayList<>();
        FieldRules.positive(field, amount, errors);
        if (currency == null || platform.accounts().asset(currency).isEmpty()) {
            errors.add(new FieldError("currency", "must be a currency the bank keeps, was '" + currency + "'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        try {
            return Amount.exact(field, amount, asset(currency)).units();
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.from(e, field);
        }
    }

    private Asset asset(String currency) {
        return platform.accounts().asset(currency).orElseThrow();
    }

    private static String normalised(String iban) {
        return iban == null
                ? null
                : Iban.problem(iban) == null ? Iban.parse(iban).value() : iban.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
