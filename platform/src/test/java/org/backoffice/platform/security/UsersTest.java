package org.backoffice.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Users: lock-out, passwords, who may create them, and API tokens. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class UsersTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();
    static final String PASSWORD = "correct horse battery";
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    Users users;
    Actor admin;

    @BeforeEach
    void open() {
        fixture = FIXTURES.on(database);
        users = fixture.platform().users();
        admin = fixture.actor("admin");
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void fiveFailedLogInsLockTheUserUntilAnAdministratorUnlocks() {
        String name = newUser();
        IssuedToken token = users.issueToken(user(name).actor(), "script");
        for (int i = 1; i < Users.FAILURES_BEFORE_LOCK; i++) {
            users.loginFailed(name);
        }
        assertThat(user(name).lockedAt(Instant.now())).isFalse();
        assertThat(user(name).failedLogins()).isEqualTo(Users.FAILURES_BEFORE_LOCK - 1);
        assertThat(users.authenticateToken(token.secret())).isPresent();

        users.loginFailed(name);
        assertThat(user(name).lockedAt(Instant.now())).isTrue();
        assertThat(users.authenticateToken(token.secret()))
                .as("a locked user's token")
                .isEmpty();
        assertThat(user(name).lockedAt(Instant.now().plus(Users.LOCK_DURATION).plusSeconds(60)))
                .as("the lock lasts its time")
                .isFalse();

        assertThatThrownBy(() -> users.unlock(fixture.actor("controller.ho"), name))
                .isInstanceOf(SecurityException.class);
        assertThat(user(name).lockedAt(Instant.now())).isTrue();
        users.unlock(admin, name);
        assertThat(user(name).lockedAt(Instant.now())).isFalse();
        assertThat(user(name).failedLogins()).isZero();
        assertThat(users.authenticateToken(token.secret())).isPresent();
    }

    @Test
    void aSuccessfulLogInStartsTheCountAgain() {
        String name = newUser();
        for (int i = 1; i < Users.FAILURES_BEFORE_LOCK; i++) {
            users.loginFailed(name);
        }
        users.loginSucceeded(name);
        assertThat(user(name).failedLogins()).isZero();

        for (int i = 1; i < Users.FAILURES_BEFORE_LOCK; i++) {
            users.loginFailed(name);
        }
        assertThat(user(name).lockedAt(Instant.now())).isFalse();
    }

    @Test
    void aTooShortPasswordIsRefused() {
        String name = nextName();
        String shortPassword = "x".repeat(Users.MIN_PASSWORD_LENGTH - 1);
        assertThatThrownBy(() -> users.create(admin, newUser(name), shortPassword))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("password:");
        assertThat(users.find(name)).isEmpty();

        String made = newUser();
        assertThatThrownBy(() -> users.changePassword(made, PASSWORD, shortPassword))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("password:");
        assertThat(users.hasher().matches(PASSWORD, user(made).passwordHash())).isTrue();
    }

    @Test
    void aOneTimePasswordMatchesTheStoredHashAndMustBeChanged() {
        String name = nextName();
        String password = users.createWithOneTimePassword(admin, newUser(name));

        User created = user(name);
        assertThat(password).hasSizeGreaterThanOrEqualTo(Users.MIN_PASSWORD_LENGTH);
        assertThat(created.passwordHash()).isNotEqualTo(password).doesNotContain(password);
        assertThat(users.hasher().matches(password, created.passwordHash())).isTrue();
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(users.createWithOneTimePassword(admin, newUser(nextName())))
                .as("every one-time password is new")
                .isNotEqualTo(password);

        users.changePassword(name, password, PASSWORD);
        assertThat(user(name).mustChangePassword()).isFalse();
        assertThat(users.hasher().matches(PASSWORD, user(name).passwordHash())).isTrue();
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        String name = newUser();
        String hash = user(name).passwordHash();
        assertThatThrownBy(() -> users.changePassword(name, "not the password", "a brand new password"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("currentPassword:");
        assertThat(user(name).passwordHash()).isEqualTo(hash);
    }

    @Test
    void onlyAnAdministratorCreatesUsers() {
        for (String other : List.of("operator.ho", "controller.ho", "accountant.ho", "auditor")) {
            String name = nextName();
            Actor actor = fixture.actor(other);
            assertThatThrownBy(() -> users.create(actor, newUser(name), PASSWORD))
                    .as(other)
                    .isInstanceOf(SecurityException.class);
            assertThatThrownBy(() -> users.createWithOneTimePassword(actor, newUser(name)))
                    .as(other)
                    .isInstanceOf(SecurityException.class);
            assertThat(users.find(name)).isEmpty();
        }
    }

    static List<Object[]> badUsers() {
        Set<Role> operator = Set.of(Role.OPERATOR);
        Set<String> b1 = Set.of("B1");
        return List.of(
                new Object[] {null, operator, b1, "username"},
                new Object[] {"", operator, b1, "username"},
                new Object[] {"a", operator, b1, "username"},
                new Object[] {"1st.user", operator, b1, "username"},
                new Object[] {"Olivia", operator, b1, "username"},
                new Object[] {"olivia smith", operator, b1, "username"},
                new Object[] {"olivia@bank", operator, b1, "username"},
                new Object[] {"o" + "x".repeat(64), operator, b1, "username"},
                new Object[] {"olivia", Set.of(), b1, "roles"},
                new Object[] {"olivia", null, b1, "roles"},
                new Object[] {"olivia", operator, Set.of(), "branches"},
                new Object[] {"olivia", operator, null, "branches"});
    }

    @ParameterizedTest
    @MethodSource("badUsers")
    void aBadNewUserNamesTheField(String username, Set<Role> roles, Set<String> branches, String field) {
        assertThatThrownBy(() -> new NewUser(username, "Olivia", roles, branches, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + ":");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ol", "olivia.smith-2", "o_s", "a23456789012345678901234567890123456789012345678901234567890123"
            })
    void aGoodUsernameIsAccepted(String username) {
        assertThat(new NewUser(username, "Olivia", Set.of(Role.OPERATOR), Set.of("B1"), false).username())
                .isEqualTo(username);
    }

    @Test
    void aBranchThatDoesNotExistIsRefused() {
        String name = nextName();
        assertThatThrownBy(() -> users.create(
                        admin, new NewUser(name, "Nobody", Set.of(Role.OPERATOR), Set.of("B9"), false), PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("branches:");
        assertThat(users.find(name)).isEmpty();
    }

    @Test
    void anIssuedTokenAuthenticatesUntilRevoked() {
        String name = newUser();
        Actor owner = user(name).actor();
        IssuedToken issued = users.issueToken(owner, "reconciliation job");

        assertThat(issued.secret()).startsWith("bo_").hasSizeGreaterThan(40);
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(users.authenticateToken(issued.secret()))
                .hasValueSatisfying(u -> assertThat(u.username()).isEqualTo(name));
        assertThat(users.authenticateToken(issued.secret() + "x")).isEmpty();
        String stored = fixture.strings(
                        "SELECT token_hash FROM api_tokens WHERE id = ?",
                        issued.token().id())
                .getFirst();
        assertThat(stored)
                .hasSize(64)
                .isNotEqualTo(issued.secret())
                .doesNotContain(issued.secret().substring(3));
        assertThat(users.tokens(owner))
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isTrue());

        users.revokeToken(owner, issued.token().id());

        assertThat(users.authenticateToken(issued.secret())).isEmpty();
        assertThat(users.tokens(owner))
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isFalse());
        assertThatThrownBy(() -> users.revokeToken(owner, issued.token().id()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDisabledUsersTokenFails() {
        String name = newUser();
        IssuedToken issued = users.issueToken(user(name).actor(), "export");
        assertThat(users.authenticateToken(issued.secret())).isPresent();

        users.setEnabled(admin, name, false);
        assertThat(users.authenticateToken(issued.secret())).isEmpty();

        users.setEnabled(admin, name, true);
        assertThat(users.authenticateToken(issued.secret())).isPresent();
    }

    @Test
    void aUserCannotRevokeAnotherUsersTokenButAnAdministratorCan() {
        Actor owner = user(newUser()).actor();
        Actor other = user(newUser()).actor();
        IssuedToken issued = users.issueToken(owner, "nightly import");

        assertThatThrownBy(() -> users.revokeToken(other, issued.token().id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(users.authenticateToken(issued.secret())).isPresent();
        assertThat(users.tokens(other)).isEmpty();

        users.revokeToken(admin, issued.token().id());
        assertThat(users.authenticateToken(issued.secret())).isEmpty();
    }

    private String newUser() {
        String name = nextName();
        users.create(admin, newUser(name), PASSWORD);
        return name;
    }

    private static NewUser newUser(String name) {
        return new NewUser(name, "User " + name, Set.of(Role.OPERATOR), Set.of("B1"), false);
    }

    private String nextName() {
        return "user" + SERIAL.incrementAndGet() + "." + database.name().toLowerCase();
    }

    private User user(String name) {
        return users.find(name).orElseThrow();
    }
}
