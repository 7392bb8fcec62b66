package org.backoffice.banking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.backoffice.banking.account.GuardedJournalVoucherKind;
import org.backoffice.banking.cash.CashDeskKinds;
import org.backoffice.banking.clearing.ClearingRunKind;
import org.backoffice.banking.clearing.ExceptionResolutionKind;
import org.backoffice.banking.clearing.IncomingClearing;
import org.backoffice.banking.eod.BackValueAdjustmentKind;
import org.backoffice.banking.eod.EndOfDay;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.banking.internal.BankGrants;
import org.backoffice.banking.payment.CurrencyConversionKind;
import org.backoffice.banking.payment.InternalTransferKind;
import org.backoffice.banking.payment.OutgoingPaymentKind;
import org.backoffice.banking.reconciliation.internal.ReconGrants;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.amount.CurrencyAssets;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.organisation.ChartAccount;
import org.backoffice.platform.organisation.ChartAccount.Kind;
import org.backoffice.platform.profile.Profile;
import org.backoffice.platform.profile.Profiles;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;

/**
 * The {@code bank} profile with the banking module's part: the bank's chart of accounts (clients'
 * accounts as a sub-ledger of liabilities, clearing, settlement, vault, currency position, interest
 * payable, cash differences), its document types and their maker-checker policies. The document
 * types are made before the database opens; {@link Banking#open} binds them to it.
 */
public final class BankProfile {
    private final BankingSettings settings;
    private final AccountDirectory directory = new AccountDirectory();
    private final AtomicReference<Supplier<String>> headOffice = new AtomicReference<>();
    private final CashDeskKinds cash;
    private final Profile profile;

    private BankProfile(BankingSettings settings) {
        this.settings = settings;
        Supplier<String> head = () -> {
            Supplier<String> bound = headOffice.get();
            if (bound == null) {
                throw new IllegalStateException("the bank profile is not bound to an open platform yet");
            }
            return bound.get();
        };
        List<DocumentKind<?>> payments = List.of(
                new InternalTransferKind(directory),
                new OutgoingPaymentKind(directory, settings.bic(), head),
                new CurrencyConversionKind(directory, head));
        this.cash = new CashDeskKinds(directory, head);
        // Clearing: an operator or treasurer closes a cycle, an operator proposes what to do with an
        // exception; a controller approves each of them, whatever the amount.
        List<DocumentKind<?>> clearing =
                List.of(new ClearingRunKind(settings.bic(), head), new ExceptionResolutionKind(directory, head));
        List<DocumentKind<?>> kinds = new java.util.ArrayList<>(payments);
        kinds.addAll(cash.kinds());
        kinds.addAll(clearing);
        Profile base = Profiles.bank();
        grant(base.permissions(), payments);
        cash.grant(base.permissions());
        base.permissions()
                .grant(ClearingRunKind.TYPE, Action.VIEW, Role.values())
                .grant(ClearingRunKind.TYPE, Action.CREATE, Role.OPERATOR, Role.TREASURER)
                .grant(ClearingRunKind.TYPE, Action.APPROVE, Role.CONTROLLER)
                .grant(ExceptionResolutionKind.TYPE, Action.VIEW, Role.values())
                .grant(ExceptionResolutionKind.TYPE, Action.CREATE, Role.OPERATOR)
                .grant(ExceptionResolutionKind.TYPE, Action.APPROVE, Role.CONTROLLER)
                // Incoming clearing files: anyone sees them, a clerk of head office imports one.
                .grant(IncomingClearing.TYPE, Action.VIEW, Role.values())
                .grant(IncomingClearing.TYPE, Action.CREATE, Role.OPERATOR, Role.ACCOUNTANT, Role.TREASURER);
        List<ApprovalPolicy> policies = new java.util.ArrayList<>(payments.stream()
                .map(k -> new ApprovalPolicy(
                        k.type(), settings.paymentApprovalThreshold(), Set.of(Role.CONTROLLER, Role.ACCOUNTANT)))
                .toList());
        policies.addAll(cash.policies(settings.paymentApprovalThreshold()));
        clearing.forEach(k -> policies.add(new ApprovalPolicy(k.type(), BigDecimal.ZERO, Set.of(Role.CONTROLLER))));
        // A back-value adjustment reopens a closed day: a controller makes it, another always approves.
        DocumentKind<?> adjustment = new BackValueAdjustmentKind();
        base.permissions()
                .grant(adjustment.type(), Action.VIEW, Role.values())
                .grant(adjustment.type(), Action.CREATE, Role.CONTROLLER)
                .grant(adjustment.type(), Action.APPROVE, Role.CONTROLLER)
                .grant(adjustment.type(), Action.REVERSE, Role.CONTROLLER);
        policies.add(new ApprovalPolicy(adjustment.type(), BigDecimal.ZERO, Set.of(Role.CONTROLLER)));
        BankGrants.grant(base.permissions());
        ReconGrants.grant(base.permissions());
        // End of day: a controller runs it, or an administrator (what the command line acts as).
        base.permissions().grant(EndOfDay.TYPE, Action.CREATE, Role.CONTROLLER, Role.ADMINISTRATOR);
        for (String step : EndOfDay.STEP_TYPES) {
            base.permissions().grant(step, Action.CREATE, Role.CONTROLLER, Role.ADMINISTRATOR);
        }
        kinds.add(adjustment);
        this.profile = base.replacing(new GuardedJournalVoucherKind())
                .plus(
                        "A bank: clients and their accounts, payments, clearing, the cash desk, end of day",
                        assetsBeyond(base),
                        chart(),
                        List.copyOf(kinds),
                        List.copyOf(policies));
    }

    public static BankProfile of(BankingSettings settings) {
        return new BankProfile(settings);
    }

    public Profile profile() {
        return profile;
    }

    public BankingSettings settings() {
        return settings;
    }

    AccountDirectory directory() {
        return directory;
    }

    CashDeskKinds cash() {
        return cash;
    }

    void bindHeadOffice(Supplier<String> supplier) {
        headOffice.set(supplier);
    }

    private List<Asset> assetsBeyond(Profile base) {
        return settings.currencies().stream()
                .filter(c ->
                        base.assets().stream().noneMatch(a -> a.code().value().equals(c)))
                .map(CurrencyAssets::of)
                .toList();
    }

    private static void grant(Permissions permissions, List<DocumentKind<?>> kinds) {
        for (DocumentKind<?> kind : kinds) {
            permissions
                    .grant(kind.type(), Action.VIEW, Role.values())
                    .grant(kind.type(), Action.CREATE, Role.OPERATOR, Role.ACCOUNTANT)
                    .grant(kind.type(), Action.APPROVE, Role.CONTROLLER, Role.ACCOUNTANT)
                    .grant(kind.type(), Action.REVERSE, Role.CONTROLLER, Role.ACCOUNTANT);
        }
    }

    /** The lines the bank adds to the platform's chart. */
    private static List<ChartAccount> chart() {
        return List.of(
                new ChartAccount("1030", "Settlement account at the clearing house", Kind.ASSET),
                new ChartAccount("1040", "Vault", Kind.ASSET),
                new ChartAccount("1050", "Clearing: incoming payments receivable", Kind.ASSET),
                new ChartAccount("1530", "Currency position", Kind.ASSET),
                new ChartAccount("2050", "Clearing: outgoing payments payable", Kind.LIABILITY),
                new ChartAccount("2510", "Interest payable to clients", Kind.LIABILITY),
                new ChartAccount("4030", "Cash surplus", Kind.INCOME),
                new ChartAccount("5040", "Cash shortage", Kind.EXPENSE));
    }
}
