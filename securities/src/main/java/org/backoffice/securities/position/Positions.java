package org.backoffice.securities.position;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Balance;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.jdbc.Where;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.pnl.CostMethod;
import org.backoffice.securities.pnl.LotBook;
import org.backoffice.securities.pnl.RealisedPnl;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.securities.trade.internal.TradeRows;

/**
 * Positions and realised P&amp;L of depo accounts, read from the ledger and the trade book only, so
 * they hold whatever posts the settlement.
 *
 * <p>The settlement-date position is the position account's posted ledger balance at the end of
 * the date. The trade-date position adds the trades dealt on or before the date that are not yet in
 * the ledger: not CANCELLED nor in REPAIR, and either not SETTLED or SETTLED with a settlement
 * date after the date asked for (taken to have settled on their settlement date). The trade book
 * keeps no settled quantity, so a PARTIALLY_SETTLED trade counts in full as unsettled: the
 * trade-date position then overstates the movement by its settled part until it settles in full.
 *
 * <p>P&amp;L replays every trade that is not CANCELLED nor in REPAIR, settled or not (the economic
 * view on trade date), in trade-date order, with the applied splits of the instrument at their
 * effective (pay) date before that day's trades. Purchase fees are part of the cost; sale fees
 * reduce the proceeds; bonds are valued at their gross amount (clean price × nominal).
 */
public final class Positions {
    private static final Set<TradeStatus> NOT_TRADED = EnumSet.of(TradeStatus.CANCELLED, TradeStatus.REPAIR);
    private static final int UNIT_COST_SCALE = 6;
    private static final int UNIT_PRICE_SCALE = 12;

    private final Platform platform;
    private final Instruments instruments;
    private final DepoAccounts depoAccounts;

    public Positions(Platform platform, Instruments instruments, DepoAccounts depoAccounts) {
        this.platform = platform;
        this.instruments = instruments;
        this.depoAccounts = depoAccounts;
    }

    /** The depo account's securities and money at the end of {@code asOf}. */
    public DepoPositions positions(Actor actor, String depoAccount, LocalDate asOf) {
        requireDate(asOf);
        DepoAccount depo = depoAccounts.visible(actor, depoAccount);
        List<Trade> trades = trades(depo.code(), null, asOf);
        Map<String, Position> byIsin = new TreeMap<>();
        for (Instrument instrument : instruments.list()) {
            Position position = position(depo, instrument.isin(), asOf, trades);
            if (position != null) {
                byIsin.put(instrument.isin(), position);
            }
        }
        List<CashBalance> cash = new ArrayList<>();
        for (String currency : currencies()) {
            account(Books.moneyNumber(depo, currency)).ifPresent(id -> {
                long posted = balanceAsOf(id, asOf);
                long available = platform.ledger()
                        .balance(AccountId.of(id))
                        .map(Balance::available)
                        .orElse(0L);
                cash.add(new CashBalance(depo.code(), currency, posted, available));
            });
        }
        return new DepoPositions(depo.code(), asOf, new ArrayList<>(byIsin.values()), cash);
    }

    /** Every depo account of the branches the actor sees that holds the instrument on either basis. */
    public List<Position> holders(Actor actor, String isin, LocalDate asOf) {
        requireDate(asOf);
        if (instruments.find(isin).isEmpty()) {
            throw InvalidDocumentException.of("isin", "no such instrument: '" + isin + "'");
        }
        List<Position> holders = new ArrayList<>();
        for (DepoAccount depo : visibleAccounts(actor)) {
            Position position = position(depo, isin, asOf, trades(depo.code(), isin, asOf));
            if (position != null) {
                holders.add(position);
            }
        }
        return holders;
    }

    /** Realised P&amp;L per instrument of the depo account's trades dealt up to {@code to}. */
    public List<InstrumentPnl> pnl(Actor actor, String depoAccount, CostMethod method, LocalDate to) {
        requireDate(to);
        if (method == null) {
            throw InvalidDocumentException.of("method", "must be FIFO or AVERAGE");
        }
        DepoAccount depo = depoAccounts.visible(actor, depoAccount);
        Map<String, List<Trade>> byIsin = new TreeMap<>();
        for (Trade trade : trades(depo.code(), null, to)) {
            byIsin.computeIfAbsent(trade.isin(), k -> new ArrayList<>()).add(trade);
        }
        List<InstrumentPnl> result = new ArrayList<>();
        for (var entry : byIsin.entrySet()) {
            result.add(replay(entry.getKey(), entry.getValue(), method, to));
        }
        return result;
    }

