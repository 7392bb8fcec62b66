package org.backoffice.securities.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.MutableClock;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;
import org.backoffice.platform.testing.Pbkdf2Hasher;
import org.backoffice.securities.Securities;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.corporate.DayCount;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.Coupon;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.Market;
import org.backoffice.securities.reference.OwnerKind;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;

/**
 * A broker on a scratch database: the demo organisation and users, the securities module, and a
 * market with its reference data ready to trade: XLON (T+2), a share and a bond settling at CREST,
 * a registrar-held share, two counterparties with standing instructions, client depo accounts at the
 * head office and at B1, and the firm's own account. The clock starts on Wednesday 2026-11-25 at
 * 10:00 London time.
 */
public final class SecuritiesFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    public static final String CREST = "CRSTGB22XXX";
    public static final String REGISTRAR = "REGSGB2LXXX";
    public static final String SHARE = isin("GB00DEMO001");
    public static final String BOND = isin("GB00DEMOB01");
    public static final String REGISTERED = isin("GB00DEMOR01");
    public static final String ALPHA = lei("DEMOALPHABROKER001");
    public static final String BETA = lei("DEMOBETABANKXXX002");
    public static final String ALPHA_BIC = "ALPHGB2LXXX";
    public static final String BETA_BIC = "BETAGB2LXXX";
    public static final String CLIENT = "C1001";
    public static final String CLIENT_B1 = "C2001";
    public static final String HOUSE = "OWN01";

    private final ScratchDatabase database;
    private final MutableClock clock;
    private final Securities securities;
    private final AtomicLong refs = new AtomicLong();

    private SecuritiesFixture(ScratchDatabase database, MutableClock clock, Securities securities) {
        this.database = database;
        this.clock = clock;
        this.securities = securities;
    }

    public static SecuritiesFixture open(TestDatabase kind) {
        ScratchDatabase database = kind.create();
        MutableClock clock = new MutableClock(START);
        Securities securities = Securities.open(
                PlatformConfig.of(database.config().withClock(clock), new Pbkdf2Hasher()),
                SecuritiesSettings.defaults());
        try {
            DemoOrganisation.loadInto(securities.platform());
            SecuritiesFixture fixture = new SecuritiesFixture(database, clock, securities);
            fixture.referenceData();
            return fixture;
        } catch (RuntimeException e) {
            securities.close();
            database.close();
            throw e;
        }
    }

    private void referenceData() {
        Actor admin = actor("admin");
        securities.markets().add(admin, new Market("XLON", "London Stock Exchange", "XLON", 2));
        securities
                .instruments()
                .add(
                        admin,
                        new Instrument(
                                SHARE,
                                InstrumentKind.EQUITY,
                                "Demo Holdings plc ordinary shares",
                                "GBP",
                                BigDecimal.ONE,
                                "XLON",
                                CREST,
                                false,
                                PenaltyCategory.SHARES_LIQUID,
                                null));
        securities
                .instruments()
                .add(
                        admin,
                        new Instrument(
                                BOND,
                                InstrumentKind.BOND,
                                "Demo 5% 2030 bond",
                                "GBP",
                                new BigDecimal("100"),
                                "XLON",
                                CREST,
                                false,
                                PenaltyCategory.OTHER_DEBT,
                                new Coupon(
                                        new BigDecimal("5"),
                                        2,
                                        LocalDate.of(2026, 6, 15),
                                        LocalDate.of(2030, 12, 15),
                                        DayCount.THIRTY_360)));
        securities
                .instruments()
                .add(
                        admin,
                        new Instrument(
                                REGISTERED,
                                InstrumentKind.EQUITY,
                                "Demo Registered Mining ordinary shares",
                                "GBP",
                                BigDecimal.ONE,
                                "XLON",
                                REGISTRAR,
                                true,
                                PenaltyCategory.SHARES_ILLIQUID,
                                null));
        securities.counterparties().add(admin, new Counterparty(ALPHA, ALPHA_BIC, "Alpha Brokers Ltd"));
        securities.counterparties().add(admin, new Counterparty(BETA, BETA_BIC, "Beta Bank plc"));
        for (String lei : new String[] {ALPHA, BETA}) {
            String bic = lei.equals(ALPHA) ? ALPHA_BIC : BETA_BIC;
            securities
                    .counterparties()
                    .addInstruction(
                            admin,
                            new StandingInstruction(
                                    0,
                                    lei,
                                    "XLON",
                                    CREST,
                                    bic,
                                    "CR" + bic.substring(0, 4),
                                    "GB29NWBK60161331926819",
                                    LocalDate.of(2026, 1, 1)));
        }
        securities.depoAccounts().open(admin, CLIENT, "HO", OwnerKind.CLIENT, "Jane Investor", null);
        securities.depoAccounts().open(admin, CLIENT_B1, "B1", OwnerKind.CLIENT, "Riverside Pension Fund", null);
        securities.depoAccounts().open(admin, HOUSE, "HO", OwnerKind.HOUSE, "Demo Securities own account", null);
    }

    public Securities securities() {
        return securities;
    }

    public Platform platform() {
        return securities.platform();
    }

    public MutableClock clock() {
        return clock;
    }

    public String url() {
        return database.url();
    }

    public Actor actor(String username) {
        return platform().users().find(username).map(User::actor).orElseThrow();
    }

    public DepoAccount depo(String code) {
        return securities.depoAccounts().find(code).orElseThrow();
    }

    /** Puts money on the depo account's money account, as a deposit through the settlement bank would. */
    public void fund(String depo, String currency, String amount) {
        long units = Amount.parse(
                        "amount", amount, platform().accounts().asset(currency).orElseThrow())
                .units();
        DepoAccount account = depo(depo);
        Books books = securities.books();
        long bank = books.branch(account.branch(), Books.SETTLEMENT_CASH, currency);
        long money = books.money(account, currency);
        long debit = account.house() ? money : bank;
        long credit = account.house() ? books.branch(account.branch(), "3010", currency) : money;
        post(Transfer.of(
                nextId(),
                TODAY,
                new Posting(
                        AccountId.of(debit),
                        AccountId.of(credit),
                        org.backoffice.ledger.AssetCode.of(currency),
                        units)));
    }

    /** Puts securities on the depo account, as a transfer-in from another custodian would. */
    public void deposit(String depo, String isin, long quantity) {
        DepoAccount account = depo(depo);
        Books books = securities.books();
        long position = books.position(account, isin);
        long debit = account.house() ? position : books.branch(account.branch(), Books.DEPOSITORY, isin);
        long credit = account.house() ? books.branch(account.branch(), Books.TRADING, isin) : position;
        post(Transfer.of(
                nextId(),
                TODAY,
                new Posting(
                        AccountId.of(debit),
                        AccountId.of(credit),
                        org.backoffice.ledger.AssetCode.of(isin),
                        quantity)));
    }

    /** The client's book at the start of most tests: 100,000.00 GBP to pay with and 500 of the share to deliver. */
    public void stockClient() {
        fund(CLIENT, "GBP", "100000.00");
        deposit(CLIENT, SHARE, 500);
    }

    /** The depository's advice that an instruction matched, the day before it settles, applied by head office's operator. */
    public void matched(String reference) {
        securities
                .settlement()
                .applyStatus(
                        actor("operator.ho"),
                        new org.backoffice.securities.message.SettlementStatus(
                                reference,
                                org.backoffice.securities.message.StatusKind.MATCHED,
                                null,
                                null,
                                Instant.parse("2026-11-26T09:00:00Z")));
    }

    /** The ledger account of the depo's position in the security. */
    public long positionAccount(String depo, String isin) {
        return securities.books().position(depo(depo), isin);
    }

    /** The ledger account of the depo's money in the currency. */
    public long moneyAccount(String depo, String currency) {
        return securities.books().money(depo(depo), currency);
    }

    /** What the account may still deliver or pay, in minor units. */
    public long available(long ledgerId) {
        return platform().ledger().balance(AccountId.of(ledgerId)).orElseThrow().available();
    }

    public long posted(long ledgerId) {
        return platform().ledger().balance(AccountId.of(ledgerId)).orElseThrow().posted();
    }

    /** A valid client purchase of the share from Alpha, dealt today. */
    public NewTrade buy(String depo, long quantity, String price) {
        return trade(Side.BUY, depo, quantity, price);
    }

    /** A valid client sale of the share to Alpha, dealt today. */
    public NewTrade sell(String depo, long quantity, String price) {
        return trade(Side.SELL, depo, quantity, price);
    }

    private NewTrade trade(Side side, String depo, long quantity, String price) {
        return new NewTrade(
                "T" + refs.incrementAndGet(),
                side,
                SHARE,
                quantity,
                new BigDecimal(price),
                "GBP",
                TODAY,
                null,
                depo,
                ALPHA,
                null,
                Delivery.DVP);
    }

    public long rows(String sql, Object... args) {
        return Sql.count(platform().ledger().readers(), sql, args);
    }

    private void post(Transfer transfer) {
        Outcome outcome = platform().ledger().execute(transfer);
        if (!outcome.accepted()) {
            throw new IllegalStateException("setup transfer refused: " + outcome);
        }
    }

    private TransactionId nextId() {
        return platform().ids().next();
    }

    @Override
    public void close() {
        try {
            securities.close();
        } finally {
            database.close();
        }
    }

    /** The ISIN with its check digit computed for the eleven characters given. */
    public static String isin(String body) {
        return org.backoffice.securities.reference.Isin.withCheckDigit(body).value();
    }

    /** The LEI with its two mod-97 check digits computed for the eighteen characters given. */
    public static String lei(String body) {
        return org.backoffice.platform.organisation.Lei.withCheckDigits(body);
    }
}
