package org.backoffice.securities.reconciliation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.Holding;
import org.backoffice.platform.statement.HoldingsStatement;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.platform.statement.StatementFile;
import org.backoffice.platform.statement.StatementTransaction;
import org.backoffice.platform.statement.StatementTransaction.Direction;
import org.backoffice.platform.statement.TransactionStatement;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.reconciliation.internal.BreakRows;
import org.backoffice.securities.reconciliation.internal.Found;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeBook;
import org.backoffice.securities.trade.TradeStatus;

/**
 * Reconciliation with the depository and the settlement bank. A statement's safekeeping account is
 * either one of our depo accounts (compared with that depo account's positions and trades) or the
 * firm's omnibus account registered for a branch with {@link #registerFirmAccount} (compared with
 * the branch's line 1110, which is the sum of the client positions held there, and with the trades
 * of the branch). A cash statement's account is the firm's account at the settlement bank registered
 * the same way, compared with the branch's line 1025 in the statement's currency.
 *
 * <p>Every difference becomes a break keyed by statement, kind, account, subject and what differs,
 * so importing the same statement twice opens no break twice.
 */
public final class SecuritiesReconciliation {
    private static final Set<TradeStatus> IN_FLIGHT = Set.of(
            TradeStatus.INSTRUCTED,
            TradeStatus.MATCHED,
            TradeStatus.UNMATCHED,
            TradeStatus.PENDING,
            TradeStatus.FAILING,
            TradeStatus.PARTIALLY_SETTLED);

    private final Platform platform;
    private final SecuritiesSettings settings;
    private final DepoAccounts depoAccounts;
    private final Instruments instruments;
    private final TradeBook trades;
    private final TradeReferences references;

    public SecuritiesReconciliation(
            Platform platform,
            SecuritiesSettings settings,
            DepoAccounts depoAccounts,
            Instruments instruments,
            TradeBook trades,
            TradeReferences references) {
        this.platform = platform;
        this.settings = settings;
        this.depoAccounts = depoAccounts;
        this.instruments = instruments;
        this.trades = trades;
        this.references = references;
    }

    /** Registers (or moves) the firm's omnibus safekeeping account or settlement bank account to a branch. */
    public void registerFirmAccount(Actor actor, String account, String branch) {
        if (!actor.has(Role.ADMINISTRATOR) && !actor.has(Role.CONTROLLER)) {
            throw new SecurityException(actor.username() + " may not register firm accounts: a controller does");
        }
        if (account == null || account.isBlank() || account.length() > 35) {
            throw InvalidDocumentException.of("account", "must be given, at most 35 characters");
        }
        if (branch == null || platform.organisation().branch(branch).isEmpty()) {
            throw InvalidDocumentException.of("branch", "no such branch: " + branch);
        }
        if (depoAccounts.find(account).isPresent()) {
            throw InvalidDocumentException.of("account", "is a depo account code, not a firm account");
        }
        AuditRecord audit = new AuditRecord(
                actor.username(), "REGISTER", "FirmAccount", account, branch, null, Rows.quoted(branch));
        platform.change(List.of(audit), c -> {
            Sql.update(c, "DELETE FROM sec_firm_accounts WHERE account = ?", account);
            return Sql.update(c, "INSERT INTO sec_firm_accounts (account, branch) VALUES (?, ?)", account, branch);
        });
    }

    /** Positions per ISIN as of the statement date against the depository's statement of holdings (MT535). */
    public ReconciliationResult positions(Actor actor, HoldingsStatement statement) {
        requireReconciler(actor);
        Scope scope = scope(actor, statement.safekeepingAccount(), "safekeepingAccount");
        Map<String, Long> theirs = new TreeMap<>();
        for (Holding holding : statement.holdings()) {
            theirs.merge(holding.isin(), units(holding), Math::addExact);
        }
        Set<String> isins = new LinkedHashSet<>(theirs.keySet());
        for (Instrument instrument : instruments.list()) {
            isins.add(instrument.isin());
        }
        List<Found> found = new ArrayList<>();
        for (String isin : isins) {
            long ours = balanceAsOf(scope.positionNumber(isin), statement.asOf());
            long their = theirs.getOrDefault(isin, 0L);
            if (ours != their) {
                found.add(new Found(BreakKind.POSITION, isin, "position", ours, their));
            }
        }
        return store(actor, scope, statement.statementReference(), isins.size(), found);
    }