    private InstrumentPnl replay(String isin, List<Trade> trades, CostMethod method, LocalDate to) {
        String currency = trades.getFirst().currency();
        Asset asset = platform.accounts()
                .asset(currency)
                .orElseThrow(() -> new IllegalStateException("no currency " + currency + " in the ledger"));
        boolean bond = instruments.find(isin).map(Instrument::bond).orElse(false);
        LotBook book = new LotBook(method, asset);
        List<AppliedSplit> splits = appliedSplits(isin, to);
        int nextSplit = 0;
        List<RealisedPnl> sales = new ArrayList<>();
        for (Trade trade : trades) {
            while (nextSplit < splits.size()
                    && !splits.get(nextSplit).effective().isAfter(trade.tradeDate())) {
                split(book, splits.get(nextSplit++));
            }
            BigDecimal price = bond
                    ? Amount.of(asset, trade.grossAmount())
                            .decimal()
                            .divide(BigDecimal.valueOf(trade.quantity()), UNIT_PRICE_SCALE, RoundingMode.HALF_EVEN)
                    : trade.price();
            BigDecimal fees = Amount.of(asset, trade.fees()).decimal();
            if (trade.side() == Side.BUY) {
                book.buy(trade.quantity(), price, fees, trade.tradeDate(), trade.tradeRef());
            } else {
                sales.add(book.sell(trade.quantity(), price, fees, trade.tradeDate(), trade.tradeRef()));
            }
        }
        while (nextSplit < splits.size()) {
            split(book, splits.get(nextSplit++));
        }
        BigDecimal realised = Amount.zero(asset).decimal();
        for (RealisedPnl sale : sales) {
            realised = realised.add(sale.pnl());
        }
        long open = book.quantity();
        return new InstrumentPnl(
                isin,
                currency,
                method,
                open,
                book.costBasis(),
                open == 0 ? null : book.averageCost(UNIT_COST_SCALE),
                realised,
                sales);
    }

    private static void split(LotBook book, AppliedSplit split) {
        if (book.quantity() > 0) {
            book.split(split.newShares(), split.oldShares());
        }
    }

    private record AppliedSplit(LocalDate effective, int newShares, int oldShares) {}

    private List<AppliedSplit> appliedSplits(String isin, LocalDate to) {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT pay_date, ratio_new, ratio_old FROM sec_corporate_actions"
                        + " WHERE isin = ? AND kind = 'SPLIT' AND status = 'APPLIED' AND pay_date <= ?"
                        + " ORDER BY pay_date, id",
                rs -> new AppliedSplit(Rows.date(rs.getString(1)), rs.getInt(2), rs.getInt(3)),
                isin,
                Rows.text(to));
    }

    private Position position(DepoAccount depo, String isin, LocalDate asOf, List<Trade> trades) {
        Optional<Long> account = account(Books.positionNumber(depo, isin));
        long settled = account.map(id -> balanceAsOf(id, asOf)).orElse(0L);
        long traded = settled;
        boolean unsettled = false;
        for (Trade trade : trades) {
            if (trade.isin().equals(isin) && !inLedger(trade, asOf)) {
                traded = Math.addExact(traded, trade.side() == Side.BUY ? trade.quantity() : -trade.quantity());
                unsettled = true;
            }
        }
        if (account.isEmpty() && !unsettled) {
            return null;
        }
        if (settled == 0 && traded == 0) {
            return null;
        }
        return new Position(depo.code(), depo.branch(), isin, settled, traded);
    }

    private static boolean inLedger(Trade trade, LocalDate asOf) {
        return trade.status() == TradeStatus.SETTLED
                && (trade.settlementDate() == null || !trade.settlementDate().isAfter(asOf));
    }

    /** The account's trades dealt on or before the date, except cancelled ones and those in repair. */
    private List<Trade> trades(String depo, String isin, LocalDate upTo) {
        List<Object> args = new ArrayList<>(List.of(depo, Rows.text(upTo)));
        StringBuilder sql = new StringBuilder(
                "SELECT " + TradeRows.COLUMNS + " FROM sec_trades WHERE depo_account = ? AND trade_date <= ?");
        if (isin != null) {
            sql.append(" AND isin = ?");
            args.add(isin);
        }
        sql.append(" AND status NOT IN (").append(Sql.marks(NOT_TRADED.size())).append(')');
        NOT_TRADED.forEach(s -> args.add(s.name()));
        sql.append(" ORDER BY trade_date, id");
        return Sql.query(platform.ledger().readers(), sql.toString(), TradeRows::read, args.toArray());
    }

    private List<DepoAccount> visibleAccounts(Actor actor) {
        List<String> codes = Where.scoped(actor, null)
                .all(platform.ledger().readers(), "sec_depo_accounts", "code", "code", rs -> rs.getString(1));
        return codes.stream().map(code -> depoAccounts.find(code).orElseThrow()).toList();
    }

    private List<String> currencies() {
        return instruments.list().stream()
                .map(Instrument::currency)
                .distinct()
                .sorted()
                .toList();
    }

    private Optional<Long> account(String number) {
        return platform.accounts().account(number).map(BookAccount::ledgerId).map(AccountId::value);
    }

    private long balanceAsOf(long id, LocalDate asOf) {
        return platform.ledger()
                .balanceAsOf(AccountId.of(id), asOf)
                .map(Balance::posted)
                .orElse(0L);
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw InvalidDocumentException.of("asOf", "a date is required");
        }
    }
}
