package org.backoffice.securities.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.Outcome;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.reference.Markets;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.internal.TradeRows;

/**
 * Settlement fails and their CSDR cash penalties, derived from the trade book: a trade whose
 * intended settlement date has come and that is not SETTLED, CANCELLED or in REPAIR fails.
 *
 * <p>The type of fail is the instrument's penalty category, or LACK_OF_CASH for a purchase whose
 * buyer's money account cannot pay the settlement amount now (the current available balance: the
 * trade book does not know why a settlement failed). A lack-of-cash fail pays the LACK_OF_CASH rate
 * on its settlement amount; any other pays its category's rate on quantity × reference price, the
 * closing price kept for that day or else the trade price (a bond's price in percent of nominal).
 *
 * <p>{@link #accrue} is the end-of-day run: it records the day's penalty of every trade failing at
 * the end of that day, once per trade and day. Penalties are recorded here, not posted to the ledger.
 */
public final class Fails {
    private static final String FAILING =
            "settlement_date IS NOT NULL AND status NOT IN ('SETTLED', 'CANCELLED', 'REPAIR')";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Platform platform;
    private final Markets markets;
    private final Instruments instruments;
    private final DepoAccounts depoAccounts;
    private final Books books;

    public Fails(Platform platform, Markets markets, Instruments instruments, DepoAccounts depoAccounts, Books books) {
        this.platform = platform;
        this.markets = markets;
        this.instruments = instruments;
        this.depoAccounts = depoAccounts;
        this.books = books;
        platform.operations().register(PenaltyAccrualKind.KIND);
    }

    /** Permission types of the fails desk, besides the accrual's operation. */
    public static final String RATES = "PenaltyRate";

    public static final String PRICES = "Price";

    /** The grant a day's penalty accrual needs: a controller runs it. */
    public static final String ACCRUAL = PenaltyAccrualKind.TYPE;

    /**
     * Operators, controllers and administrators run the accrual; a controller sets rates; an operator
     * or a controller keeps prices.
     */
    public static void grant(Permissions permissions) {
        permissions
                .grant(ACCRUAL, Action.CREATE, Role.CONTROLLER)
                .grant(RATES, Action.CREATE, Role.CONTROLLER)
                .grant(PRICES, Action.CREATE, Role.OPERATOR, Role.CONTROLLER);
    }

    /** Trades of the actor's branches past their intended settlement date on {@code today} and unsettled. */
    public List<FailLine> report(Actor actor, LocalDate today) {
        requireDay("today", today);
        StringBuilder where = new StringBuilder(" WHERE " + FAILING + " AND settlement_date < ?");
        List<Object> args = new ArrayList<>(List.of(Rows.text(today)));
        if (!Sql.branchScope(actor, null, where, args)) {
            return List.of();
        }
        List<FailLine> lines = new ArrayList<>();
        for (Trade trade : trades(where.toString(), args)) {
            long accrued = Sql.query(
                            platform.ledger().readers(),
                            "SELECT COALESCE(SUM(amount), 0) FROM sec_penalties WHERE trade_id = ? AND day <= ?",
                            rs -> rs.getLong(1),
                            trade.id(),
                            Rows.text(today))
                    .getFirst();
            lines.add(new FailLine(
                    trade.id(),
                    trade.tradeRef(),
                    trade.branch(),
                    trade.counterparty(),
                    trade.isin(),
                    trade.side(),
                    trade.quantity(),
                    trade.settlementAmount(),
                    trade.currency(),
                    trade.settlementDate(),
                    businessDays(trade, trade.settlementDate(), today),
                    category(trade),
                    accrued));
        }
        return lines;
    }

    /** The rate table in force: the stored rates, seeded with the regulation's on first use. */
    public PenaltyTable table() {
        seedDefaults();
        PenaltyTable table = PenaltyTable.empty();
        for (PenaltyRate rate : Sql.query(
                platform.ledger().readers(),
                "SELECT category, daily_bp, valid_from FROM sec_penalty_rates ORDER BY category, valid_from",
                rs -> new PenaltyRate(
                        PenaltyCategory.valueOf(rs.getString(1)),
                        new BigDecimal(rs.getString(2)),
                        Rows.date(rs.getString(3))))) {
            table = table.with(rate);
        }
        return table;
    }

