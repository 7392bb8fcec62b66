package org.backoffice.ledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TrialBalance;

/**
 * The invariants every ledger keeps whatever was submitted to it, checked against what the database
 * holds: debits equal credits per asset, no limit is crossed, every stored transaction is whole, and
 * every balance is the sum of its postings.
 */
public final class LedgerInvariants {
    private static final int DEBITS_PR = 0, CREDITS_PR = 1, DEBITS_PE = 2, CREDITS_PE = 3;

    private LedgerInvariants() {}

    /** An account as the database holds it. */
    public record StoredAccount(long id, String asset, BalanceLimit limit, long overdraftLimit) {}

    /** A posting as the database holds it. */
    public record StoredPosting(long transactionId, int index, int kind, long debit, long credit, long amount) {}

    /** A transaction with its postings in index order, as the database holds it. */
    public record StoredTransaction(
            long id, TransactionKind kind, long pendingId, long reversesId, List<StoredPosting> postings) {}

    /** What the database holds, read in one go. */
    public record Snapshot(Map<Long, StoredAccount> accounts, Map<Long, StoredTransaction> transactions) {}

    /** Checks every invariant and returns what was read, for further checks by the caller. */
    public static Snapshot assertHold(Ledger ledger, String url) {
        Snapshot snapshot = read(url);
        Map<Long, long[]> raw = ledger.rawBalances();
        assertThat(raw.keySet())
                .as("balance rows")
                .isEqualTo(snapshot.accounts().keySet());
        assertDebitsEqualCreditsPerAsset(raw, snapshot.accounts());
        assertNoLimitCrossed(raw, snapshot.accounts());
        assertTransactionsWhole(snapshot);
        assertBalancesAreSumsOfPostings(raw, snapshot);
        assertTrialBalanceBalances(ledger.trialBalance(), raw);
        return snapshot;
    }

    public static void assertDebitsEqualCreditsPerAsset(Map<Long, long[]> raw, Map<Long, StoredAccount> accounts) {
        Map<String, long[]> perAsset = new TreeMap<>();
        raw.forEach((id, b) -> {
            long[] sums = perAsset.computeIfAbsent(accounts.get(id).asset(), a -> new long[4]);
            for (int i = 0; i < 4; i++) {
                sums[i] = Math.addExact(sums[i], b[i]);
            }
        });
        perAsset.forEach((asset, sums) -> {
            assertThat(sums[DEBITS_PR])
                    .as("posted debits = posted credits of %s", asset)
                    .isEqualTo(sums[CREDITS_PR]);
            assertThat(sums[DEBITS_PE])
                    .as("pending debits = pending credits of %s", asset)
                    .isEqualTo(sums[CREDITS_PE]);
        });
    }

    public static void assertNoLimitCrossed(Map<Long, long[]> raw, Map<Long, StoredAccount> accounts) {
        raw.forEach((id, b) -> {
            StoredAccount account = accounts.get(id);
            switch (account.limit()) {
                case NONE -> {}
                case DEBITS_MUST_NOT_EXCEED_CREDITS ->
                    assertThat(b[DEBITS_PR] + b[DEBITS_PE])
                            .as("debits of account %d (posted + pending)", id)
                            .isLessThanOrEqualTo(b[CREDITS_PR] + account.overdraftLimit());
                case CREDITS_MUST_NOT_EXCEED_DEBITS ->
                    assertThat(b[CREDITS_PR] + b[CREDITS_PE])
                            .as("credits of account %d (posted + pending)", id)
                            .isLessThanOrEqualTo(b[DEBITS_PR] + account.overdraftLimit());
            }
            for (int i = 0; i < 4; i++) {
                assertThat(b[i]).as("balance column %d of account %d", i, id).isNotNegative();
            }
        });
    }

    /** Each transaction has all its postings (indexes 0..n-1) of its own kind, and only movements have postings. */
    public static void assertTransactionsWhole(Snapshot snapshot) {
        Set<Long> resolved = new HashSet<>();
        Set<Long> reversed = new HashSet<>();
        for (StoredTransaction t : snapshot.transactions().values()) {
            boolean moves = t.kind() != TransactionKind.VOID_PENDING && t.kind() != TransactionKind.EXPIRY;
            assertThat(t.postings().isEmpty())
                    .as("transaction %d (%s) without postings", t.id(), t.kind())
                    .isEqualTo(!moves);
            for (int i = 0; i < t.postings().size(); i++) {
                StoredPosting p = t.postings().get(i);
                assertThat(p.index())
                        .as("posting indexes of transaction %d", t.id())
                        .isEqualTo(i);
                assertThat(p.kind())
                        .as("posting kind of transaction %d", t.id())
                        .isEqualTo(t.kind().code());
                assertThat(p.amount())
                        .as("posting amount of transaction %d", t.id())
                        .isPositive();
                assertThat(snapshot.accounts().get(p.debit()).asset())
                        .as("assets of the accounts of posting %d of transaction %d", i, t.id())
                        .isEqualTo(snapshot.accounts().get(p.credit()).asset());
            }
            if (t.pendingId() != 0) {
                assertThat(resolved.add(t.pendingId()))
                        .as("pending %d resolved once", t.pendingId())
                        .isTrue();
                assertThat(snapshot.transactions().get(t.pendingId()))
                        .as("pending transfer %d resolved by %d", t.pendingId(), t.id())
                        .isNotNull()
                        .extracting(StoredTransaction::kind)
                        .isEqualTo(TransactionKind.PENDING);
            }
            if (t.reversesId() != 0) {
                assertThat(reversed.add(t.reversesId()))
                        .as("transaction %d reversed once", t.reversesId())
                        .isTrue();
                assertThat(snapshot.transactions().get(t.reversesId()).kind().posts())
                        .as("transaction %d reversed by %d moved posted balances", t.reversesId(), t.id())
                        .isTrue();
            }
        }
    }

