package org.backoffice.platform.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.backoffice.ledger.AccountClosing;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.Page;
import org.backoffice.platform.audit.AuditChain;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;

/**
 * Book accounts: opening them in the ledger and in the organisation's register, and reading their
 * balances and statements within the reader's branches.
 */
public final class Accounts implements PostingContext {
    private static final int EXISTENCE_CHUNK = 500;
    private static final int BATCH = 5_000;
    private final Ledger ledger;
    private final DataSource readers;
    private final AuditChain audit;
    private final Clock clock;
    private final TransactionIds ids;
    private final Map<String, BookAccount> byNumber = new ConcurrentHashMap<>();
    private final Map<Long, BookAccount> byLedgerId = new ConcurrentHashMap<>();
    private final Map<String, Asset> assets = new ConcurrentHashMap<>();

    public Accounts(Ledger ledger, AuditChain audit, Clock clock, TransactionIds ids) {
        this.ledger = ledger;
        this.readers = ledger.readers();
        this.audit = audit;
        this.clock = clock;
        this.ids = ids;
    }

    public BookAccount open(Actor actor, OpenBookAccount request) {
        openAll(actor, List.of(request));
        return account(request.number()).orElseThrow();
    }

    /**
     * Opens several accounts: one ledger transaction for the ledger accounts, one for the register.
     *
     * @return the opened accounts, in the order requested
     */
    public List<BookAccount> openAll(Actor actor, List<OpenBookAccount> requests) {
        if (!actor.has(Role.ADMINISTRATOR) && !actor.has(Role.ACCOUNTANT)) {
            throw new SecurityException(actor.username() + " may not open accounts");
        }
        Map<String, ChartAccount> chart = new java.util.HashMap<>();
        Sql.query(
                        readers,
                        "SELECT code, name, kind FROM chart_accounts",
                        rs -> new ChartAccount(
                                rs.getString(1), rs.getString(2), ChartAccount.Kind.valueOf(rs.getString(3))))
                .forEach(c -> chart.put(c.code(), c));
        java.util.Set<String> branches =
                new java.util.HashSet<>(Sql.query(readers, "SELECT code FROM branches", rs -> rs.getString(1)));
        List<OpenAccount> ledgerAccounts = new ArrayList<>();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        java.util.Set<String> existing = existing(requests);
        for (OpenBookAccount request : requests) {
            actor.requireBranch(request.branch());
            Asset asset = asset(request.asset())
                    .orElseThrow(() -> new IllegalArgumentException("asset: '" + request.asset() + "' is not defined"));
            ChartAccount line = chart.get(request.chartCode());
            if (line == null) {
                throw new IllegalArgumentException(
                        "chartCode: '" + request.chartCode() + "' is not in the chart of accounts");
            }
            if (!branches.contains(request.branch())) {
                throw new IllegalArgumentException("branch: '" + request.branch() + "' does not exist");
            }
            if (!numbers.add(request.number()) || existing.contains(request.number())) {
                throw new IllegalStateException("number: account " + request.number() + " is already open");
            }
            ledgerAccounts.add(new OpenAccount(
                    AccountId.of(ids.next().value()),
                    line.code(),
                    asset.code(),
                    request.branch(),
                    line.kind().normalSide(),
                    request.limit(),
                    0));
        }
        // The ledger accounts first: if the register's rows then failed, unused ledger accounts are all that is left.
        ledger.openAccounts(ledgerAccounts);
        long now = Micros.now(clock);
        ledger.change(c -> {
            List<AuditRecord> records = new ArrayList<>(requests.size());
            try (java.sql.PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO accounts (number, ledger_id, branch, chart_code, asset, name, balance_limit,"
                            + " opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < requests.size(); i++) {
                    OpenBookAccount request = requests.get(i);
                    insert.setString(1, request.number());
                    insert.setLong(2, ledgerAccounts.get(i).id().value());
                    insert.setString(3, request.branch());
                    insert.setString(4, request.chartCode());
                    insert.setString(5, request.asset());
                    insert.setString(6, request.name());
                    insert.setString(7, request.limit().name());
                    insert.setLong(8, now);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            for (int i = 0; i < requests.size(); i++) {
                OpenBookAccount request = requests.get(i);
                records.add(new AuditRecord(
                        actor.username(),
                        "OPEN",
                        "Account",
                        request.number(),
                        request.branch(),
                        null,
                        "{\"number\":\"" + request.number() + "\",\"chartCode\":\"" + request.chartCode()
                                + "\",\"asset\":\"" + request.asset() + "\",\"limit\":\"" + request.limit() + "\"}"));
            }
            audit.append(c, now, records);
            return null;
        });
        List<BookAccount> opened = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            OpenBookAccount request = requests.get(i);
            opened.add(new BookAccount(
                    request.number(),
                    ledgerAccounts.get(i).id(),
                    request.branch(),
                    request.chartCode(),
                    request.asset(),
                    request.name(),
                    request.limit()));
        }
        return opened;
    }

    /**
     * Which of the requested numbers are open already: one query per few hundred numbers rather than
     * one per account, so that opening a million accounts in chunks stays feasible.
     */
    private java.util.Set<String> existing(List<OpenBookAccount> requests) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> numbers = requests.stream().map(OpenBookAccount::number).toList();
        for (int from = 0; from < numbers.size(); from += EXISTENCE_CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + EXISTENCE_CHUNK));
            found.addAll(Sql.query(
                    readers,
                    "SELECT number FROM accounts WHERE number IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> rs.getString(1),
                    chunk.toArray()));
        }
        return found;
    }

    @Override
    public Optional<BookAccount> account(String number) {
        BookAccount cached = byNumber.get(number);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<BookAccount> found =
                Sql.one(readers, "SELECT * FROM accounts WHERE number = ?", Accounts::row, number);
        found.ifPresent(a -> byNumber.put(number, a));
        return found;
    }

    /** The book account kept on a ledger account, e.g. to name the counter account of a statement line. */
    public Optional<BookAccount> byLedgerId(AccountId id) {
        BookAccount cached = byLedgerId.get(id.value());
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<BookAccount> found =
                Sql.one(readers, "SELECT * FROM accounts WHERE ledger_id = ?", Accounts::row, id.value());
        found.ifPresent(a -> byLedgerId.put(id.value(), a));
        return found;
    }

    /**
     * A module's asset (an instrument, an item of goods) joins the ledger; an asset defined before
     * with the same scale is left as it is, one with another scale is refused, naming the field.
     */
    public Asset defineAsset(Asset asset) {
        Optional<Asset> defined = ledger.asset(asset.code());
        if (defined.isEmpty()) {
            ledger.defineAsset(asset);
            return asset;
        }
        if (defined.get().scale() != asset.scale()) {
            throw InvalidDocumentException.of(
                    "unitScale",
                    "the ledger counts " + asset.code().value() + " with "
                            + defined.get().scale() + " decimals, not " + asset.scale());
        }
        return defined.get();
    }

    /**
     * Closes a module's account in the ledger (a customer's account, a depot): refused unless its
     * balance is zero with nothing pending.
     */
    public AccountClosing closeInLedger(AccountId id) {
        return ledger.closeAccount(id);
    }

    @Override
    public Optional<Asset> asset(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Asset cached = assets.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Asset> found;
        try {
            found = ledger.asset(AssetCode.of(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        found.ifPresent(a -> assets.put(code, a));
        return found;
    }

    /** The account if the actor may see its branch; otherwise as if it did not exist. */
    public BookAccount visible(Actor actor, String number) {
        return account(number)
                .filter(a -> actor.canSee(a.branch()))
                .orElseThrow(() -> new NoSuchElementException("account " + number + " not found"));
    }

    public Page<BookAccount> list(Actor actor, String branch, String asset, int page, int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("size: must be within 1..1000, page 0 or more");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!Sql.branchScope(actor, branch, where, args)) {
            return new Page<>(List.of(), page, size, 0);
        }
        if (asset != null && !asset.isBlank()) {
            where.append(" AND asset = ?");
            args.add(asset);
        }
        return Sql.page(readers, "accounts" + where, args, "number", Accounts::row, page, size);
    }

    public Balance balance(Actor actor, String number, LocalDate asOf) {
        BookAccount account = visible(actor, number);
        return (asOf == null ? ledger.balance(account.ledgerId()) : ledger.balanceAsOf(account.ledgerId(), asOf))
                .orElseThrow(() -> new IllegalStateException("account " + number + " is missing from the ledger"));
    }

    public StatementPage statement(Actor actor, String number, StatementQuery query) {
        BookAccount account = visible(actor, number);
        if (!query.account().equals(account.ledgerId())) {
            throw new IllegalArgumentException("account: the query names another account");
        }
        return ledger.statement(query);
    }

    /** A row of the register as a book account; {@link Reports} reads the register too. */
    static BookAccount row(ResultSet rs) throws SQLException {
        return new BookAccount(
                rs.getString("number"),
                AccountId.of(rs.getLong("ledger_id")),
                rs.getString("branch"),
                rs.getString("chart_code"),
                rs.getString("asset"),
                rs.getString("name"),
                BalanceLimit.valueOf(rs.getString("balance_limit")));
    }
}
