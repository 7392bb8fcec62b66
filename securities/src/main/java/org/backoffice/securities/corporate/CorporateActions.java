package org.backoffice.securities.corporate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;
import tools.jackson.databind.json.JsonMapper;

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
 * <p>An action is a {@link CorporateActionKind} document: the platform's maker-checker, numbering
 * and audit. Its posting is the entitlements' ledger transactions (at most 200 postings each, one
 * branch each), linked, with the action's and the entitlements' rows in the same database
 * transaction: a refused payment leaves the action announced and nothing recorded.
 */
public final class CorporateActions {
    /** Postings per ledger transaction; a large register is paid in several. */
    public static final int POSTINGS_PER_TRANSFER = 200;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final JsonMapper JSON = JsonMapper.builder().build();
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
        platform.consistency().register(CorporateActionKind.consistency());
    }

    /**
     * Announces an action as a {@link CorporateActionKind} document waiting for a controller; an
     * operator does.
     */
    public CorporateAction announce(Actor actor, NewCorporateAction terms) {
        platform.permissions().require(actor, CorporateActionKind.TYPE, Action.CREATE);
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
        String branch = platform.organisation().branches().stream()
                .filter(b -> b.headOffice())
                .map(b -> b.code())
                .filter(actor::canSee)
                .findFirst()
                .orElseGet(() -> actor.branches().stream().sorted().findFirst().orElse("HO"));
        LocalDate today = LocalDate.ofInstant(platform.clock().instant(), java.time.ZoneOffset.UTC);
        DocumentResult created = platform.documents()
                .create(actor, new NewDocument(CorporateActionKind.TYPE, branch, today, terms), true, null);
        return find(created.document().id().value()).orElseThrow();
    }

    /** Every action, the latest announced first; actions are few (a handful per instrument a year). */
    public List<CorporateAction> list() {
        List<CorporateAction> all = new ArrayList<>(Sql.query(
                platform.ledger().readers(),
                "SELECT " + COLUMNS + " FROM sec_corporate_actions",
                CorporateActions::read));
        all.addAll(announced(null));
        all.sort(Comparator.comparing(CorporateAction::announcedAt)
                .thenComparingLong(CorporateAction::id)
                .reversed());
        return all;
    }

    public Optional<CorporateAction> find(long id) {
        Optional<CorporateAction> applied = Sql.one(
                platform.ledger().readers(),
                "SELECT " + COLUMNS + " FROM sec_corporate_actions WHERE id = ?",
                CorporateActions::read,
                id);
        return applied.isPresent() ? applied : announced(id).stream().findFirst();
    }

    /** Announced actions: their documents waiting for a controller. */
    private List<CorporateAction> announced(Long id) {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT id, maker, body, created_at FROM documents WHERE type = ? AND status = ?"
                        + (id == null ? "" : " AND id = ?"),
                rs -> new CorporateAction(
                        rs.getLong(1),
                        JSON.readValue(rs.getString(3), NewCorporateAction.class),
                        ActionStatus.ANNOUNCED,
                        rs.getString(2),
                        Micros.toInstant(rs.getLong(4)),
                        null,
                        null),
                id == null
                        ? new Object[] {CorporateActionKind.TYPE, DocumentStatus.SUBMITTED.name()}
                        : new Object[] {CorporateActionKind.TYPE, DocumentStatus.SUBMITTED.name(), id});
    }

    /**
     * Approves the action's document through the platform's maker-checker; a controller other than
     * the announcer does. Its posting pays the entitlements and writes them, all or none. On an action
     * already applied it returns its entitlements.
     */
    public List<HolderEntitlement> approve(Actor actor, long actionId) {
        CorporateAction action = find(actionId)
                .orElseThrow(() -> InvalidDocumentException.of("actionId", "no such corporate action: " + actionId));
        if (action.status() == ActionStatus.ANNOUNCED) {
            platform.documents().approve(actor, new DocumentId(actionId), null);
        } else {
            platform.permissions().require(actor, CorporateActionKind.TYPE, Action.APPROVE);
        }
        return entitlements(actionId);
    }

    /** What an action's approval pays: each holder's entitlement and the linked ledger transactions. */
    record Plan(List<HolderEntitlement> entitlements, List<Transfer> transfers) {}

    /**
     * Computes the entitlements of an action from the settled positions at the end of its record
     * date, and the transfers that pay them: the first under {@code first}, the document's id.
     */
    Plan plan(TransactionId first, NewCorporateAction terms) {
        List<Computed> computed = compute(terms);
        // One transaction per branch and at most POSTINGS_PER_TRANSFER holders.
        Map<String, List<Computed>> byBranch = new LinkedHashMap<>();
        for (Computed c : computed) {
            if (c.net() != 0 || c.units() != 0) {
                byBranch.computeIfAbsent(c.depo().branch(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        String currency = instruments.find(terms.isin()).orElseThrow().currency();
        List<HolderEntitlement> entitlements = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        for (List<Computed> branch : byBranch.values()) {
            for (int from = 0; from < branch.size(); from += POSTINGS_PER_TRANSFER) {
                TransactionId id = transfers.isEmpty() ? first : platform.ids().next();
                List<Posting> postings = new ArrayList<>();
                for (Computed c : branch.subList(from, Math.min(branch.size(), from + POSTINGS_PER_TRANSFER))) {
                    postings.add(
                            terms.kind() == ActionKind.SPLIT
                                    ? units(c.depo(), terms.isin(), c.units())
                                    : cash(c.depo(), currency, c.net()));
                    entitlements.add(new HolderEntitlement(
                            first.value(),
                            c.depo().code(),
                            c.depo().branch(),
                            c.position(),
                            c.gross(),
                            c.tax(),
                            c.net(),
                            c.units(),
                            c.fraction(),
                            id.value()));
                }
                transfers.add(new Transfer(id, terms.payDate(), postings, false, null, null));
            }
        }
        return new Plan(entitlements, transfers);
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

    private List<Computed> compute(NewCorporateAction terms) {
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
