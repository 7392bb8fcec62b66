package org.backoffice.ledger.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetKind;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.internal.store.BatchStore.Codes;

/**
 * Changes outside the posting path: assets, opening and closing accounts, closing periods. Each
 * runs on the writer's connection in a transaction of its own, between batches.
 */
public final class LedgerAdmin {
    private final boolean rowLocks;

    public LedgerAdmin(Database.Vendor vendor) {
        this.rowLocks = vendor == Database.Vendor.POSTGRESQL;
    }

    /** Defines an asset; defining it again the same way changes nothing. */
    public void defineAsset(Connection c, Asset asset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, scale FROM ledger_assets WHERE code = ?")) {
            ps.setString(1, asset.code().value());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Asset stored = new Asset(asset.code(), AssetKind.valueOf(rs.getString(1)), rs.getInt(2));
                    if (!stored.equals(asset)) {
                        throw new IllegalArgumentException(
                                "asset: " + asset.code() + " is already defined as " + stored.kind() + " with scale "
                                        + stored.scale() + "; an asset's scale is fixed once defined");
                    }
                    return;
                }
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO ledger_assets (code, kind, scale) VALUES (?, ?, ?)")) {
            ps.setString(1, asset.code().value());
            ps.setString(2, asset.kind().name());
            ps.setInt(3, asset.scale());
            ps.executeUpdate();
        }
    }

    /** Opens an account; opening it again with the same attributes changes nothing. */
    public void openAccount(Connection c, OpenAccount account, long nowMicros) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ledger_assets WHERE code = ?")) {
            ps.setString(1, account.asset().value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("asset: " + account.asset() + " is not defined");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.code, a.asset_code, a.owner, a.normal_side,"
                + " a.balance_limit, b.overdraft_limit FROM ledger_accounts a JOIN ledger_balances b"
                + " ON b.account_id = a.id WHERE a.id = ?")) {
            ps.setLong(1, account.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    boolean same = rs.getString(1).equals(account.code())
                            && rs.getString(2).equals(account.asset().value())
                            && rs.getString(3).equals(account.owner())
                            && Codes.side(rs.getString(4)) == account.normalSide()
                            && Codes.limit(rs.getInt(5)) == account.limit()
                            && rs.getLong(6) == account.overdraftLimit();
                    if (!same) {
                        throw new IllegalArgumentException(
                                "id: account " + account.id() + " already exists with other attributes");
                    }
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_accounts (id, code, asset_code, owner,"
                + " normal_side, balance_limit, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, account.id().value());
            ps.setString(2, account.code());
            ps.setString(3, account.asset().value());
            ps.setString(4, account.owner());
            ps.setString(5, Codes.code(account.normalSide()));
            ps.setInt(6, Codes.code(account.limit()));
            ps.setLong(7, nowMicros);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_balances (account_id, debits_posted,"
                + " credits_posted, debits_pending, credits_pending, overdraft_limit, last_booked_at, closed)"
                + " VALUES (?, 0, 0, 0, 0, ?, 0, 0)")) {
            ps.setLong(1, account.id().value());
            ps.setLong(2, account.overdraftLimit());
            ps.executeUpdate();
        }
    }

    /**
     * Closes an account whose posted and pending balances are all settled to zero.
     *
     * @return null when closed (or already closed), else why it cannot be
     */
    public String closeAccount(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT debits_posted, credits_posted, debits_pending,"
                + " credits_pending, closed FROM ledger_balances WHERE account_id = ?"
                + (rowLocks ? " FOR UPDATE" : ""))) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("accountId: account " + accountId + " does not exist");
                }
                if (rs.getInt(5) != 0) {
                    return null;
                }
                if (rs.getLong(1) != rs.getLong(2)) {
                    return "account " + accountId + " has a posted balance of " + (rs.getLong(1) - rs.getLong(2))
                            + " (debits minus credits); only a zero balance can be closed";
                }
                if (rs.getLong(3) != 0 || rs.getLong(4) != 0) {
                    return "account " + accountId + " has pending transfers; post or void them first";
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_balances SET closed = 1 WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            ps.executeUpdate();
        }
        return null;
    }

    /**
     * Closes the period ending on {@code periodEnd} (yyyymmdd) and snapshots every account's posted
     * balance as of that day.
     */
    public void closePeriod(Connection c, int periodEnd, int today, long nowMicros) throws SQLException {
        int closedThrough;
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT closed_through FROM ledger_state WHERE id = 1" + (rowLocks ? " FOR UPDATE" : ""));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            closedThrough = rs.getInt(1);
        }
        if (periodEnd <= closedThrough) {
            throw new IllegalArgumentException(
                    "periodEnd: must be after the end of the last closed period, " + closedThrough);
        }
        if (periodEnd >= today) {
            throw new IllegalArgumentException("periodEnd: must be before today, " + today + ", was " + periodEnd);
        }
        Map<Long, long[]> balances = new HashMap<>();
        if (closedThrough > 0) {
            try (PreparedStatement ps = c.prepareStatement("SELECT account_id, debits_posted, credits_posted"
                    + " FROM ledger_balance_snapshots WHERE period_end = ?")) {
                ps.setInt(1, closedThrough);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        balances.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
        }
        for (int side = 0; side < 2; side++) {
            String column = side == 0 ? "debit_account_id" : "credit_account_id";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", SUM(amount) FROM ledger_postings"
                    + " WHERE kind <> 2 AND value_date > ? AND value_date <= ? GROUP BY " + column)) {
                ps.setInt(1, closedThrough);
                ps.setInt(2, periodEnd);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long[] b = balances.computeIfAbsent(rs.getLong(1), k -> new long[2]);
                        b[side] = Math.addExact(b[side], rs.getLong(2));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_state SET closed_through = ? WHERE id = 1")) {
            ps.setInt(1, periodEnd);
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO ledger_closed_periods (period_end, closed_at) VALUES (?, ?)")) {
            ps.setInt(1, periodEnd);
            ps.setLong(2, nowMicros);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_balance_snapshots (period_end, account_id,"
                + " debits_posted, credits_posted) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, long[]> e : balances.entrySet()) {
                ps.setInt(1, periodEnd);
                ps.setLong(2, e.getKey());
                ps.setLong(3, e.getValue()[0]);
                ps.setLong(4, e.getValue()[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
