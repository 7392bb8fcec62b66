package org.backoffice.banking.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;

/**
 * Rules and posting of a conversion between a client's accounts in two currencies: the sold amount
 * goes to head office's position in that currency, the bought amount comes from its position in
 * the other, both in one ledger transaction.
 */
public final class CurrencyConversionKind extends AbstractDocumentKind<CurrencyConversion> {
    public static final String TYPE = "CurrencyConversion";

    private final AccountDirectory directory;
    private final Supplier<String> headOffice;

    public CurrencyConversionKind(AccountDirectory directory, Supplier<String> headOffice) {
        super(TYPE, "FX", CurrencyConversion.class);
        this.directory = directory;
        this.headOffice = headOffice;
    }

    /** The bought amount in minor units: sold × rate, half-even to the bought currency's scale. */
    public static long bought(long sellAmount, Asset sell, BigDecimal rate, Asset buy) {
        return Amount.rounded(
                        "buyAmount", Amount.of(sell, sellAmount).decimal().multiply(rate), RoundingMode.HALF_EVEN, buy)
                .units();
    }

    @Override
    public List<FieldError> validate(String branch, CurrencyConversion body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        FieldRules.currency(context, "sellCurrency", body.sellCurrency(), errors);
        FieldRules.currency(context, "buyCurrency", body.buyCurrency(), errors);
        if (body.sellCurrency() != null && body.sellCurrency().equals(body.buyCurrency())) {
            errors.add(new FieldError("buyCurrency", "must differ from the sold currency"));
        }
        FieldRules.positive("sellAmount", body.sellAmount(), errors);
        FieldRules.positive("buyAmount", body.buyAmount(), errors);
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        FieldRules.text("reference", body.reference(), PaymentChecks.MAX_REFERENCE, false, errors);
        BigDecimal rate = rate(body.rate(), errors);
        Optional<CustomerAccount> debit =
                PaymentChecks.ownAccount(directory, "debitIban", body.debitIban(), body.sellCurrency(), errors);
        Optional<CustomerAccount> credit =
                PaymentChecks.ownAccount(directory, "creditIban", body.creditIban(), body.buyCurrency(), errors);
        if (debit.isPresent() && !debit.get().branch().equals(branch)) {
            errors.add(new FieldError(
                    "debitIban", "is kept at branch " + debit.get().branch() + ", not " + branch));
        }
        if (debit.isPresent()
                && credit.isPresent()
                && debit.get().clientId() != credit.get().clientId()) {
            errors.add(new FieldError("creditIban", "must belong to the same client as the debited account"));
        }
        if (errors.isEmpty()) {
            long expected = bought(
                    body.sellAmount(),
                    context.asset(body.sellCurrency()).orElseThrow(),
                    rate,
                    context.asset(body.buyCurrency()).orElseThrow());
            if (expected != body.buyAmount()) {
                errors.add(new FieldError(
                        "buyAmount", "must be the sold amount times the rate, rounded half-even: " + expected));
            }
        }
        return errors;
    }

    private static BigDecimal rate(String text, List<FieldError> errors) {
        try {
            BigDecimal rate = new BigDecimal(text);
            if (rate.signum() > 0) {
                return rate;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        errors.add(new FieldError("rate", "must be a positive decimal number, was '" + text + "'"));
        return null;
    }

    @Override
    public String asset(CurrencyConversion body) {
        return body.sellCurrency();
    }

    @Override
    public long amount(CurrencyConversion body) {
        return body.sellAmount();
    }

    @Override
    public TransactionRequest posting(Document document, CurrencyConversion body, PostingContext context) {
        CustomerAccount debit = directory.cached(body.debitIban()).orElseThrow();
        CustomerAccount credit = directory.cached(body.creditIban()).orElseThrow();
        String head = headOffice.get();
        long sellPosition = Legs.house(context, head, HouseAccounts.CURRENCY_POSITION, body.sellCurrency());
        long buyPosition = Legs.house(context, head, HouseAccounts.CURRENCY_POSITION, body.buyCurrency());
        List<Posting> postings = new ArrayList<>(Legs.between(
                context, debit.branch(), debit.ledgerId(), head, sellPosition, body.sellCurrency(), body.sellAmount()));
        postings.addAll(Legs.between(
                context, head, buyPosition, credit.branch(), credit.ledgerId(), body.buyCurrency(), body.buyAmount()));
        return transfer(
                document,
                body.valueDate(),
                postings,
                Memo.reference(body.reference() == null ? TYPE : body.reference()));
    }

    /** The rate must still be the table's for the value date when the conversion posts. */
    @Override
    public String refusal(Connection c, Document document, CurrencyConversion body) throws SQLException {
        String refusal = AccountDirectory.refusal(c, "debitIban", body.debitIban());
        if (refusal == null) {
            refusal = AccountDirectory.refusal(c, "creditIban", body.creditIban());
        }
        if (refusal == null) {
            refusal = BusinessDays.refusal(c, "valueDate", body.valueDate());
        }
        if (refusal == null) {
            Optional<BigDecimal> table = Rates.rateIn(c, body.valueDate(), body.sellCurrency(), body.buyCurrency());
            if (table.isEmpty() || table.get().compareTo(new BigDecimal(body.rate())) != 0) {
                refusal = "rate: is not the rate table's " + body.sellCurrency() + "/" + body.buyCurrency() + " for "
                        + body.valueDate()
                        + table.map(r -> " (" + r.toPlainString() + ")").orElse(" (none set)");
            }
        }
        return refusal;
    }

    @Override
    public String rejectedField(RejectionReason reason) {
        return reason == RejectionReason.INSUFFICIENT_BALANCE ? "sellAmount" : super.rejectedField(reason);
    }
}
