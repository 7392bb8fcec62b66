package org.backoffice.banking.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.banking.BankingSettings;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.Branch;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.Actor;

/**
 * The bank's own accounts that its operations post against, opened for a branch the first time it
 * needs them: suspense, interest, fees, cash differences and the vault in every branch; clearing,
 * the settlement account and the currency position at head office, where treasury keeps them.
 */
public final class HouseAccounts {
    public static final String VAULT = "1040";
    public static final String SETTLEMENT = "1030";
    public static final String CLEARING_RECEIVABLE = "1050";
    public static final String CURRENCY_POSITION = "1530";
    public static final String INTERBRANCH = "1910";
    public static final String CLEARING_PAYABLE = "2050";
    public static final String INTEREST_PAYABLE = "2510";
    public static final String SUSPENSE = "2910";
    public static final String INTEREST_INCOME = "4010";
    public static final String FEE_INCOME = "4020";
    public static final String CASH_SURPLUS = "4030";
    public static final String INTEREST_EXPENSE = "5010";
    public static final String CASH_SHORTAGE = "5040";

    private static final Actor SYSTEM = Actor.system("banking");

    private final Platform platform;
    private final BankingSettings settings;
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    public HouseAccounts(Platform platform, BankingSettings settings) {
        this.platform = platform;
        this.settings = settings;
    }

    /** The book account number of a house account: {@code B1-2910-USD}. */
    public static String number(String branch, String chartCode, String currency) {
        return branch + "-" + chartCode + "-" + currency;
    }

    /** Head office's code: the branch where clearing, settlement and the currency position are kept. */
    public String headOffice() {
        return platform.organisation().branches().stream()
                .filter(Branch::headOffice)
                .map(Branch::code)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the organisation has no head office branch"));
    }

    /** Opens the house accounts the branch (and head office) lacks; cheap once they exist. */
    public synchronized void ensure(String branch) {
        if (ready.contains(branch)) {
            return;
        }
        String head = headOffice();
        List<OpenBookAccount> missing = new ArrayList<>();
        for (String currency : settings.currencies()) {
            addIfMissing(missing, branch, SUSPENSE, currency, "Suspense", BalanceLimit.NONE);
            addIfMissing(missing, branch, INTEREST_PAYABLE, currency, "Interest payable to clients", BalanceLimit.NONE);
            addIfMissing(missing, branch, INTEREST_EXPENSE, currency, "Interest expense", BalanceLimit.NONE);
            addIfMissing(missing, branch, INTEREST_INCOME, currency, "Interest income", BalanceLimit.NONE);
            addIfMissing(missing, branch, FEE_INCOME, currency, "Fee and commission income", BalanceLimit.NONE);
            addIfMissing(missing, branch, INTERBRANCH, currency, "Interbranch settlements", BalanceLimit.NONE);
            addIfMissing(missing, branch, VAULT, currency, "Vault", BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS);
            addIfMissing(missing, branch, CASH_SURPLUS, currency, "Cash surplus", BalanceLimit.NONE);
            addIfMissing(missing, branch, CASH_SHORTAGE, currency, "Cash shortage", BalanceLimit.NONE);
            addIfMissing(
                    missing, head, SETTLEMENT, currency, "Settlement account at the clearing house", BalanceLimit.NONE);
            addIfMissing(
                    missing, head, CLEARING_RECEIVABLE, currency, "Clearing: incoming payments", BalanceLimit.NONE);
            addIfMissing(missing, head, CLEARING_PAYABLE, currency, "Clearing: outgoing payments", BalanceLimit.NONE);
            addIfMissing(missing, head, CURRENCY_POSITION, currency, "Currency position", BalanceLimit.NONE);
        }
        if (!missing.isEmpty()) {
            platform.accounts().openAll(SYSTEM, missing);
        }
        ready.add(branch);
    }

    private void addIfMissing(
            List<OpenBookAccount> missing,
            String branch,
            String chart,
            String currency,
            String name,
            BalanceLimit limit) {
        String number = number(branch, chart, currency);
        boolean listed = missing.stream().anyMatch(m -> m.number().equals(number));
        if (!listed && platform.accounts().account(number).isEmpty()) {
            missing.add(new OpenBookAccount(branch, chart, currency, null, name + " (" + currency + ")", limit));
        }
    }
}
