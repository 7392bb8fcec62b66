package org.backoffice.server.securities;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.Market;
import org.backoffice.securities.reference.OwnerKind;
import org.backoffice.securities.reference.StandingInstruction;

/**
 * The securities reference data the server's tests trade with, made through the services once per shared server:
 * the demo has none yet. A market, a share, a counterparty with its instruction for the market, and a client's depo
 * account at the head office.
 */
public final class SecuritiesData {
    public static final String MARKET = "XLON";
    public static final String SHARE = "GB00SECWEB18";
    public static final String ALPHA = "SECWEBALPHABROK00172";
    /** A well-formed LEI of no counterparty in the book. */
    public static final String UNKNOWN = "SECWEBUNKNOWNCP00194";

    public static final String DEPO = "SW1001";
    public static final String CSD = "CRSTGB22XXX";

    private SecuritiesData() {}

    public static synchronized void ensure(Securities securities) {
        Actor admin = Actor.system("test");
        if (securities.markets().find(MARKET).isEmpty()) {
            securities.markets().add(admin, new Market(MARKET, "London Stock Exchange", MARKET, 2));
        }
        if (securities.instruments().find(SHARE).isEmpty()) {
            securities
                    .instruments()
                    .add(
                            admin,
                            new Instrument(
                                    SHARE,
                                    InstrumentKind.EQUITY,
                                    "Secweb Holdings plc ordinary shares",
                                    "GBP",
                                    BigDecimal.ONE,
                                    MARKET,
                                    CSD,
                                    false,
                                    PenaltyCategory.SHARES_LIQUID,
                                    null));
        }
        if (securities.counterparties().find(ALPHA).isEmpty()) {
            securities.counterparties().add(admin, new Counterparty(ALPHA, "ALPHGB2LXXX", "Alpha Brokers Ltd"));
            securities
                    .counterparties()
                    .addInstruction(
                            admin,
                            new StandingInstruction(
                                    0, ALPHA, MARKET, CSD, "ALPHGB2LXXX", "CRALPH", null, LocalDate.of(2020, 1, 1)));
        }
        if (securities.depoAccounts().find(DEPO).isEmpty()) {
            securities.depoAccounts().open(admin, DEPO, "HO", OwnerKind.CLIENT, "Secweb Test Investor", null);
        }
    }

    /** Today as the trade book dates trades. */
    public static LocalDate today(Securities securities) {
        return LocalDate.ofInstant(
                securities.platform().clock().instant(), securities.settings().zone());
    }
}