    /** Sets a category's rate from a date (replacing a rate set for the same date); a controller does. */
    public PenaltyRate setRate(Actor actor, PenaltyRate rate) {
        platform.profile().permissions().require(actor, RATES, Action.CREATE);
        if (rate == null) {
            throw InvalidDocumentException.of("rate", "a rate is required");
        }
        seedDefaults();
        String key = rate.category() + "@" + rate.validFrom();
        Optional<String> before = Sql.one(
                platform.ledger().readers(),
                "SELECT daily_bp FROM sec_penalty_rates WHERE category = ? AND valid_from = ?",
                rs -> rs.getString(1),
                rate.category().name(),
                Rows.text(rate.validFrom()));
        String after =
                "{\"dailyRateBasisPoints\":\"" + rate.dailyRateBasisPoints().toPlainString() + "\"}";
        platform.change(
                List.of(new AuditRecord(
                        actor.username(),
                        before.isPresent() ? "UPDATE" : "CREATE",
                        "PenaltyRate",
                        key,
                        null,
                        before.map(b -> "{\"dailyRateBasisPoints\":\"" + b + "\"}")
                                .orElse(null),
                        after)),
                c -> {
                    Sql.update(
                            c,
                            "DELETE FROM sec_penalty_rates WHERE category = ? AND valid_from = ?",
                            rate.category().name(),
                            Rows.text(rate.validFrom()));
                    return insertRate(c, rate, actor.username());
                });
        return rate;
    }

    /** Keeps an instrument's closing price of a day, the reference price of its fails that day. */
    public void setPrice(Actor actor, String isin, LocalDate day, BigDecimal price) {
        platform.profile().permissions().require(actor, PRICES, Action.CREATE);
        if (instruments.find(isin).isEmpty()) {
            throw InvalidDocumentException.of("isin", "no such instrument: '" + isin + "'");
        }
        requireDay("day", day);
        if (price == null || price.signum() <= 0) {
            throw InvalidDocumentException.of("price", "must be positive");
        }
        platform.change(
                List.of(new AuditRecord(
                        actor.username(),
                        "SET",
                        "Price",
                        isin + "@" + day,
                        null,
                        null,
                        "{\"price\":\"" + price.toPlainString() + "\"}")),
                c -> {
                    Sql.update(c, "DELETE FROM sec_prices WHERE isin = ? AND day = ?", isin, Rows.text(day));
                    return Sql.update(
                            c,
                            "INSERT INTO sec_prices (isin, day, price, set_by, set_at) VALUES (?, ?, ?, ?, ?)",
                            isin,
                            Rows.text(day),
                            price.toPlainString(),
                            actor.username(),
                            Micros.now(platform.clock()));
                });
    }

    /**
     * Records the penalty of {@code day} for every trade failing at its end, on a business day of
     * its market; a trade already charged for the day is skipped, so a rerun changes nothing.
     *
     * @return the penalties recorded by this run
     */
    public List<DailyPenalty> accrue(Actor actor, LocalDate day) {
        platform.profile().permissions().require(actor, PenaltyAccrualKind.TYPE, Action.CREATE);
        requireDay("day", day);
        PenaltyTable table = table();
        StringBuilder where = new StringBuilder(" WHERE " + FAILING + " AND settlement_date <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM sec_penalties p WHERE p.trade_id = sec_trades.id AND p.day = ?)");
        List<Object> args = new ArrayList<>(List.of(Rows.text(day), Rows.text(day)));
        if (!Sql.branchScope(actor, null, where, args)) {
            return List.of();
        }
        List<DailyPenalty> penalties = new ArrayList<>();
        java.util.Map<Long, String> branches = new java.util.HashMap<>();
        for (Trade trade : trades(where.toString(), args)) {
            if (!calendar(trade).isBusinessDay(day)) {
                continue;
            }
            penalties.add(penalty(trade, day, table));
            branches.put(trade.id(), trade.branch());
        }
        if (penalties.isEmpty()) {
            return penalties;
        }
        long at = Micros.now(platform.clock());
        // One operation per branch, on the platform's path: its rows and its audit entry commit together.
        java.util.Map<String, List<DailyPenalty>> byBranch = new java.util.LinkedHashMap<>();
        for (DailyPenalty p : penalties) {
            byBranch.computeIfAbsent(branches.get(p.tradeId()), b -> new ArrayList<>())
                    .add(p);
        }
        List<PenaltyAccrualKind.Accrual> accruals = new ArrayList<>();
        for (var branch : byBranch.entrySet()) {
            accruals.add(new PenaltyAccrualKind.Accrual(
                    platform.ids().next().value(), branch.getKey(), day, branch.getValue(), actor.username(), at));
        }
        List<Outcome> outcomes = platform.operations().record(actor, PenaltyAccrualKind.KIND, accruals);
        List<DailyPenalty> recorded = new ArrayList<>();
        for (int k = 0; k < accruals.size(); k++) {
            if (outcomes.get(k).accepted()) {
                recorded.addAll(accruals.get(k).penalties());
            }
        }
        return recorded;
    }