    /**
     * Settled (MT536) or pending (MT537) transactions against our trades: each statement line is
     * looked up by its reference; a line we do not have, a quantity or direction that differs, a
     * status that differs (settled there, not here, or the reverse), and our trades the statement
     * should list and does not, are breaks.
     */
    public ReconciliationResult transactions(Actor actor, TransactionStatement statement) {
        requireReconciler(actor);
        Scope scope = scope(actor, statement.safekeepingAccount(), "safekeepingAccount");
        List<Found> found = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (StatementTransaction line : statement.transactions()) {
            long their = whole(line.quantity(), "transactions.quantity");
            Optional<Trade> trade = references.tradeId(line.reference()).flatMap(trades::find);
            if (trade.isEmpty() || !scope.holds(trade.get())) {
                found.add(new Found(BreakKind.TRANSACTION, line.reference(), "missing on our side", 0, their));
                continue;
            }
            Trade ours = trade.get();
            listed.add(ours.id());
            if (ours.quantity() != their || !ours.isin().equals(line.isin())) {
                found.add(new Found(BreakKind.TRANSACTION, line.reference(), "quantity", ours.quantity(), their));
            }
            Direction expected = ours.side() == Side.BUY ? Direction.RECEIVE : Direction.DELIVER;
            if (line.direction() != expected) {
                found.add(new Found(
                        BreakKind.TRANSACTION, line.reference(), "direction " + line.direction(), ours.quantity(), 0));
            }
            boolean settledHere = ours.status() == TradeStatus.SETTLED;
            if (!statement.pending() && !settledHere) {
                found.add(new Found(
                        BreakKind.TRANSACTION,
                        line.reference(),
                        "status: settled there, " + ours.status() + " here",
                        0,
                        their));
            } else if (statement.pending() && settledHere) {
                found.add(new Found(
                        BreakKind.TRANSACTION,
                        line.reference(),
                        "status: " + (line.status() == null ? "pending" : line.status()) + " there, SETTLED here",
                        ours.quantity(),
                        0));
            }
        }
        for (Trade ours : expected(scope, statement)) {
            if (!listed.contains(ours.id())) {
                found.add(
                        new Found(BreakKind.TRANSACTION, ours.tradeRef(), "missing on their side", ours.quantity(), 0));
            }
        }
        return store(
                actor,
                scope,
                statement.statementReference(),
                statement.transactions().size(),
                found);
    }

