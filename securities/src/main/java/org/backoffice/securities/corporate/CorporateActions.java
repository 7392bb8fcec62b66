package org.backoffice.securities.corporate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;

/**
 * Cash dividends, bond coupons and splits: an operator announces, a controller other than the
 * announcer approves, and approval applies the action to the settled positions at the end of the
 * record date (the ledger's balance as of that date).
 *
 * <p>Cash is paid net of withholding tax on the pay date: to a client, Dr 1025 cash at the
 * settlement bank / Cr 2030 client money; to the firm, Dr 1027 own funds / Cr 4050 income. A split
 * adds the new units (client Dr 1110 / Cr 2110, firm Dr 1120 / Cr 1190), a reverse split takes them
 * away (the opposite postings). A holder is given whole new shares only: the fraction is reported
 * on the entitlement and not paid here (cash in lieu is the paying agent's to settle; the P&amp;L
 * replay takes it out of the cost basis at cost).
 *
 * <p>The entitlements and the ids of their ledger transactions (at most 200 postings each, one
 * branch each) are stored with the approval in one database transaction; the transfers are sent
 * after, so calling {@link #approve} again on an applied action resends the same transactions,
 * which the ledger accepts once.
 */
public final class CorporateActions {
    /** Postings per ledger transaction; a large register is paid in several. */
    public static final int POSTINGS_PER_TRANSFER = 200;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String COLUMNS = "id, kind, isin, record_date, pay_date, rate, tax_rate, ratio_new, ratio_old,"
            + " status, announced_by, announced_at, approved_by, approved_at";

    private final Platform platform;
    private final Instruments instruments;
    private final DepoAccounts depoAccounts;
    private final Books books;

    public CorporateActions(Platform platform, Instruments instruments, DepoAccounts depoAccounts, Books books) {
        this.platform = platform;
        this.instruments = instruments;
        this.depoAccounts = depoAccounts;
        this.books = books;
    }

    /** Records an action for approval; an operator does. */
    public CorporateAction announce(Actor actor, NewCorporateAction terms) {
        if (!actor.has(Role.OPERATOR)) {
            throw new SecurityException(actor.username() + " may not announce corporate actions: an operator does");
        }
        if (terms == null) {
            throw InvalidDocumentException.of("terms", "the action's terms are required");
        }
        Instrument instrument = instruments
                .find(terms.isin())
                .orElseThrow(() -> InvalidDocumentException.of("isin", "no such instrument: '" + terms.isin() + "'"));
        if (terms.kind() == ActionKind.COUPON) {
            if (!instrument.bond()) {
                throw InvalidDocumentException.of(
                        "kind", "a coupon is paid on a bond, " + terms.isin() + " is a share");
            }
            if (!couponDates(instrument).contains(terms.payDate())) {
                throw InvalidDocumentException.of(
                        "payDate", terms.payDate() + " is not a coupon date of " + terms.isin());
            }
        } else if (instrument.bond()) {
            throw InvalidDocumentException.of(
                    "kind", "a " + terms.kind() + " applies to a share, " + terms.isin() + " is a bond");
        }
        long id = platform.ids().next().value();
        long at = Micros.now(platform.clock());
        platform.change(
                List.of(new AuditRecord(
                        actor.username(),
                        "ANNOUNCE",
                        "CorporateAction",
                        Long.toString(id),
                        null,
                        null,
                        "{\"kind\":\"" + terms.kind() + "\",\"isin\":\"" + terms.isin() + "\"}")),
                c -> Sql.update(
                        c,
                        "INSERT INTO sec_corporate_actions (" + COLUMNS + ")"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        terms.kind().name(),
                        terms.isin(),
                        Rows.text(terms.recordDate()),
                        Rows.text(terms.payDate()),
                        Rows.text(terms.rate()),
                        Rows.text(terms.taxPercent()),
                        terms.ratio() == null ? null : terms.ratio().newShares(),
                        terms.ratio() == null ? null : terms.ratio().oldShares(),
                        ActionStatus.ANNOUNCED.name(),
                        actor.username(),
                        at,
                        null,
                        null));
        return find(id).orElseThrow();
    }

