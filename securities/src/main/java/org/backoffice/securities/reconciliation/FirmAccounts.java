package org.backoffice.securities.reconciliation;

import java.util.List;
import java.util.Optional;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.internal.Rows;
import org.backoffice.securities.reconciliation.internal.Scope;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;

/**
 * The accounts statements come for: one of our depo accounts, or the firm's own account outside (an
 * omnibus safekeeping account at the depository, a cash account at the settlement bank) registered
 * for the branch whose books it is compared with. Operators, controllers and administrators
 * reconcile statements of the branches they see.
 */
public final class FirmAccounts {
    /** The permission type of registering the firm's accounts: controllers and administrators are granted it. */
    public static final String TYPE = "FirmAccount";

    /** The permission type of reconciling a statement: operators, controllers and administrators. */
    public static final String RECONCILIATION = "SecuritiesReconciliation";

    private final Platform platform;
    private final DepoAccounts depoAccounts;

    public FirmAccounts(Platform platform, DepoAccounts depoAccounts) {
        this.platform = platform;
        this.depoAccounts = depoAccounts;
    }

    /** Registers (or moves) the firm's omnibus safekeeping account or settlement bank account to a branch. */
    public void register(Actor actor, String account, String branch) {
        platform.permissions().require(actor, TYPE, Action.CREATE);
        if (account == null || account.isBlank() || account.length() > 35) {
            throw InvalidDocumentException.of("account", "must be given, at most 35 characters");
        }
        if (branch == null || platform.organisation().branch(branch).isEmpty()) {
            throw InvalidDocumentException.of("branch", "no such branch: " + branch);
        }
        if (depoAccounts.find(account).isPresent()) {
            throw InvalidDocumentException.of("account", "is a depo account code, not a firm account");
        }
        AuditRecord audit = new AuditRecord(
                actor.username(), "REGISTER", "FirmAccount", account, branch, null, Rows.quoted(branch));
        platform.change(List.of(audit), c -> {
            Sql.update(c, "DELETE FROM sec_firm_accounts WHERE account = ?", account);
            return Sql.update(c, "INSERT INTO sec_firm_accounts (account, branch) VALUES (?, ?)", account, branch);
        });
    }

    /**
     * What a statement's account stands for, checking that the actor may reconcile it.
     *
     * @param field the statement's field that names the account, for the refusal
     */
    public Scope scope(Actor actor, String account, String field) {
        platform.permissions().require(actor, RECONCILIATION, Action.CREATE);
        Optional<DepoAccount> depo = depoAccounts.find(account);
        Scope scope;
        if (depo.isPresent()) {
            scope = new Scope(account, depo.get().branch(), depo.get());
        } else {
            String branch = Sql.one(
                            platform.ledger().readers(),
                            "SELECT branch FROM sec_firm_accounts WHERE account = ?",
                            rs -> rs.getString(1),
                            account)
                    .orElseThrow(() -> InvalidDocumentException.of(
                            field, "'" + account + "' is neither a depo account nor a registered firm account"));
            scope = new Scope(account, branch, null);
        }
        if (!actor.canSee(scope.branch())) {
            throw InvalidDocumentException.of(
                    field, "'" + account + "' is kept at a branch not granted to " + actor.username());
        }
        return scope;
    }
}
