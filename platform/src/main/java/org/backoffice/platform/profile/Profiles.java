package org.backoffice.platform.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.amount.CurrencyAssets;
import org.backoffice.platform.check.Consistency;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.journal.OpeningBalances;
import org.backoffice.platform.organisation.ChartAccount;
import org.backoffice.platform.organisation.ChartAccount.Kind;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;

/** The profiles an installation can be prepared with: {@code backoffice init --profile NAME}. */
public final class Profiles {
    public static final String BANK = "bank";
    public static final String BROKER = "broker";
    /** Journal vouchers from this amount up need a second user's approval. */
    public static final BigDecimal BANK_JOURNAL_THRESHOLD = new BigDecimal("10000.00");

    private Profiles() {}

    public static List<String> names() {
        return List.of(BANK, BROKER);
    }

    /** The platform's own profiles; modules above it offer theirs through {@code PlatformConfig.withProfiles}. */
    public static List<Profile> all() {
        return List.of(bank(), broker());
    }

    public static Profile named(String name) {
        if (BANK.equals(name)) {
            return bank();
        }
        if (BROKER.equals(name)) {
            return broker();
        }
        throw new IllegalArgumentException("profile: must be one of " + names() + ", was '" + name + "'");
    }

    /** Every profile keeps dollars, euros and sterling; yen (no decimals) and dinars (three) may be booked too. */
    private static List<Asset> currencies() {
        return Stream.of("USD", "EUR", "GBP", "JPY", "BHD")
                .map(CurrencyAssets::of)
                .toList();
    }

    public static Profile bank() {
        return new Profile(
                BANK,
                "A bank: head office and branches, customer accounts, cash, correspondent accounts",
                currencies(),
                List.of(
                        new ChartAccount("1010", "Cash on hand", Kind.ASSET),
                        new ChartAccount("1020", "Correspondent accounts (nostro)", Kind.ASSET),
                        new ChartAccount("1210", "Loans to customers", Kind.ASSET),
                        new ChartAccount("1510", "Interest receivable", Kind.ASSET),
                        new ChartAccount("1910", "Interbranch settlements", Kind.ASSET),
                        new ChartAccount("2010", "Customer current accounts", Kind.LIABILITY),
                        new ChartAccount("2020", "Customer deposits", Kind.LIABILITY),
                        new ChartAccount("2910", "Suspense", Kind.LIABILITY),
                        new ChartAccount("3010", "Share capital", Kind.EQUITY),
                        new ChartAccount("3020", "Retained earnings", Kind.EQUITY),
                        new ChartAccount("4010", "Interest income", Kind.INCOME),
                        new ChartAccount("4020", "Fee and commission income", Kind.INCOME),
                        new ChartAccount("5010", "Interest expense", Kind.EXPENSE),
                        new ChartAccount("5020", "Staff costs", Kind.EXPENSE),
                        new ChartAccount("5030", "Operating expenses", Kind.EXPENSE)),
                List.of(new JournalVoucherKind()),
                List.of(journalApproval()),
                journalPermissions());
    }

    /**
     * A broker's own books: cash at banks, clients' money, capital, fees and costs. The securities
     * module adds the custody and settlement accounts and its document types.
     */
    public static Profile broker() {
        return new Profile(
                BROKER,
                "A broker: clients' safekeeping and money accounts, trades, settlement with depositories",
                currencies(),
                List.of(
                        new ChartAccount("1010", "Cash on hand", Kind.ASSET),
                        new ChartAccount("1020", "Correspondent accounts (nostro)", Kind.ASSET),
                        new ChartAccount("1910", "Interbranch settlements", Kind.ASSET),
                        new ChartAccount("2010", "Client current accounts", Kind.LIABILITY),
                        new ChartAccount("2910", "Suspense", Kind.LIABILITY),
                        new ChartAccount("3010", "Share capital", Kind.EQUITY),
                        new ChartAccount("3020", "Retained earnings", Kind.EQUITY),
                        new ChartAccount("4020", "Fee and commission income", Kind.INCOME),
                        new ChartAccount("5020", "Staff costs", Kind.EXPENSE),
                        new ChartAccount("5030", "Operating expenses", Kind.EXPENSE)),
                List.of(new JournalVoucherKind()),
                List.of(journalApproval()),
                journalPermissions());
    }

    /**
     * Who may do what with journal vouchers (operators and accountants make them, a second user
     * approves), who may run the consistency check (auditors and administrators) and who records
     * opening balances (administrators).
     */
    private static Permissions journalPermissions() {
        return new Permissions()
                .grant(JournalVoucherKind.TYPE, Action.VIEW, Role.values())
                .grant(JournalVoucherKind.TYPE, Action.CREATE, Role.OPERATOR, Role.ACCOUNTANT)
                .grant(JournalVoucherKind.TYPE, Action.APPROVE, Role.CONTROLLER, Role.ACCOUNTANT)
                .grant(JournalVoucherKind.TYPE, Action.REVERSE, Role.CONTROLLER, Role.ACCOUNTANT)
                .grant(Consistency.TYPE, Action.VIEW, Role.AUDITOR, Role.ADMINISTRATOR)
                .grant(OpeningBalances.TYPE, Action.CREATE, Role.ADMINISTRATOR);
    }

    private static ApprovalPolicy journalApproval() {
        return new ApprovalPolicy(
                JournalVoucherKind.TYPE, BANK_JOURNAL_THRESHOLD, Set.of(Role.CONTROLLER, Role.ACCOUNTANT));
    }
}
