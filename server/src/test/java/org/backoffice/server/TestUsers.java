package org.backoffice.server;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.platform.Platform;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.Users;

/** Users of the web tests, made in the running server's platform (beside the demo's users). */
public final class TestUsers {
    public static final String ALICE = "alice";
    public static final String ALICE_PASSWORD = "alice-secret-1";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "demo";
    public static final String AUDITOR = "auditor";
    public static final String AUDITOR_PASSWORD = "demo";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private final Platform platform;

    TestUsers(Platform platform) {
        this.platform = platform;
        synchronized (TestUsers.class) {
            if (platform.users().find(ALICE).isEmpty()) {
                add(ALICE, ALICE_PASSWORD, Set.of("OPERATOR"), Set.of("HO"));
            }
        }
    }

    public Users directory() {
        return platform.users();
    }

    public TestUsers add(String username, String password, Set<String> roles, Set<String> branches) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        roles.forEach(role -> granted.add(Role.valueOf(role)));
        platform.users()
                .createDemoUser(new NewUser(username, username, granted, branches, branches.isEmpty()), password);
        return this;
    }

    /** An API token of the user, issued once per test run. */
    public String token(String username) {
        return TOKENS.computeIfAbsent(
                username,
                name -> platform.users()
                        .issueToken(platform.users().find(name).orElseThrow().actor(), "test")
                        .secret());
    }

    /** Locks the user as repeated failed sign-ins would. */
    public void lock(String username) {
        for (int i = 0; i < Users.FAILURES_BEFORE_LOCK; i++) {
            platform.users().loginFailed(username);
        }
    }

    public int failedLogins(String username) {
        return platform.users().find(username).orElseThrow().failedLogins();
    }

    public Actor actor(String username) {
        return platform.users().find(username).orElseThrow().actor();
    }
}