    /**
     * The settlement bank's statement (camt.053) against the branch's line 1025 in its currency: the
     * closing balance as of the statement's closing date, and each entry by reference against the
     * movements of that account with the entry's value date. Amounts count in the currency's minor
     * units; an amount finer than that is refused.
     */
    public ReconciliationResult cash(Actor actor, AccountStatement statement) {
        requireReconciler(actor);
        if (statement == null) {
            throw InvalidDocumentException.of("statement", "must be given");
        }
        Scope scope = scope(actor, statement.account(), "account");
        if (scope.depo() != null) {
            throw InvalidDocumentException.of(
                    "account", "must be the firm's account at the settlement bank, not a depo account");
        }
        int scale = scale(statement.currency());
        String number = Books.branchRequest(scope.branch(), Books.SETTLEMENT_CASH, statement.currency())
                .number();
        LocalDate date = statement.closingDate();
        List<Found> found = new ArrayList<>();
        long ours = balanceAsOf(number, date);
        long their = minor(statement.closingBalance(), scale, "closingBalance");
        if (ours != their) {
            found.add(new Found(BreakKind.CASH, statement.currency(), "closing balance", ours, their));
        }
        List<StatementLine> movements = movements(number, statement);
        Set<Integer> used = new HashSet<>();
        for (StatementEntry entry : statement.entries()) {
            long amount = minor(entry.signedAmount(), scale, "entries.amount");
            String reference = reference(entry);
            Set<String> names = names(reference);
            int hit = -1;
            for (int i = 0; i < movements.size(); i++) {
                StatementLine line = movements.get(i);
                if (!used.contains(i)
                        && line.reference() != null
                        && names.contains(line.reference())
                        && line.valueDate().equals(entry.valueDate())) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                found.add(new Found(BreakKind.CASH, reference, "entry missing on our side", 0, amount));
                continue;
            }
            used.add(hit);
            StatementLine line = movements.get(hit);
            // A debit on 1025 (an asset) is money in at the bank: a credit entry on its statement.
            long signed = line.side() == org.backoffice.ledger.Side.DEBIT ? line.amount() : -line.amount();
            if (signed != amount) {
                found.add(new Found(BreakKind.CASH, reference, "entry amount", signed, amount));
            }
        }
        for (int i = 0; i < movements.size(); i++) {
            StatementLine line = movements.get(i);
            if (!used.contains(i) && line.valueDate().equals(date) && line.reference() != null) {
                long signed = line.side() == org.backoffice.ledger.Side.DEBIT ? line.amount() : -line.amount();
                found.add(new Found(BreakKind.CASH, line.reference(), "entry missing on their side", signed, 0));
            }
        }
        return store(
                actor, scope, statement.statementId(), 1 + statement.entries().size(), found);
    }

    /** The entry's own reference, else the bank's reference for it. */
    private static String reference(StatementEntry entry) {
        return StatementEntry.NO_REFERENCE.equals(entry.reference()) && entry.servicerReference() != null
                ? entry.servicerReference()
                : entry.reference();
    }

    /**
     * Reconciles what a statement file holds with the check for its kind: holdings (MT535) against
     * positions, transactions (MT536, MT537) against trades, each cash statement (camt.053) against
     * the settlement bank account.
     */
    public List<ReconciliationResult> reconcile(Actor actor, StatementFile file) {
        return switch (file) {
            case StatementFile.Holdings holdings -> List.of(positions(actor, holdings.statement()));
            case StatementFile.Transactions transactions -> List.of(transactions(actor, transactions.statement()));
            case StatementFile.Cash cash ->
                cash.statements().stream().map(s -> cash(actor, s)).toList();
        };
    }

