package org.backoffice.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.audit.AuditChain;

/**
 * The platform's users, one face over the parts that each do one job: the {@link UserDirectory}
 * reads users, {@link RoleAssignment} enrols them and grants roles and branches, {@link Passwords}
 * changes and resets passwords under the {@link PasswordPolicy}, {@link Lockout} counts failed
 * log-ins, and {@link ApiTokens} issues and resolves tokens. Passwords and tokens are stored only as
 * hashes; every change is audited.
 */
public final class Users {
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int FAILURES_BEFORE_LOCK = Lockout.FAILURES_BEFORE_LOCK;
    public static final Duration LOCK_DURATION = Lockout.LOCK_DURATION;

    private final PasswordHasher hasher;
    private final UserDirectory directory;
    private final ApiTokens tokens;
    private final RoleAssignment roles;
    private final Passwords passwords;
    private final Lockout lockout;

    public Users(Ledger ledger, AuditChain audit, PasswordHasher hasher, Clock clock, TransactionIds ids) {
        this.hasher = hasher;
        this.directory = new UserDirectory(ledger.readers());
        UserStore store = new UserStore(directory, ledger, audit, clock);
        this.tokens = new ApiTokens(ledger.readers(), store, ids);
        this.roles = new RoleAssignment(store, hasher, tokens::forget);
        this.passwords = new Passwords(store, hasher);
        this.lockout = new Lockout(store, tokens::forget);
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public UserDirectory directory() {
        return directory;
    }

    public RoleAssignment roles() {
        return roles;
    }

    public Passwords passwords() {
        return passwords;
    }

    public Lockout lockout() {
        return lockout;
    }

    public ApiTokens apiTokens() {
        return tokens;
    }

    public User create(Actor actor, NewUser request, CharSequence password) {
        return roles.create(actor, request, password);
    }

    public String createWithOneTimePassword(Actor actor, NewUser request) {
        return roles.createWithOneTimePassword(actor, request);
    }

    public User createDemoUser(NewUser request, CharSequence password) {
        return roles.createDemoUser(request, password);
    }

    public User grant(Actor actor, String username, Set<Role> roles, Set<String> branches, boolean allBranches) {
        return this.roles.grant(actor, username, roles, branches, allBranches);
    }

    public void setEnabled(Actor actor, String username, boolean enabled) {
        roles.setEnabled(actor, username, enabled);
    }

    public void unlock(Actor actor, String username) {
        lockout.unlock(actor, username);
    }

    public void changePassword(String username, CharSequence current, CharSequence replacement) {
        passwords.change(username, current, replacement);
    }

    public String resetPassword(Actor actor, String username) {
        return passwords.reset(actor, username);
    }

    public void loginFailed(String username) {
        lockout.loginFailed(username);
    }

    public void loginSucceeded(String username) {
        lockout.loginSucceeded(username);
    }

    public Optional<User> find(String username) {
        return directory.find(username);
    }

    public List<User> list(Actor actor) {
        return directory.list(actor);
    }

    public boolean anyAdministrator() {
        return directory.anyAdministrator();
    }

    public IssuedToken issueToken(Actor actor, String name) {
        return tokens.issue(actor, name);
    }

    public IssuedToken issueToken(Actor actor, String username, String name) {
        return tokens.issue(actor, username, name);
    }

    public List<ApiToken> tokens(Actor actor) {
        return tokens.list(actor);
    }

    public void revokeToken(Actor actor, long id) {
        tokens.revoke(actor, id);
    }

    public Optional<User> authenticateToken(String secret) {
        return tokens.authenticate(secret);
    }
}