    /** The penalties recorded for a trade the actor sees, by day. */
    public List<DailyPenalty> penalties(Actor actor, long tradeId) {
        List<Trade> trade = trades(" WHERE id = ?", new ArrayList<>(List.of(tradeId)));
        if (trade.isEmpty() || !actor.canSee(trade.getFirst().branch())) {
            throw InvalidDocumentException.of("tradeId", "no such trade: " + tradeId);
        }
        return Sql.query(
                platform.ledger().readers(),
                "SELECT trade_id, day, category, daily_bp, base_value, amount, currency FROM sec_penalties"
                        + " WHERE trade_id = ? ORDER BY day",
                rs -> new DailyPenalty(
                        rs.getLong(1),
                        Rows.date(rs.getString(2)),
                        PenaltyCategory.valueOf(rs.getString(3)),
                        new BigDecimal(rs.getString(4)),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getString(7)),
                tradeId);
    }

    private DailyPenalty penalty(Trade trade, LocalDate day, PenaltyTable table) {
        PenaltyCategory category = category(trade);
        Instrument instrument = instruments.find(trade.isin()).orElseThrow();
        Asset currency = currency(trade.currency());
        BigDecimal base;
        if (category == PenaltyCategory.LACK_OF_CASH) {
            base = Amount.of(currency, trade.settlementAmount()).decimal();
        } else {
            BigDecimal price = price(trade.isin(), day).orElse(trade.price());
            base = price.multiply(
                    Amount.of(instrument.asset(), trade.quantity()).decimal());
            if (instrument.bond()) {
                // A bond is priced in percent of its nominal.
                base = base.multiply(instrument.nominal()).divide(HUNDRED);
            }
        }
        BigDecimal rate = table.rateOn(category, day).dailyRateBasisPoints();
        Amount amount = Amount.rounded(
                "penalty", CsdrPenalties.dailyPenalty(category, base, day, table), RoundingMode.HALF_EVEN, currency);
        return new DailyPenalty(
                trade.id(),
                day,
                category,
                rate,
                Amount.rounded("base", base, RoundingMode.HALF_EVEN, currency).units(),
                amount.units(),
                trade.currency());
    }

    private PenaltyCategory category(Trade trade) {
        Instrument instrument = instruments.find(trade.isin()).orElseThrow();
        if (trade.side() == Side.BUY && trade.settlementAmount() > 0) {
            DepoAccount depo = depoAccounts.find(trade.depoAccount()).orElseThrow();
            long needed = trade.settlementAmount() + (depo.house() ? 0 : trade.fees());
            long available = platform.accounts()
                    .account(Books.moneyNumber(depo, trade.currency()))
                    .map(BookAccount::ledgerId)
                    .flatMap(id -> platform.ledger().balance(id))
                    .map(Balance::available)
                    .orElse(0L);
            if (available < needed) {
                return PenaltyCategory.LACK_OF_CASH;
            }
        }
        return instrument.penaltyCategory();
    }

    private Optional<BigDecimal> price(String isin, LocalDate day) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT price FROM sec_prices WHERE isin = ? AND day = ?",
                rs -> new BigDecimal(rs.getString(1)),
                isin,
                Rows.text(day));
    }

    private int businessDays(Trade trade, LocalDate from, LocalDate toExclusive) {
        BusinessCalendar calendar = calendar(trade);
        int days = 0;
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                days++;
            }
        }
        return days;
    }

    private BusinessCalendar calendar(Trade trade) {
        String mic = trade.market() != null
                ? trade.market()
                : instruments.find(trade.isin()).orElseThrow().market();
        return markets.calendar(markets.find(mic).orElseThrow());
    }

    private Asset currency(String currency) {
        return platform.accounts()
                .asset(currency)
                .orElseThrow(() -> new IllegalStateException("no currency " + currency + " in the ledger"));
    }

    private List<Trade> trades(String where, List<Object> args) {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT " + TradeRows.COLUMNS + " FROM sec_trades" + where + " ORDER BY settlement_date, id",
                TradeRows::read,
                args.toArray());
    }

    private synchronized void seedDefaults() {
        if (Sql.count(platform.ledger().readers(), "SELECT COUNT(*) FROM sec_penalty_rates") > 0) {
            return;
        }
        PenaltyTable defaults = PenaltyTable.defaults();
        platform.change(
                List.of(new AuditRecord(
                        "system", "CREATE", "PenaltyRate", "defaults", null, null, "{\"source\":\"2017/389 annex\"}")),
                c -> {
                    for (PenaltyRate rate : defaults.rates()) {
                        insertRate(c, rate, "system");
                    }
                    return null;
                });
    }

    private int insertRate(Connection c, PenaltyRate rate, String by) throws SQLException {
        return Sql.update(
                c,
                "INSERT INTO sec_penalty_rates (category, valid_from, daily_bp, set_by, set_at) VALUES (?, ?, ?, ?, ?)",
                rate.category().name(),
                Rows.text(rate.validFrom()),
                rate.dailyRateBasisPoints().toPlainString(),
                by,
                Micros.now(platform.clock()));
    }

    private static void requireDay(String field, LocalDate day) {
        if (day == null) {
            throw InvalidDocumentException.of(field, "a date is required");
        }
    }
}