    /** Gives the break to a user to work on; a controller (or an administrator) assigns. */
    public Break assign(Actor actor, long breakId, String owner) {
        if (!actor.has(Role.CONTROLLER) && !actor.has(Role.ADMINISTRATOR)) {
            throw new SecurityException(actor.username() + " may not assign breaks: a controller does");
        }
        Break found = visible(actor, breakId);
        if (owner == null || platform.users().find(owner).isEmpty()) {
            throw InvalidDocumentException.of("owner", "no such user: " + owner);
        }
        if (found.status() != BreakStatus.OPEN) {
            throw InvalidDocumentException.of("break", "is resolved already");
        }
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "ASSIGN",
                "ReconciliationBreak",
                Long.toString(breakId),
                found.branch(),
                Rows.quoted(found.owner()),
                Rows.quoted(owner));
        platform.change(
                List.of(audit),
                c -> Sql.update(c, "UPDATE sec_breaks SET owner = ? WHERE id = ? AND status = 'OPEN'", owner, breakId));
        return visible(actor, breakId);
    }

    /** Closes the break with a resolution; its owner or a controller resolves. */
    public Break resolve(Actor actor, long breakId, String resolution) {
        Break found = visible(actor, breakId);
        if (!actor.has(Role.CONTROLLER) && !actor.username().equals(found.owner())) {
            throw new SecurityException(
                    actor.username() + " may not resolve break " + breakId + ": its owner or a controller does");
        }
        if (resolution == null || resolution.isBlank()) {
            throw InvalidDocumentException.of("resolution", "must be given");
        }
        if (resolution.length() > 1000) {
            throw InvalidDocumentException.of("resolution", "at most 1000 characters");
        }
        if (found.status() != BreakStatus.OPEN) {
            throw InvalidDocumentException.of("break", "is resolved already");
        }
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, platform.clock().instant());
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "RESOLVE",
                "ReconciliationBreak",
                Long.toString(breakId),
                found.branch(),
                "{\"status\":\"OPEN\"}",
                "{\"status\":\"RESOLVED\",\"resolution\":" + Rows.quoted(resolution.strip()) + "}");
        int changed = platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "UPDATE sec_breaks SET status = 'RESOLVED', resolution = ?, resolved_by = ?, resolved_at = ?"
                                + " WHERE id = ? AND status = 'OPEN'",
                        resolution.strip(),
                        actor.username(),
                        micros,
                        breakId));
        if (changed != 1) {
            throw new IllegalStateException("break " + breakId + " was resolved meanwhile");
        }
        return visible(actor, breakId);
    }

    /** The breaks of the branches the actor sees, oldest first. */
    public List<Break> breaks(Actor actor, BreakFilter filter) {
        BreakFilter f = filter == null ? BreakFilter.all() : filter;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!Sql.branchScope(actor, null, where, args)) {
            return List.of();
        }
        if (f.status() != null) {
            where.append(" AND status = ?");
            args.add(f.status().name());
        }
        if (f.kind() != null) {
            where.append(" AND kind = ?");
            args.add(f.kind().name());
        }
        if (f.owner() != null) {
            where.append(" AND owner = ?");
            args.add(f.owner());
        }
        if (f.account() != null) {
            where.append(" AND account = ?");
            args.add(f.account());
        }
        LocalDate today = today();
        return Sql.query(
                platform.ledger().readers(),
                "SELECT " + BreakRows.COLUMNS + " FROM sec_breaks" + where + " ORDER BY opened_on, id",
                rs -> BreakRows.read(rs, today),
                args.toArray());
    }

    /** Open breaks counted by owner and age bucket (0-1, 2-5, 6-30, over 30 days), with a total row. */
    public ReportTable report(Actor actor) {
        Map<String, long[]> byOwner = new TreeMap<>();
        long[] total = new long[5];
        for (Break b : breaks(actor, BreakFilter.open())) {
            long[] counts = byOwner.computeIfAbsent(b.owner() == null ? "(unassigned)" : b.owner(), k -> new long[5]);
            int bucket = b.ageDays() <= 1 ? 0 : b.ageDays() <= 5 ? 1 : b.ageDays() <= 30 ? 2 : 3;
            counts[bucket]++;
            counts[4]++;
            total[bucket]++;
            total[4]++;
        }
        List<List<Object>> rows = new ArrayList<>();
        byOwner.forEach((owner, counts) -> rows.add(row(owner, counts)));
        return new ReportTable(
                "Open reconciliation breaks",
                List.of("As of " + today()),
                List.of(
                        ReportTable.Column.text("Owner"),
                        ReportTable.Column.amount("0-1 days"),
                        ReportTable.Column.amount("2-5 days"),
                        ReportTable.Column.amount("6-30 days"),
                        ReportTable.Column.amount("over 30 days"),
                        ReportTable.Column.amount("Total")),
                rows,
                List.of(row("Total", total)));
    }

    /** The report in a file format. */
    public byte[] report(Actor actor, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(report(actor), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Object> row(String owner, long[] counts) {
        return List.of(owner, counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private Break visible(Actor actor, long breakId) {
        LocalDate today = today();
        return Sql.one(
                        platform.ledger().readers(),
                        "SELECT " + BreakRows.COLUMNS + " FROM sec_breaks WHERE id = ?",
                        rs -> BreakRows.read(rs, today),
                        breakId)
                .filter(b -> actor.canSee(b.branch()))
                .orElseThrow(() -> InvalidDocumentException.of("break", "no such break: " + breakId));
    }

    private ReconciliationResult store(Actor actor, Scope scope, String statementRef, int compared, List<Found> found) {
        LocalDate today = today();
        Map<String, Found> byKey = new LinkedHashMap<>();
        for (Found f : found) {
            byKey.putIfAbsent(f.key(statementRef, scope.account()), f);
        }
        List<Break> opened = new ArrayList<>();
        int[] known = new int[1];
        if (byKey.isEmpty()) {
            return new ReconciliationResult(statementRef, compared, opened, 0);
        }
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "RECONCILE",
                "Statement",
                statementRef,
                scope.branch(),
                null,
                "{\"account\":" + Rows.quoted(scope.account()) + ",\"differences\":" + byKey.size() + "}");
        platform.change(List.of(audit), c -> {
            Set<String> existing = BreakRows.known(c, new ArrayList<>(byKey.keySet()));
            for (Map.Entry<String, Found> e : byKey.entrySet()) {
                if (existing.contains(e.getKey())) {
                    known[0]++;
                    continue;
                }
                Found f = e.getValue();
                Break b = new Break(
                        platform.ids().next().value(),
                        f.kind(),
                        scope.branch(),
                        scope.account(),
                        f.subject(),
                        f.detail().length() > 200 ? f.detail().substring(0, 200) : f.detail(),
                        f.ours(),
                        f.theirs(),
                        Math.subtractExact(f.theirs(), f.ours()),
                        statementRef,
                        today,
                        0,
                        null,
                        BreakStatus.OPEN,
                        null,
                        null,
                        null);
                BreakRows.insert(c, b, e.getKey());
                opened.add(b);
            }
            return null;
        });
        return new ReconciliationResult(statementRef, compared, opened, known[0]);
    }

    private List<Trade> expected(Scope scope, TransactionStatement statement) {
        StringBuilder sql = new StringBuilder("SELECT id FROM sec_trades WHERE ");
        List<Object> args = new ArrayList<>();
        if (scope.depo() != null) {
            sql.append("depo_account = ?");
            args.add(scope.depo().code());
        } else {
            sql.append("branch = ?");
            args.add(scope.branch());
        }
        Set<TradeStatus> statuses = statement.pending() ? IN_FLIGHT : Set.of(TradeStatus.SETTLED);
        sql.append(" AND status IN (").append(Sql.marks(statuses.size())).append(')');
        statuses.stream().map(Enum::name).sorted().forEach(args::add);
        sql.append(" AND settlement_date >= ? AND settlement_date <= ?");
        // A pending statement lists what was due by its date and has not settled.
        args.add(statement.pending() ? "0000-01-01" : statement.from().toString());
        args.add(statement.to().toString());
        List<Long> ids =
                Sql.query(platform.ledger().readers(), sql + " ORDER BY id", rs -> rs.getLong(1), args.toArray());
        return ids.stream().map(trades::find).flatMap(Optional::stream).toList();
    }

    private List<StatementLine> movements(String number, AccountStatement statement) {
        Optional<BookAccount> account = platform.accounts().account(number);
        if (account.isEmpty()) {
            return List.of();
        }
        LocalDate date = statement.closingDate();
        LocalDate earliest = statement.entries().stream()
                .map(StatementEntry::valueDate)
                .reduce(date, (a, b) -> a.isBefore(b) ? a : b);
        List<StatementLine> out = new ArrayList<>();
        StatementQuery query = StatementQuery.all(account.get().ledgerId(), 1000);
        while (true) {
            StatementPage page = platform.ledger().statement(query);
            for (StatementLine line : page.lines()) {
                if (!line.valueDate().isBefore(earliest) && !line.valueDate().isAfter(date)) {
                    out.add(line);
                }
            }
            if (page.next().isEmpty()) {
                return out;
            }
            query = query.continueAfter(page.next().get());
        }
    }

    /** The entry's reference, and the trade's own reference when it names a trade through an instruction. */
    private Set<String> names(String reference) {
        Set<String> out = new HashSet<>();
        out.add(reference);
        references.tradeId(reference).flatMap(trades::find).ifPresent(t -> out.add(t.tradeRef()));
        return out;
    }

    private long balanceAsOf(String number, LocalDate date) {
        return platform.accounts()
                .account(number)
                .flatMap(a -> platform.ledger().balanceAsOf(a.ledgerId(), date))
                .map(Balance::posted)
                .orElse(0L);
    }

    private long units(Holding holding) {
        if (!holding.nominal()) {
            return whole(holding.quantity(), "holdings.quantity");
        }
        // A face amount counts in units of the instrument's nominal, as the ledger holds bonds.
        Instrument instrument = instruments
                .find(holding.isin())
                .orElseThrow(() -> InvalidDocumentException.of(
                        "holdings.isin", "a face amount of an unknown instrument: " + holding.isin()));
        return whole(holding.quantity().divide(instrument.nominal(), 8, RoundingMode.UNNECESSARY), "holdings.quantity");
    }

    private static long whole(BigDecimal quantity, String field) {
        try {
            return quantity.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw InvalidDocumentException.of(
                    field, "must be a whole number of units, was " + quantity.toPlainString());
        }
    }

    /** The currency's minor units; one the books do not know is refused rather than guessed. */
    private int scale(String currency) {
        return platform.accounts()
                .asset(currency)
                .map(org.backoffice.ledger.Asset::scale)
                .orElseThrow(() -> InvalidDocumentException.of("currency", "is no asset of the books: " + currency));
    }

    private static long minor(BigDecimal amount, int scale, String field) {
        try {
            return amount.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw InvalidDocumentException.of(
                    field, "has more than " + scale + " decimal places, was " + amount.toPlainString());
        }
    }

    private Scope scope(Actor actor, String account, String field) {
        Optional<DepoAccount> depo = depoAccounts.find(account);
        Scope scope;
        if (depo.isPresent()) {
            scope = new Scope(account, depo.get().branch(), depo.get());
        } else {
            String branch = Sql.one(
                            platform.ledger().readers(),
                            "SELECT branch FROM sec_firm_accounts WHERE account = ?",
                            rs -> rs.getString(1),
                            account)
                    .orElseThrow(() -> InvalidDocumentException.of(
                            field, "'" + account + "' is neither a depo account nor a registered firm account"));
            scope = new Scope(account, branch, null);
        }
        if (!actor.canSee(scope.branch())) {
            throw InvalidDocumentException.of(
                    field, "'" + account + "' is kept at a branch not granted to " + actor.username());
        }
        return scope;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(platform.clock().instant(), settings.zone());
    }

    private static void requireReconciler(Actor actor) {
        if (!actor.has(Role.OPERATOR) && !actor.has(Role.CONTROLLER) && !actor.has(Role.ADMINISTRATOR)) {
            throw new SecurityException(actor.username() + " may not reconcile statements");
        }
    }

    /** What a statement's account stands for: one depo account, or the branch of the firm's omnibus account. */
    private record Scope(String account, String branch, DepoAccount depo) {
        String positionNumber(String isin) {
            return depo != null
                    ? Books.positionNumber(depo, isin)
                    : Books.branchRequest(branch, Books.DEPOSITORY, isin).number();
        }

        boolean holds(Trade trade) {
            return depo != null
                    ? trade.depoAccount().equals(depo.code())
                    : trade.branch().equals(branch);
        }
    }
}