    /** Every action, the latest announced first; actions are few (a handful per instrument a year). */
    public List<CorporateAction> list() {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT " + COLUMNS + " FROM sec_corporate_actions ORDER BY announced_at DESC, id DESC",
                CorporateActions::read);
    }

    public Optional<CorporateAction> find(long id) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + COLUMNS + " FROM sec_corporate_actions WHERE id = ?",
                CorporateActions::read,
                id);
    }

    /**
     * Approves and applies the action; a controller other than the announcer does. On an action
     * already applied it resends its ledger transactions, which changes nothing once they are in.
     *
     * @throws IllegalStateException if the ledger refused a transfer (the entitlements stay recorded;
     *     approve again once the cause is fixed)
     */
    public List<HolderEntitlement> approve(Actor actor, long actionId) {
        if (!actor.has(Role.CONTROLLER)) {
            throw new SecurityException(actor.username() + " may not approve corporate actions: a controller does");
        }
        CorporateAction action = find(actionId)
                .orElseThrow(() -> InvalidDocumentException.of("actionId", "no such corporate action: " + actionId));
        if (action.announcedBy().equals(actor.username())) {
            throw new SecurityException(actor.username() + " announced action " + actionId + " and may not approve it");
        }
        if (action.status() == ActionStatus.ANNOUNCED) {
            record(actor, action, compute(action));
        }
        List<HolderEntitlement> entitlements = entitlements(actionId);
        post(action, entitlements);
        return entitlements;
    }

    /** What each depo account of the actor's branches got from an applied action. */
    public List<HolderEntitlement> entitlements(Actor actor, long actionId) {
        if (find(actionId).isEmpty()) {
            throw InvalidDocumentException.of("actionId", "no such corporate action: " + actionId);
        }
        return entitlements(actionId).stream()
                .filter(e -> actor.canSee(e.branch()))
                .toList();
    }

    private record Computed(
            DepoAccount depo, long position, long gross, long tax, long net, long units, BigDecimal fraction) {}

    private List<Computed> compute(CorporateAction action) {
        NewCorporateAction terms = action.terms();
        Instrument instrument = instruments.find(terms.isin()).orElseThrow();
        Asset currency = platform.accounts()
                .asset(instrument.currency())
                .orElseThrow(() -> new IllegalStateException("no currency " + instrument.currency()));
        Entitlements cash = Entitlements.in(currency);
        List<Computed> result = new ArrayList<>();
        for (DepoAccount depo : allAccounts()) {
            Optional<BookAccount> account = platform.accounts().account(Books.positionNumber(depo, terms.isin()));
            long position = account.flatMap(a -> platform.ledger().balanceAsOf(a.ledgerId(), terms.recordDate()))
                    .map(Balance::posted)
                    .orElse(0L);
            if (position <= 0) {
                continue;
            }
            switch (terms.kind()) {
                case DIVIDEND -> {
                    Entitlement e = cash.dividend(position, terms.rate(), fraction(terms.taxPercent()));
                    result.add(new Computed(
                            depo,
                            position,
                            minor(e.gross(), currency),
                            minor(e.tax(), currency),
                            minor(e.net(), currency),
                            0,
                            BigDecimal.ZERO));
                }
                case COUPON -> {
                    BigDecimal gross = coupon(instrument, cash, position, terms.payDate());
                    BigDecimal tax = Amount.rounded(
                                    "tax",
                                    gross.multiply(fraction(terms.taxPercent())),
                                    RoundingMode.HALF_EVEN,
                                    currency)
                            .decimal();
                    result.add(new Computed(
                            depo,
                            position,
                            minor(gross, currency),
                            minor(tax, currency),
                            minor(gross.subtract(tax), currency),
                            0,
                            BigDecimal.ZERO));
                }
                case SPLIT -> {
                    BigDecimal exact = BigDecimal.valueOf(position)
                            .multiply(BigDecimal.valueOf(terms.ratio().newShares()))
                            .divide(BigDecimal.valueOf(terms.ratio().oldShares()), 8, RoundingMode.DOWN);
                    long whole = exact.setScale(0, RoundingMode.DOWN).longValueExact();
                    result.add(new Computed(
                            depo,
                            position,
                            0,
                            0,
                            0,
                            whole - position,
                            exact.subtract(BigDecimal.valueOf(whole)).stripTrailingZeros()));
                }
            }
        }
        return result;
    }

    private void record(Actor actor, CorporateAction action, List<Computed> computed) {
        // One transaction per branch and at most POSTINGS_PER_TRANSFER holders, its id reserved now.
        Map<String, List<Computed>> byBranch = new LinkedHashMap<>();
        for (Computed c : computed) {
            if (c.net() != 0 || c.units() != 0) {
                byBranch.computeIfAbsent(c.depo().branch(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        Map<Computed, Long> transaction = new LinkedHashMap<>();
        for (List<Computed> branch : byBranch.values()) {
            for (int from = 0; from < branch.size(); from += POSTINGS_PER_TRANSFER) {
                long id = platform.ids().next().value();
                for (Computed c : branch.subList(from, Math.min(branch.size(), from + POSTINGS_PER_TRANSFER))) {
                    transaction.put(c, id);
                }
            }
        }
        long at = Micros.now(platform.clock());
        // When another controller applied it in between, nothing is written and its entitlements stand.
        platform.change(
                List.of(new AuditRecord(
                        actor.username(),
                        "APPROVE",
                        "CorporateAction",
                        Long.toString(action.id()),
                        null,
                        "{\"status\":\"ANNOUNCED\"}",
                        "{\"status\":\"APPLIED\",\"holders\":" + transaction.size() + "}")),
                c -> {
                    int n = Sql.update(
                            c,
                            "UPDATE sec_corporate_actions SET status = ?, approved_by = ?, approved_at = ?"
                                    + " WHERE id = ? AND status = ?",
                            ActionStatus.APPLIED.name(),
                            actor.username(),
                            at,
                            action.id(),
                            ActionStatus.ANNOUNCED.name());
                    if (n == 0) {
                        return 0;
                    }
                    for (var entry : transaction.entrySet()) {
                        Computed e = entry.getKey();
                        Sql.update(
                                c,
                                "INSERT INTO sec_ca_entitlements (action_id, depo_account, branch, position, gross, tax,"
                                        + " net, units_delta, fraction, transaction_id)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                action.id(),
                                e.depo().code(),
                                e.depo().branch(),
                                e.position(),
                                e.gross(),
                                e.tax(),
                                e.net(),
                                e.units(),
                                e.fraction().toPlainString(),
                                entry.getValue());
                    }
                    return n;
                });
    }

    private void post(CorporateAction action, List<HolderEntitlement> entitlements) {
        NewCorporateAction terms = action.terms();
        String currency = instruments.find(terms.isin()).orElseThrow().currency();
        Map<Long, List<Posting>> postings = new LinkedHashMap<>();
        for (HolderEntitlement e : entitlements) {
            DepoAccount depo = depoAccounts.find(e.depoAccount()).orElseThrow();
            Posting posting = terms.kind() == ActionKind.SPLIT
                    ? units(depo, terms.isin(), e.unitsDelta())
                    : cash(depo, currency, e.net());
            postings.computeIfAbsent(e.transactionId(), k -> new ArrayList<>()).add(posting);
        }
        List<Transfer> transfers = new ArrayList<>();
        postings.forEach((id, list) ->
                transfers.add(new Transfer(TransactionId.of(id), terms.payDate(), list, false, null, null)));
        List<String> refused = new ArrayList<>();
        for (var future : platform.ledger().submitAll(transfers)) {
            Outcome outcome = future.join();
            if (outcome instanceof Outcome.Rejected rejected) {
                refused.add(rejected.id() + " " + rejected.reason() + " " + rejected.detail());
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException(
                    "corporate action " + action.id() + ": the ledger refused " + String.join("; ", refused));
        }
    }

    private Posting cash(DepoAccount depo, String currency, long net) {
        long debit = depo.house()
                ? books.money(depo, currency)
                : books.branch(depo.branch(), Books.SETTLEMENT_CASH, currency);
        long credit = depo.house() ? books.branch(depo.branch(), Books.INCOME, currency) : books.money(depo, currency);
        return new Posting(AccountId.of(debit), AccountId.of(credit), AssetCode.of(currency), net);
    }

    private Posting units(DepoAccount depo, String isin, long delta) {
        long position = books.position(depo, isin);
        long other = depo.house()
                ? books.branch(depo.branch(), Books.TRADING, isin)
                : books.branch(depo.branch(), Books.DEPOSITORY, isin);
        // Units added: client Dr 1110 / Cr 2110, firm Dr 1120 / Cr 1190; removed: the opposite.
        boolean add = delta > 0;
        long debit = depo.house() == add ? position : other;
        long credit = debit == position ? other : position;
        return new Posting(AccountId.of(debit), AccountId.of(credit), AssetCode.of(isin), Math.abs(delta));
    }

    private List<HolderEntitlement> entitlements(long actionId) {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT action_id, depo_account, branch, position, gross, tax, net, units_delta, fraction,"
                        + " transaction_id FROM sec_ca_entitlements WHERE action_id = ? ORDER BY depo_account",
                rs -> new HolderEntitlement(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        new BigDecimal(rs.getString(9)),
                        rs.getLong(10)),
                actionId);
    }

    private BigDecimal coupon(Instrument instrument, Entitlements cash, long quantity, LocalDate payDate) {
        var coupon = instrument.coupon();
        CouponSchedule schedule = coupon.schedule(cash.currency());
        List<LocalDate> dates = schedule.couponDates();
        int i = dates.indexOf(payDate);
        LocalDate start = i == 0 ? schedule.accrualStart() : dates.get(i - 1);
        return cash.couponAmount(
                quantity,
                instrument.nominal(),
                coupon.ratePercent(),
                coupon.dayCount(),
                start,
                payDate,
                coupon.frequencyPerYear());
    }

    private List<LocalDate> couponDates(Instrument instrument) {
        Asset currency = platform.accounts().asset(instrument.currency()).orElseThrow();
        return instrument.coupon().schedule(currency).couponDates();
    }

    private List<DepoAccount> allAccounts() {
        return Sql.query(
                        platform.ledger().readers(),
                        "SELECT code FROM sec_depo_accounts ORDER BY code",
                        rs -> rs.getString(1))
                .stream()
                .map(code -> depoAccounts.find(code).orElseThrow())
                .toList();
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(HUNDRED);
    }

    private static long minor(BigDecimal amount, Asset currency) {
        return Amount.exact("amount", amount, currency).units();
    }

    private static CorporateAction read(ResultSet rs) throws SQLException {
        ActionKind kind = ActionKind.valueOf(rs.getString(2));
        int newShares = rs.getInt(8);
        SplitRatio ratio = rs.wasNull() ? null : new SplitRatio(newShares, rs.getInt(9));
        NewCorporateAction terms = new NewCorporateAction(
                kind,
                rs.getString(3),
                Rows.date(rs.getString(4)),
                Rows.date(rs.getString(5)),
                Rows.decimal(rs.getString(6)),
                Rows.decimal(rs.getString(7)),
                ratio);
        long approvedAt = rs.getLong(14);
        boolean approved = !rs.wasNull();
        return new CorporateAction(
                rs.getLong(1),
                terms,
                ActionStatus.valueOf(rs.getString(10)),
                rs.getString(11),
                Micros.toInstant(rs.getLong(12)),
                rs.getString(13),
                approved ? Micros.toInstant(approvedAt) : null);
    }
}
