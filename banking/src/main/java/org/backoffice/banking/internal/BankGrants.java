package org.backoffice.banking.internal;

import org.backoffice.platform.Platform;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Permissions;
import org.backoffice.platform.security.Role;

/**
 * The bank's actions that are no document: who may take them, granted on the platform's one
 * permission mechanism in the bank's profile and checked by the services, whoever calls them.
 */
public final class BankGrants {
    /** Taking on a client. */
    public static final String CLIENT = "Client";

    /** Opening a client's account ({@code CREATE}). */
    public static final String CUSTOMER_ACCOUNT = "CustomerAccount";

    /** Freezing an account ({@code CREATE}) and lifting the freeze ({@code REVERSE}). */
    public static final String ACCOUNT_FREEZE = "AccountFreeze";

    /** Closing an account. */
    public static final String ACCOUNT_CLOSING = "AccountClosing";

    /** Setting an exchange rate. */
    public static final String EXCHANGE_RATE = "ExchangeRate";

    /** Setting up a cash desk. */
    public static final String CASH_DESK = "CashDesk";

    private BankGrants() {}

    public static void grant(Permissions permissions) {
        permissions
                .grant(CLIENT, Action.CREATE, Role.OPERATOR, Role.ACCOUNTANT, Role.ADMINISTRATOR)
                .grant(CUSTOMER_ACCOUNT, Action.CREATE, Role.OPERATOR, Role.ACCOUNTANT, Role.ADMINISTRATOR)
                .grant(ACCOUNT_FREEZE, Action.CREATE, Role.OPERATOR, Role.CONTROLLER, Role.ACCOUNTANT)
                // Only a controller lifts a freeze, so the user who froze an account cannot undo it alone.
                .grant(ACCOUNT_FREEZE, Action.REVERSE, Role.CONTROLLER)
                .grant(ACCOUNT_CLOSING, Action.CREATE, Role.CONTROLLER, Role.ACCOUNTANT)
                .grant(EXCHANGE_RATE, Action.CREATE, Role.TREASURER, Role.ADMINISTRATOR)
                .grant(CASH_DESK, Action.CREATE, Role.ADMINISTRATOR, Role.ACCOUNTANT);
    }

    /** Refuses the action, saying so in the service's own words, when no role of the actor is granted it. */
    public static void require(Platform platform, Actor actor, String type, Action action, String refusal) {
        if (!platform.permissions().allows(actor, type, action)) {
            throw new SecurityException(actor.username() + " " + refusal);
        }
    }
}
