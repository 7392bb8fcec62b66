package org.backoffice.securities.trade.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.organisation.Lei;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.reference.Isin;
import org.backoffice.securities.reference.Market;
import org.backoffice.securities.reference.Markets;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;

/**
 * Enriches a trade and checks every field at once: the settlement date from the market's cycle and
 * calendar, the counterparty's standing instruction, the amounts (price × quantity, a bond's accrued
 * interest, the client's fee), and whether the seller holds the securities and the buyer the cash.
 */
public final class TradeChecks {
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,39}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_PRICE_DECIMALS = 8;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal BASIS_POINTS = new BigDecimal("10000");

    private final SecuritiesSettings settings;
    private final Markets markets;
    private final Instruments instruments;
    private final Counterparties counterparties;
    private final DepoAccounts depoAccounts;
    private final Function<String, Optional<Asset>> assets;

    /** @param assets the ledger's assets by code: a trade's currency, with its number of decimals */
    public TradeChecks(
            SecuritiesSettings settings,
            Markets markets,
            Instruments instruments,
            Counterparties counterparties,
            DepoAccounts depoAccounts,
            Function<String, Optional<Asset>> assets) {
        this.assets = assets;
        this.settings = settings;
        this.markets = markets;
        this.instruments = instruments;
        this.counterparties = counterparties;
        this.depoAccounts = depoAccounts;
    }

    /**
     * @param today the business day in the firm's zone: a trade may not be dated after it
     * @param holdings what the depo account can still deliver or pay, for the last two checks
     */
    public Enriched enrich(NewTrade trade, LocalDate today, String fallbackBranch, Holdings holdings) {
        List<FieldError> errors = new ArrayList<>();
        if (trade.tradeRef() == null || !REF.matcher(trade.tradeRef()).matches()) {
            errors.add(new FieldError(
                    "tradeRef", "must be 1 to 40 letters, digits or . _ : / - starting with a letter or digit"));
        }
        if (trade.side() == null) {
            errors.add(new FieldError("side", "must be BUY or SELL"));
        }
        if (trade.delivery() == null) {
            errors.add(new FieldError("delivery", "must be DVP or FOP"));
        }
        // An instrument in the book had its ISIN checked when it was added.
        Optional<Instrument> instrument = instruments.find(trade.isin());
        if (instrument.isEmpty()) {
            String isinProblem = Isin.problem(trade.isin());
            errors.add(new FieldError(
                    "isin", isinProblem != null ? isinProblem : "no such instrument: '" + trade.isin() + "'"));
        }
        if (trade.quantity() <= 0) {
            errors.add(new FieldError("quantity", "must be positive, was " + trade.quantity()));
        }
        BigDecimal price = trade.price();
        if (price == null || price.signum() <= 0) {
            errors.add(new FieldError("price", "must be positive"));
            price = null;
        } else if (price.stripTrailingZeros().scale() > MAX_PRICE_DECIMALS) {
            errors.add(new FieldError("price", "must have at most " + MAX_PRICE_DECIMALS + " decimals, was " + price));
            price = null;
        }
        if (trade.currency() == null || !CURRENCY.matcher(trade.currency()).matches()) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code, was '" + trade.currency() + "'"));
        } else if (instrument.isPresent() && !instrument.get().currency().equals(trade.currency())) {
            errors.add(new FieldError(
                    "currency",
                    "must be the instrument's currency " + instrument.get().currency() + ", was " + trade.currency()));
        }
        LocalDate tradeDate = trade.tradeDate();
        if (tradeDate == null) {
            errors.add(new FieldError("tradeDate", "must be given"));
        } else if (tradeDate.isAfter(today)) {
            errors.add(new FieldError("tradeDate", "must not be after today " + today + ", was " + tradeDate));
        } else if (tradeDate.isBefore(today.minusYears(1))) {
            errors.add(new FieldError("tradeDate", "must be within a year of today, was " + tradeDate));
        }
        Optional<DepoAccount> depo = depoAccounts.find(trade.depoAccount());
        if (trade.depoAccount() == null || trade.depoAccount().isBlank()) {
            errors.add(new FieldError("depoAccount", "must be given"));
        } else if (depo.isEmpty()) {
            errors.add(new FieldError("depoAccount", "no such depo account: '" + trade.depoAccount() + "'"));
        } else if (!depo.get().open()) {
            errors.add(new FieldError("depoAccount", "depo account " + trade.depoAccount() + " is closed"));
        }
        boolean counterpartyKnown = false;
        if (counterparties.find(trade.counterparty()).isPresent()) {
            counterpartyKnown = true;
        } else if (!Lei.valid(trade.counterparty())) {
            errors.add(new FieldError(
                    "counterparty",
                    "must be an LEI: 18 letters or digits and 2 check digits (ISO 17442), was '" + trade.counterparty()
                            + "'"));
        } else {
            errors.add(new FieldError("counterparty", "no such counterparty: '" + trade.counterparty() + "'"));
        }
        String mic = trade.market() != null && !trade.market().isBlank()
                ? trade.market()
                : instrument.map(Instrument::market).orElse(null);
        Optional<Market> market = markets.find(mic);
        if (mic != null && market.isEmpty()) {
            errors.add(new FieldError("market", "no such market: '" + mic + "'"));
        }
        LocalDate settlementDate = trade.settlementDate();
        if (settlementDate == null && market.isPresent() && tradeDate != null) {
            settlementDate = markets.settlementDate(market.get(), tradeDate);
        }
        if (settlementDate == null) {
            if (market.isEmpty() && mic == null && instrument.isPresent()) {
                errors.add(new FieldError("settlementDate", "must be given when the market is unknown"));
            }
        } else if (tradeDate != null && settlementDate.isBefore(tradeDate)) {
            errors.add(new FieldError(
                    "settlementDate", "must not be before the trade date " + tradeDate + ", was " + settlementDate));
        } else if (market.isPresent() && !markets.calendar(market.get()).isBusinessDay(settlementDate)) {
            errors.add(new FieldError(
                    "settlementDate",
                    settlementDate + " is not a settlement day of "
                            + market.get().mic()));
        }
        Long ssiId = null;
        if (counterpartyKnown && market.isPresent() && settlementDate != null) {
            Optional<StandingInstruction> ssi = counterparties.instruction(
                    trade.counterparty(), market.get().mic(), settlementDate);
            if (ssi.isEmpty()) {
                errors.add(new FieldError(
                        "counterparty",
                        "has no standing settlement instruction for "
                                + market.get().mic() + " on " + settlementDate));
            } else {
                ssiId = ssi.get().id();
                // A registrar-held instrument changes owner at the registrar by transfer order; the
                // counterparty's instruction then only says where its cash settles.
                if (instrument.isPresent()
                        && !instrument.get().registrarHeld()
                        && !ssi.get().place().equals(instrument.get().place())) {
                    errors.add(new FieldError(
                            "counterparty",
                            "settles " + market.get().mic() + " at " + ssi.get().place() + ", the instrument at "
                                    + instrument.get().place()));
                }
            }
        }
        long gross = 0;
        long accrued = 0;
        long fees = 0;
        Optional<Asset> cash =
                instrument.isPresent() ? assets.apply(instrument.get().currency()) : Optional.empty();
        if (instrument.isPresent() && cash.isPresent() && price != null && trade.quantity() > 0) {
            try {
                Instrument i = instrument.get();
                BigDecimal value =
                        Amount.of(i.asset(), trade.quantity()).decimal().multiply(price);
                if (i.bond()) {
                    // A bond is priced in percent of its nominal.
                    value = value.multiply(i.nominal()).divide(HUNDRED);
                }
                gross = Amount.rounded("price", value, RoundingMode.HALF_EVEN, cash.get())
                        .units();
                if (i.bond() && settlementDate != null) {
                    accrued = Amount.exact(
                                    "price",
                                    i.coupon()
                                            .schedule(cash.get())
                                            .accruedInterest(trade.quantity(), i.nominal(), settlementDate),
                                    cash.get())
                            .units();
                }
                if (depo.isPresent() && !depo.get().house()) {
                    BigDecimal fee = value.multiply(settings.feeBasisPoints()).divide(BASIS_POINTS);
                    fees = Amount.rounded("fees", fee.max(settings.minimumFee()), RoundingMode.HALF_EVEN, cash.get())
                            .units();
                }
            } catch (IllegalArgumentException e) {
                // Price times quantity beyond what a long holds: the trade waits for repair.
                String message = e.getMessage();
                int colon = message.indexOf(": ");
                errors.add(new FieldError(message.substring(0, colon), message.substring(colon + 2)));
                gross = 0;
                accrued = 0;
                fees = 0;
            }
        }
        long settlementAmount = gross + accrued;
        if (errors.isEmpty() && depo.isPresent() && holdings != null) {
            DepoAccount account = depo.get();
            if (trade.side() == Side.SELL) {
                long held = holdings.securities(account, trade.isin());
                if (held < trade.quantity()) {
                    Asset units = instrument.get().asset();
                    errors.add(new FieldError(
                            "quantity",
                            "the seller's depo account " + account.code() + " holds "
                                    + Amount.of(units, held).plain() + " to deliver, not "
                                    + Amount.of(units, trade.quantity()).plain()));
                }
            } else if (trade.delivery() == Delivery.DVP) {
                long money = holdings.money(account, trade.currency());
                long due = settlementAmount + fees;
                if (money < due) {
                    errors.add(new FieldError(
                            "quantity",
                            "the buyer's depo account " + account.code() + " has "
                                    + Amount.of(cash.get(), money).plain() + " " + trade.currency() + ", not the "
                                    + Amount.of(cash.get(), due).plain() + " due"));
                }
            }
            if (trade.side() == Side.SELL && trade.delivery() == Delivery.DVP && fees > settlementAmount) {
                errors.add(new FieldError("price", "the proceeds do not cover the fee"));
            }
            if (errors.isEmpty()) {
                holdings.reserve(account, trade, settlementAmount + (trade.side() == Side.BUY ? fees : -fees));
            }
        }
        String branch = depo.map(DepoAccount::branch).orElse(fallbackBranch);
        return new Enriched(
                branch,
                market.map(Market::mic).orElse(mic),
                settlementDate,
                ssiId,
                gross,
                accrued,
                fees,
                settlementAmount,
                errors);
    }
}
