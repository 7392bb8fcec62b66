package org.backoffice.server.securities;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.OwnerKind;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;

/**
 * What the settlement tests of the server trade with, beyond {@link SecuritiesData}: a depo account of their own with
 * money on it, a registrar-held share and a counterparty instructed at the registrar. Made through the services.
 */
public final class SettlementData {
    /** The settlement tests' own client depo account at the head office. */
    public static final String DEPO = "SW2A01";
    /** A share held at a registrar, not the depository. */
    public static final String REGISTERED = "GB00SW2AREG4";

    public static final String REGISTRAR = "REGSGB2LXXX";
    /** A counterparty with its standing instruction at the registrar. */
    public static final String GAMMA = "SW2AGAMMANOMINEE035";

    private SettlementData() {}

    public static synchronized void ensure(Securities securities) {
        SecuritiesData.ensure(securities);
        Actor admin = Actor.system("test");
        if (securities.depoAccounts().find(DEPO).isEmpty()) {
            securities.depoAccounts().open(admin, DEPO, "HO", OwnerKind.CLIENT, "Settlement Test Investor", null);
            fund(securities, DEPO, "GBP", 1_000_000_00L);
        }
        if (securities.instruments().find(REGISTERED).isEmpty()) {
            securities
                    .instruments()
                    .add(
                            admin,
                            new Instrument(
                                    REGISTERED,
                                    InstrumentKind.EQUITY,
                                    "Secweb Registered Ltd ordinary shares",
                                    "GBP",
                                    BigDecimal.ONE,
                                    SecuritiesData.MARKET,
                                    REGISTRAR,
                                    true,
                                    PenaltyCategory.SHARES_ILLIQUID,
                                    null));
        }
        String gamma = lei();
        if (securities.counterparties().find(gamma).isEmpty()) {
            securities.counterparties().add(admin, new Counterparty(gamma, "GAMMGB2LXXX", "Gamma Nominees Ltd"));
            securities
                    .counterparties()
                    .addInstruction(
                            admin,
                            new StandingInstruction(
                                    0,
                                    gamma,
                                    SecuritiesData.MARKET,
                                    REGISTRAR,
                                    "GAMMGB2LXXX",
                                    "REG-GAMMA-7",
                                    null,
                                    LocalDate.of(2020, 1, 1)));
        }
    }

    /** Gamma's LEI, its check digits computed. */
    public static String lei() {
        return org.backoffice.platform.organisation.Lei.withCheckDigits(GAMMA.substring(0, 18));
    }

    /** Puts money on a client depo account, as a payment in from the client would. */
    public static void fund(Securities securities, String depo, String currency, long units) {
        DepoAccount account = securities.depoAccounts().find(depo).orElseThrow();
        Books books = securities.books();
        long bank = books.branch(account.branch(), Books.SETTLEMENT_CASH, currency);
        long money = books.money(account, currency);
        Outcome outcome = securities
                .platform()
                .ledger()
                .execute(Transfer.of(
                        securities.platform().ids().next(),
                        SecuritiesData.today(securities),
                        new Posting(AccountId.of(bank), AccountId.of(money), AssetCode.of(currency), units)));
        if (!outcome.accepted()) {
            throw new IllegalStateException("funding refused: " + outcome);
        }
    }

    /** A trade captured by the user, NEW unless the book sends it to repair. */
    public static Trade capture(
            Securities securities,
            Actor actor,
            String ref,
            String isin,
            long quantity,
            String counterparty,
            Delivery delivery) {
        CaptureOutcome outcome = securities
                .trades()
                .capture(
                        actor,
                        TradeSource.MANUAL,
                        new NewTrade(
                                ref,
                                Side.BUY,
                                isin,
                                quantity,
                                new BigDecimal("2.50"),
                                "GBP",
                                SecuritiesData.today(securities),
                                null,
                                DEPO,
                                counterparty,
                                null,
                                delivery));
        if (outcome.trade() == null) {
            throw new IllegalStateException("capture refused: " + outcome.errors());
        }
        return outcome.trade();
    }
}
