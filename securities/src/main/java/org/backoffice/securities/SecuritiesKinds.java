package org.backoffice.securities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.profile.Profile;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.confirmation.TradeConfirmationKind;
import org.backoffice.securities.corporate.CorporateActionKind;
import org.backoffice.securities.corporate.CorporateActions;
import org.backoffice.securities.reconciliation.FirmAccounts;
import org.backoffice.securities.reconciliation.SecuritiesBreaks;
import org.backoffice.securities.reference.Clerks;
import org.backoffice.securities.trade.TradeAmendmentKind;
import org.backoffice.securities.trade.TradeCancellationKind;
import org.backoffice.securities.trade.TradeCaptureKind;

/**
 * The securities operations on the platform's one path, as a profile declares them: the document
 * types with their maker-checker policies, and who may do what on each document and operation type.
 * The services ask the platform's permissions; none checks a role itself.
 */
final class SecuritiesKinds {
    private final CorporateActionKind corporateActions = new CorporateActionKind();
    private final List<DocumentKind<?>> documents =
            List.of(new TradeAmendmentKind(), new TradeCancellationKind(), corporateActions);

    /** Binds the types that need the open module to it. */
    void bind(CorporateActions actions) {
        corporateActions.bind(actions);
    }

    /** The profile with the securities document types and policies, its permissions granted. */
    Profile extend(Profile profile) {
        List<String> known =
                profile.documentKinds().stream().map(DocumentKind::type).toList();
        List<DocumentKind<?>> more = new ArrayList<>();
        List<ApprovalPolicy> policies = new ArrayList<>();
        for (DocumentKind<?> kind : documents) {
            if (!known.contains(kind.type())) {
                more.add(kind);
                // Whatever the amount, a second user approves every version of a trade and every
                // corporate action.
                policies.add(new ApprovalPolicy(kind.type(), BigDecimal.ZERO, Set.of(Role.CONTROLLER)));
            }
        }
        grant(profile.permissions());
        return profile.plus(profile.description(), List.of(), List.of(), more, policies);
    }

    private static void grant(Permissions permissions) {
        // An operator captures, amends and cancels trades (an administrator too, for imports); a
        // controller approves amendments and cancellations.
        permissions.grant(TradeCaptureKind.TYPE, Action.CREATE, Role.OPERATOR, Role.ADMINISTRATOR);
        for (String type : List.of(TradeAmendmentKind.TYPE, TradeCancellationKind.TYPE)) {
            permissions
                    .grant(type, Action.VIEW, Role.values())
                    .grant(type, Action.CREATE, Role.OPERATOR, Role.ADMINISTRATOR)
                    .grant(type, Action.APPROVE, Role.CONTROLLER);
        }
        // Confirmations are recorded by whoever works the trades: an operator, a controller, an administrator.
        permissions.grant(
                TradeConfirmationKind.TYPE, Action.CREATE, Role.OPERATOR, Role.CONTROLLER, Role.ADMINISTRATOR);
        // Reference data, firm accounts, reconciliation and its breaks.
        permissions
                .grant(Clerks.TYPE, Action.CREATE, Role.OPERATOR, Role.CONTROLLER, Role.ADMINISTRATOR)
                .grant(FirmAccounts.TYPE, Action.CREATE, Role.CONTROLLER, Role.ADMINISTRATOR)
                .grant(FirmAccounts.RECONCILIATION, Action.CREATE, Role.OPERATOR, Role.CONTROLLER, Role.ADMINISTRATOR)
                .grant(SecuritiesBreaks.ASSIGNMENT, Action.CREATE, Role.CONTROLLER, Role.ADMINISTRATOR)
                .grant(SecuritiesBreaks.RESOLUTION, Action.CREATE, Role.CONTROLLER);
        // An operator announces a corporate action, a controller approves it.
        permissions
                .grant(CorporateActionKind.TYPE, Action.VIEW, Role.values())
                .grant(CorporateActionKind.TYPE, Action.CREATE, Role.OPERATOR)
                .grant(CorporateActionKind.TYPE, Action.APPROVE, Role.CONTROLLER);
    }
}