    public static void assertBalancesAreSumsOfPostings(Map<Long, long[]> raw, Snapshot snapshot) {
        Map<Long, long[]> sums = sumsOfPostings(snapshot);
        raw.forEach((id, b) -> assertThat(b)
                .as("balance of account %d against its postings", id)
                .containsExactly(sums.getOrDefault(id, new long[4])));
    }

    /** Posted and pending totals per account, from the postings alone. */
    public static Map<Long, long[]> sumsOfPostings(Snapshot snapshot) {
        Set<Long> resolved = new HashSet<>();
        for (StoredTransaction t : snapshot.transactions().values()) {
            if (t.pendingId() != 0) {
                resolved.add(t.pendingId());
            }
        }
        Map<Long, long[]> sums = new HashMap<>();
        for (StoredTransaction t : snapshot.transactions().values()) {
            int debitColumn;
            if (t.kind() == TransactionKind.PENDING) {
                if (resolved.contains(t.id())) {
                    continue;
                }
                debitColumn = DEBITS_PE;
            } else {
                debitColumn = DEBITS_PR;
            }
            for (StoredPosting p : t.postings()) {
                long[] debit = sums.computeIfAbsent(p.debit(), k -> new long[4]);
                long[] credit = sums.computeIfAbsent(p.credit(), k -> new long[4]);
                debit[debitColumn] = Math.addExact(debit[debitColumn], p.amount());
                credit[debitColumn + 1] = Math.addExact(credit[debitColumn + 1], p.amount());
            }
        }
        return sums;
    }

    public static void assertTrialBalanceBalances(TrialBalance trialBalance, Map<Long, long[]> raw) {
        assertThat(trialBalance.isBalanced())
                .as("trial balance %s", trialBalance.totals())
                .isTrue();
        assertThat(trialBalance.lines()).hasSize(raw.size());
        for (TrialBalance.Line line : trialBalance.lines()) {
            long[] b = raw.get(line.account().value());
            assertThat(line.debit() - line.credit())
                    .as("trial balance line of account %s", line.account())
                    .isEqualTo(b[DEBITS_PR] - b[CREDITS_PR]);
        }
    }

    /** Reads every account, transaction and posting. */
    public static Snapshot read(String url) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            Map<Long, StoredAccount> accounts = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT a.id, a.asset_code, a.balance_limit, b.overdraft_limit"
                    + " FROM ledger_accounts a JOIN ledger_balances b ON b.account_id = a.id")) {
                while (rs.next()) {
                    accounts.put(
                            rs.getLong(1),
                            new StoredAccount(rs.getLong(1), rs.getString(2), limit(rs.getInt(3)), rs.getLong(4)));
                }
            }
            Map<Long, List<StoredPosting>> postings = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT transaction_id, posting_index, kind, debit_account_id,"
                    + " credit_account_id, amount FROM ledger_postings ORDER BY transaction_id, posting_index")) {
                while (rs.next()) {
                    postings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StoredPosting(
                                    rs.getLong(1),
                                    rs.getInt(2),
                                    rs.getInt(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6)));
                }
            }
            Map<Long, StoredTransaction> transactions = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, kind, pending_id, reverses_id FROM ledger_transactions")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    transactions.put(
                            id,
                            new StoredTransaction(
                                    id,
                                    TransactionKind.ofCode(rs.getInt(2)),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    postings.getOrDefault(id, List.of())));
                }
            }
            Set<Long> orphans = new HashSet<>(postings.keySet());
            orphans.removeAll(transactions.keySet());
            assertThat(orphans).as("postings without their transaction").isEmpty();
            return new Snapshot(accounts, transactions);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the ledger for its invariants: " + e.getMessage(), e);
        }
    }

    private static BalanceLimit limit(int code) {
        return switch (code) {
            case 0 -> BalanceLimit.NONE;
            case 1 -> BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS;
            case 2 -> BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS;
            default -> throw new IllegalStateException("unknown balance limit code " + code);
        };
    }
}
