package org.backoffice.banking.cash;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.backoffice.banking.cash.internal.CashLedger;
import org.backoffice.banking.internal.AccountDirectory;
import org.backoffice.ledger.Ledger;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.DocumentKind;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;

/**
 * The cash desk's document types, their permissions and approval policies, for the bank profile.
 * Shifts are a cashier's own: only operators open and close them, and nobody reverses them (a
 * wrong count is corrected by the controller's adjustment, not by undoing the close).
 */
public final class CashDeskKinds {
    private final CashLedger ledger = new CashLedger();
    private final List<DocumentKind<?>> kinds;

    public CashDeskKinds(AccountDirectory directory, Supplier<String> headOffice) {
        this.kinds = List.of(
                new ShiftOpenKind(),
                new ShiftCloseKind(ledger),
                new CashReceiptOrderKind(directory),
                new CashDisbursementOrderKind(directory, ledger),
                new CashTransferKind(ledger, headOffice));
    }

    public List<DocumentKind<?>> kinds() {
        return kinds;
    }

    /** Cash orders and collections above the payment threshold, and closes with a difference, wait for a checker. */
    public List<ApprovalPolicy> policies(BigDecimal paymentThreshold) {
        Set<Role> checkers = Set.of(Role.CONTROLLER, Role.ACCOUNTANT);
        return List.of(
                new ApprovalPolicy(ShiftCloseKind.TYPE, ShiftCloseKind.DIFFERENCE_APPROVAL_THRESHOLD, checkers),
                new ApprovalPolicy(CashReceiptOrderKind.TYPE, paymentThreshold, checkers),
                new ApprovalPolicy(CashDisbursementOrderKind.TYPE, paymentThreshold, checkers),
                new ApprovalPolicy(CashTransferKind.TYPE, paymentThreshold, checkers));
    }

    public void grant(Permissions permissions) {
        for (String type : List.of(ShiftOpenKind.TYPE, ShiftCloseKind.TYPE)) {
            permissions
                    .grant(type, Action.VIEW, Role.values())
                    .grant(type, Action.CREATE, Role.OPERATOR)
                    .grant(type, Action.APPROVE, Role.CONTROLLER, Role.ACCOUNTANT);
        }
        for (String type : List.of(CashReceiptOrderKind.TYPE, CashDisbursementOrderKind.TYPE, CashTransferKind.TYPE)) {
            permissions
                    .grant(type, Action.VIEW, Role.values())
                    .grant(type, Action.CREATE, Role.OPERATOR, Role.ACCOUNTANT)
                    .grant(type, Action.APPROVE, Role.CONTROLLER, Role.ACCOUNTANT)
                    .grant(type, Action.REVERSE, Role.CONTROLLER, Role.ACCOUNTANT);
        }
    }

    public void bind(Ledger bound) {
        ledger.bind(bound);
    }
}
