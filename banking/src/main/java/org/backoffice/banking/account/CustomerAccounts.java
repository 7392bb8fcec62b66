package org.backoffice.banking.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.Clients;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.banking.internal.BankGrants;
import org.backoffice.banking.internal.Counters;
import org.backoffice.ledger.AccountClosing;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;

/**
 * Clients' accounts: opening them with an IBAN, freezing and unfreezing, closing at a zero balance.
 * A frozen account takes no posting either way until a controller unfreezes it; a closed account
 * never takes one again, in the bank's books and in the ledger.
 */
public final class CustomerAccounts {
    private static final String NUMBERS = "account_number";

    private final Platform platform;
    private final BankingSettings settings;
    private final Clients clients;
    private final HouseAccounts house;
    private final Clock clock;

    public CustomerAccounts(Platform platform, BankingSettings settings, Clients clients, HouseAccounts house) {
        this.platform = platform;
        this.settings = settings;
        this.clients = clients;
        this.house = house;
        this.clock = platform.clock();
    }

    public CustomerAccount open(Actor actor, OpenCustomerAccount request) {
        return openAll(actor, List.of(request)).get(0);
    }

    /**
     * Opens accounts for clients of the actor's branches, in one go: numbers, book accounts with no
     * overdraft, and the bank's rows with their audit entries.
     */
    public List<CustomerAccount> openAll(Actor actor, List<OpenCustomerAccount> requests) {
        requireClerk(actor);
        Map<Long, Client> owners = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            OpenCustomerAccount request = requests.get(i);
            String at = requests.size() == 1 ? "" : "accounts[" + i + "].";
            Client owner = owners.computeIfAbsent(
                    request.clientId(), id -> clients.find(actor, id).orElse(null));
            if (owner == null) {
                errors.add(new FieldError(at + "clientId", "no client " + request.clientId() + " in your branches"));
            }
            if (!settings.currencies().contains(request.currency())) {
                errors.add(new FieldError(
                        at + "currency",
                        "must be one of " + settings.currencies() + ", was '" + request.currency() + "'"));
            }
            if (settings.products().stream().noneMatch(p -> p.code().equals(request.product()))) {
                errors.add(new FieldError(
                        at + "product",
                        "must be one of "
                                + settings.products().stream()
                                        .map(Product::code)
                                        .toList() + ", was '" + request.product()
                                + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        for (Client owner : owners.values()) {
            house.ensure(owner.branch());
        }
        long first = Counters.allocate(platform, NUMBERS, requests.size());
        LocalDate today = clock.instant().atZone(settings.zone()).toLocalDate();
        List<OpenBookAccount> books = new ArrayList<>(requests.size());
        List<Iban> ibans = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            OpenCustomerAccount request = requests.get(i);
            Client owner = owners.get(request.clientId());
            String number = String.format("%08d", first + i);
            ibans.add(Iban.of(settings.country(), settings.bankCode() + settings.sortCode() + number));
            Product product = settings.product(request.product());
            books.add(new OpenBookAccount(
                    owner.branch(),
                    product.kind().chartCode(),
                    request.currency(),
                    number,
                    truncated(product.name() + " " + owner.name()),
                    BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS));
        }
        // The platform opens book accounts for accountants; the bank's own rule (a clerk of the
        // client's branch) was checked above, and the audit log still names the user.
        Actor opener = new Actor(actor.username(), Set.of(Role.ACCOUNTANT), actor.branches(), actor.allBranches());
        List<BookAccount> opened = platform.accounts().openAll(opener, books);
        List<AuditRecord> audit = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            audit.add(new AuditRecord(
                    actor.username(),
                    "OPEN",
                    "CustomerAccount",
                    ibans.get(i).value(),
                    opened.get(i).branch(),
                    null,
                    "{\"client\":" + requests.get(i).clientId() + ",\"product\":\""
                            + requests.get(i).product() + "\",\"book\":\""
                            + opened.get(i).number() + "\"}"));
        }
        platform.change(audit, c -> {
            try (var insert = c.prepareStatement(
                    "INSERT INTO bank_accounts (iban, client_id, branch, currency, product, book_number, ledger_id,"
                            + " status, opened_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 1)")) {
                for (int i = 0; i < requests.size(); i++) {
                    BookAccount book = opened.get(i);
                    insert.setString(1, ibans.get(i).value());
                    insert.setLong(2, requests.get(i).clientId());
                    insert.setString(3, book.branch());
                    insert.setString(4, book.asset());
                    insert.setString(5, requests.get(i).product());
                    insert.setString(6, book.number());
                    insert.setLong(7, book.ledgerId().value());
                    insert.setString(8, today.toString());
                    insert.addBatch();
                    if ((i + 1) % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
        List<CustomerAccount> result = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            BookAccount book = opened.get(i);
            result.add(new CustomerAccount(
                    ibans.get(i),
                    requests.get(i).clientId(),
                    book.branch(),
                    book.asset(),
                    requests.get(i).product(),
                    book.number(),
                    book.ledgerId().value(),
                    AccountStatus.OPEN,
                    null,
                    today,
                    null,
                    1));
        }
        return result;
    }

    public Optional<CustomerAccount> find(Actor actor, String iban) {
        if (iban == null || Iban.problem(iban) != null) {
            return Optional.empty();
        }
        return Sql.one(
                        platform.ledger().readers(),
                        "SELECT * FROM bank_accounts WHERE iban = ?",
                        AccountDirectory::row,
                        Iban.parse(iban).value())
                .filter(a -> actor.canSee(a.branch()));
    }

    public CustomerAccount get(Actor actor, String iban) {
        String problem = Iban.problem(iban);
        if (problem != null) {
            throw InvalidDocumentException.of("iban", problem);
        }
        return find(actor, iban).orElseThrow(() -> new NoSuchElementException("account " + iban + " not found"));
    }

    public List<CustomerAccount> ofClient(Actor actor, long clientId) {
        clients.get(actor, clientId);
        return Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM bank_accounts WHERE client_id = ? ORDER BY iban",
                AccountDirectory::row,
                clientId);
    }

    /** Accounts of the actor's branches, optionally of one branch and status, by IBAN. */
    public Page<CustomerAccount> list(Actor actor, String branch, AccountStatus status, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!Sql.branchScope(actor, branch, where, args)) {
            return new Page<>(List.of(), page, size, 0);
        }
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status.name());
        }
        return Sql.page(
                platform.ledger().readers(), "bank_accounts" + where, args, "iban", AccountDirectory::row, page, size);
    }

    public Balance balance(Actor actor, String iban) {
        CustomerAccount account = get(actor, iban);
        return platform.ledger().balance(AccountId.of(account.ledgerId())).orElseThrow();
    }

    /** Blocks the account both ways, saying why; an operator, a controller or an accountant may. */
    public CustomerAccount freeze(Actor actor, String iban, String reason) {
        BankGrants.require(platform, actor, BankGrants.ACCOUNT_FREEZE, Action.CREATE, "may not freeze accounts");
        return move(actor, iban, AccountStatus.OPEN, AccountStatus.FROZEN, required(reason), "FREEZE");
    }

    /** Lifts a freeze; only a controller may, so the user who froze an account cannot undo it alone. */
    public CustomerAccount unfreeze(Actor actor, String iban, String reason) {
        BankGrants.require(
                platform,
                actor,
                BankGrants.ACCOUNT_FREEZE,
                Action.REVERSE,
                "may not unfreeze accounts: a controller must");
        return move(actor, iban, AccountStatus.FROZEN, AccountStatus.OPEN, required(reason), "UNFREEZE");
    }

    /**
     * Closes an account whose balance is zero with nothing pending; the ledger account closes with
     * it, so that nothing can post to it again. A controller or an accountant may.
     */
    public CustomerAccount close(Actor actor, String iban, String reason) {
        BankGrants.require(platform, actor, BankGrants.ACCOUNT_CLOSING, Action.CREATE, "may not close accounts");
        CustomerAccount account = get(actor, iban);
        if (account.status() == AccountStatus.CLOSED) {
            throw new IllegalStateException("status: account " + iban + " is already closed");
        }
        if (account.status() == AccountStatus.FROZEN) {
            throw InvalidDocumentException.of("status", "a frozen account must be unfrozen before it is closed");
        }
        String why = required(reason);
        AccountClosing closing = platform.accounts().closeInLedger(AccountId.of(account.ledgerId()));
        if (closing instanceof AccountClosing.Refused refused) {
            throw InvalidDocumentException.of(
                    "balance",
                    "the account can only be closed at a zero balance with" + " nothing pending: " + refused.reason());
        }
        return moved(actor, account, AccountStatus.CLOSED, why, "CLOSE");
    }

    private CustomerAccount move(
            Actor actor, String iban, AccountStatus from, AccountStatus to, String reason, String action) {
        CustomerAccount account = get(actor, iban);
        if (account.status() != from) {
            throw new IllegalStateException(
                    "status: account " + account.iban() + " is " + account.status() + ", not " + from);
        }
        return moved(actor, account, to, reason, action);
    }

    private CustomerAccount moved(
            Actor actor, CustomerAccount account, AccountStatus to, String reason, String action) {
        LocalDate today = clock.instant().atZone(settings.zone()).toLocalDate();
        AuditRecord audit = new AuditRecord(
                actor.username(),
                action,
                "CustomerAccount",
                account.iban().value(),
                account.branch(),
                "{\"status\":\"" + account.status() + "\"}",
                "{\"status\":\"" + to + "\",\"reason\":\""
                        + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        int updated = platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "UPDATE bank_accounts SET status = ?, status_reason = ?, closed_on = ?, version = version + 1"
                                + " WHERE iban = ? AND version = ?",
                        to.name(),
                        reason,
                        to == AccountStatus.CLOSED ? today.toString() : null,
                        account.iban().value(),
                        account.version()));
        if (updated != 1) {
            throw new IllegalStateException("version: account " + account.iban() + " was changed by someone else");
        }
        return get(actor, account.iban().value());
    }

    private void requireClerk(Actor actor) {
        BankGrants.require(platform, actor, BankGrants.CUSTOMER_ACCOUNT, Action.CREATE, "may not open client accounts");
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidDocumentException.of("reason", "must say why");
        }
        if (reason.length() > 200) {
            throw InvalidDocumentException.of("reason", "must be at most 200 characters");
        }
        return reason.strip();
    }

    private static String truncated(String name) {
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
