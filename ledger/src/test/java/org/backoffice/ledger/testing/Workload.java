package org.backoffice.ledger.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;

/**
 * Transfers over a set of overlapping accounts in two assets, some of them with no-overdraft or
 * no-negative limits so that many transfers are refused. A transfer is a function of its id alone,
 * so that any thread or process can submit (or retry) the transfer of any id and know what it holds.
 */
public final class Workload {
    public static final LocalDate VALUE_DATE = LocalDate.of(2026, 1, 15);
    private static final String[] ASSETS = {"USD", "EUR"};

    private final int accounts;
    private final List<List<Long>> accountsOfAsset = List.of(new ArrayList<>(), new ArrayList<>());

    /** Accounts 1..{@code accounts}; odd ones hold USD, even ones EUR. */
    public Workload(int accounts) {
        if (accounts < 6) {
            throw new IllegalArgumentException("accounts: at least 6, was " + accounts);
        }
        this.accounts = accounts;
        for (long id = 1; id <= accounts; id++) {
            accountsOfAsset.get(assetIndex(id)).add(id);
        }
    }

    public void open(Ledger ledger) {
        ledger.defineAsset(Asset.currency("USD", 2));
        ledger.defineAsset(Asset.currency("EUR", 2));
        for (long id = 1; id <= accounts; id++) {
            ledger.openAccount(account(id));
        }
    }

    /** Every third account allows no overdraft (every ninth a small one), every fifth no negative balance. */
    public OpenAccount account(long id) {
        AssetCode asset = AssetCode.of(ASSETS[assetIndex(id)]);
        if (id % 3 == 0) {
            return new OpenAccount(
                    AccountId.of(id),
                    "2010." + id,
                    asset,
                    "client " + id,
                    Side.CREDIT,
                    BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS,
                    id % 9 == 0 ? 50_000 : 0);
        }
        if (id % 5 == 0) {
            return new OpenAccount(
                    AccountId.of(id),
                    "1010." + id,
                    asset,
                    "vault " + id,
                    Side.DEBIT,
                    BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS,
                    0);
        }
        return new OpenAccount(
                AccountId.of(id), "3010." + id, asset, "clearing " + id, Side.DEBIT, BalanceLimit.NONE, 0);
    }

    /** The transfer of {@code id}: one to three postings, in one asset or both. */
    public Transfer transfer(long id) {
        SplittableRandom random = new SplittableRandom(id * 0x9E3779B97F4A7C15L);
        int count = 1 + random.nextInt(3);
        List<Posting> postings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Long> candidates = accountsOfAsset.get(random.nextInt(2));
            int debit = random.nextInt(candidates.size());
            int credit = (debit + 1 + random.nextInt(candidates.size() - 1)) % candidates.size();
            long debitId = candidates.get(debit);
            postings.add(new Posting(
                    AccountId.of(debitId),
                    AccountId.of(candidates.get(credit)),
                    AssetCode.of(ASSETS[assetIndex(debitId)]),
                    1 + random.nextInt(100_000)));
        }
        return new Transfer(TransactionId.of(id), VALUE_DATE, postings, false, null, Memo.NONE);
    }

    /** A transfer of {@code id} between accounts without limits: one that nothing can refuse but its id. */
    public Transfer unlimitedTransfer(long id) {
        SplittableRandom random = new SplittableRandom(id * 0x9E3779B97F4A7C15L);
        List<Long> candidates = new ArrayList<>();
        for (long account : accountsOfAsset.get(random.nextInt(2))) {
            if (account(account).limit() == BalanceLimit.NONE) {
                candidates.add(account);
            }
        }
        int debit = random.nextInt(candidates.size());
        int credit = (debit + 1 + random.nextInt(candidates.size() - 1)) % candidates.size();
        long debitId = candidates.get(debit);
        Posting posting = new Posting(
                AccountId.of(debitId),
                AccountId.of(candidates.get(credit)),
                AssetCode.of(ASSETS[assetIndex(debitId)]),
                1 + random.nextInt(100_000));
        return new Transfer(TransactionId.of(id), VALUE_DATE, List.of(posting), false, null, Memo.NONE);
    }

    /** Another transfer under the same id: a reuse of the id that the ledger must refuse if the first is in. */
    public Transfer otherContent(long id) {
        return transfer(id).withMemo(Memo.reference("OTHER-" + id));
    }

    private static int assetIndex(long accountId) {
        return (int) (accountId % 2 == 1 ? 0 : 1);
    }
}
