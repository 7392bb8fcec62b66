package org.backoffice.securities;

import java.util.List;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.organisation.ChartAccount;
import org.backoffice.platform.organisation.ChartAccount.Kind;
import org.backoffice.platform.profile.Profile;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.fail.Fails;
import org.backoffice.securities.registrar.TransferOrderKind;
import org.backoffice.securities.settlement.SettlementKinds;

/**
 * The securities module's part of a profile: its lines of the chart of accounts, document types and
 * their maker-checker policies. It extends the {@code broker} profile, and a bank's when the bank
 * enables securities.
 */
public final class SecuritiesProfile {
    private final SecuritiesSettings settings;
    private final SecuritiesKinds kinds = new SecuritiesKinds();

    private SecuritiesProfile(SecuritiesSettings settings) {
        this.settings = settings;
    }

    public static SecuritiesProfile of(SecuritiesSettings settings) {
        return new SecuritiesProfile(settings);
    }

    public SecuritiesSettings settings() {
        return settings;
    }

    /** Binds the document types that need the open module (a corporate action's entitlements). */
    void bind(Securities securities) {
        kinds.bind(securities.corporateActions());
    }

    /** The profile with the securities chart lines added, and a description that says so. */
    public Profile extend(Profile base) {
        List<String> codes = base.chart().stream().map(ChartAccount::code).toList();
        List<ChartAccount> lines =
                chart().stream().filter(l -> !codes.contains(l.code())).toList();
        String description =
                base.description().contains("securities") || base.description().contains("trades")
                        ? base.description()
                        : base.description() + "; securities: trades, settlement, custody";
        boolean settles = base.documentKinds().stream()
                .anyMatch(k -> SettlementKinds.documentKinds().contains(k));
        Profile extended = base.plus(
                description,
                List.of(),
                lines,
                settles ? List.of() : settlementKinds(),
                settles ? List.of() : settlementPolicies());
        grantSettlement(extended);
        return kinds.extend(extended);
    }

    // ---------------------------------------------------------------- settlement

    /** Settlement's operations and its cancellation document: who records, who approves. */
    private static void grantSettlement(Profile profile) {
        SettlementKinds.grant(profile.permissions());
        TransferOrderKind.grant(profile.permissions());
        Fails.grant(profile.permissions());
    }

    private static List<DocumentKind<?>> settlementKinds() {
        List<DocumentKind<?>> kinds = new java.util.ArrayList<>(SettlementKinds.documentKinds());
        kinds.add(TRANSFER_ORDERS);
        return kinds;
    }

    private static List<ApprovalPolicy> settlementPolicies() {
        List<ApprovalPolicy> policies = new java.util.ArrayList<>(SettlementKinds.policies());
        policies.add(TransferOrderKind.policy());
        return policies;
    }

    private static final TransferOrderKind TRANSFER_ORDERS = new TransferOrderKind();

    /** The lines securities post to; see {@link Books} for what each account holds. */
    static List<ChartAccount> chart() {
        return List.of(
                new ChartAccount(Books.SETTLEMENT_CASH, "Cash at the settlement bank", Kind.ASSET),
                new ChartAccount(Books.HOUSE_MONEY, "Own funds for trading", Kind.ASSET),
                new ChartAccount(Books.DEPOSITORY, "Securities at depositories and registrars", Kind.ASSET),
                new ChartAccount(Books.HOUSE_POSITION, "Own securities portfolio", Kind.ASSET),
                new ChartAccount(Books.TRADING, "Trading account (exchange of assets)", Kind.ASSET),
                new ChartAccount(Books.CLIENT_MONEY, "Client money", Kind.LIABILITY),
                new ChartAccount(Books.CLIENT_POSITION, "Securities held in custody for clients", Kind.LIABILITY),
                new ChartAccount(Books.PENALTIES_PAYABLE, "Settlement penalties payable", Kind.LIABILITY),
                new ChartAccount(Books.FEES, "Brokerage fees", Kind.INCOME),
                new ChartAccount(Books.INCOME, "Dividend and coupon income", Kind.INCOME),
                new ChartAccount(Books.PENALTIES, "Settlement penalties", Kind.EXPENSE));
    }
}
