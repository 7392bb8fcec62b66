package org.backoffice.banking.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.backoffice.banking.account.AccountStatus;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.Iban;
import org.backoffice.platform.jdbc.Sql;

/**
 * Finds clients' accounts by IBAN for the document types, which are made before the database is
 * open: {@link #bind} gives it the read pool. What never changes about an account (its book
 * account, currency, branch) is cached; its status is read afresh, and read again in the
 * posting's own transaction by {@link #statusIn}.
 */
public final class AccountDirectory {
    private volatile DataSource readers;
    private final ConcurrentHashMap<String, CustomerAccount> opened = new ConcurrentHashMap<>();

    public void bind(DataSource dataSource) {
        this.readers = dataSource;
    }

    /** The account as it is now, status included. */
    public Optional<CustomerAccount> find(String iban) {
        if (iban == null || Iban.problem(iban) != null) {
            return Optional.empty();
        }
        String key = Iban.parse(iban).value();
        return Sql.one(readers(), "SELECT * FROM bank_accounts WHERE iban = ?", AccountDirectory::row, key);
    }

    /** The account's unchanging part (book account, currency, branch); its status may be stale. */
    public Optional<CustomerAccount> cached(String iban) {
        if (iban == null || Iban.problem(iban) != null) {
            return Optional.empty();
        }
        String key = Iban.parse(iban).value();
        CustomerAccount hit = opened.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        Optional<CustomerAccount> found = find(key);
        found.ifPresent(a -> opened.put(key, a));
        return found;
    }

    /** The account's status read in the caller's transaction; empty if there is no such account. */
    public static Optional<AccountStatus> statusIn(Connection c, String iban) throws SQLException {
        return Sql.query(c, "SELECT status FROM bank_accounts WHERE iban = ?", rs -> rs.getString(1), iban).stream()
                .findFirst()
                .map(AccountStatus::valueOf);
    }

    /** Why a posting to or from the account must not go ahead now ("field: rule"), or null. */
    public static String refusal(Connection c, String field, String iban) throws SQLException {
        if (Iban.problem(iban) != null) {
            return field + ": " + Iban.problem(iban);
        }
        iban = Iban.parse(iban).value();
        Optional<AccountStatus> status = statusIn(c, iban);
        if (status.isEmpty()) {
            return field + ": no account " + iban + " at this bank";
        }
        return switch (status.get()) {
            case OPEN -> null;
            case FROZEN -> field + ": account " + iban + " is frozen";
            case CLOSED -> field + ": account " + iban + " is closed";
        };
    }

    public static CustomerAccount row(ResultSet rs) throws SQLException {
        String closed = rs.getString("closed_on");
        return new CustomerAccount(
                new Iban(rs.getString("iban")),
                rs.getLong("client_id"),
                rs.getString("branch"),
                rs.getString("currency"),
                rs.getString("product"),
                rs.getString("book_number"),
                rs.getLong("ledger_id"),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                LocalDate.parse(rs.getString("opened_on")),
                closed == null ? null : LocalDate.parse(closed),
                rs.getInt("version"));
    }

    private DataSource readers() {
        DataSource bound = readers;
        if (bound == null) {
            throw new IllegalStateException("the account directory is not bound to a database yet");
        }
        return bound;
    }
}
