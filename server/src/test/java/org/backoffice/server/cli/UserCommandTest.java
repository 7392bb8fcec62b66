package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backoffice.platform.Platform;
import org.backoffice.platform.security.ApiToken;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {
    @TempDir
    Path dir;

    String url;

    @BeforeEach
    void init() {
        url = "jdbc:sqlite:" + dir.resolve("backoffice.db");
        assertThat(Cli.on(url, "init", "--profile", "bank").exit()).isZero();
    }

    @Test
    void createPrintsAOneTimePasswordThatSignsInOnlyAfterItIsChanged() {
        Cli.Run created = Cli.on(
                url,
                "user",
                "create",
                "olivia",
                "--role",
                "operator,accountant",
                "--branch",
                "HO",
                "--display-name",
                "Olivia Operator");

        assertThat(created.exit()).as(created.toString()).isZero();
        assertThat(created.out()).startsWith("created olivia: roles ACCOUNTANT, OPERATOR; branches HO\n");
        String password = created.secretAfter("one-time password for olivia:");
        try (Platform platform = Cli.platform(url)) {
            User olivia = platform.users().find("olivia").orElseThrow();
            assertThat(olivia.displayName()).isEqualTo("Olivia Operator");
            assertThat(olivia.roles()).containsExactlyInAnyOrder(Role.OPERATOR, Role.ACCOUNTANT);
            assertThat(olivia.branches()).containsExactly("HO");
            assertThat(olivia.mustChangePassword()).isTrue();
            assertThat(Installation.hasher().matches(password, olivia.passwordHash()))
                    .isTrue();
            assertThat(platform.audit().list(Installation.CLI, "olivia", 0, 10).items())
                    .extracting(e -> e.actor() + " " + e.action())
                    .containsExactly("cli CREATE");
        }

        Cli.Run again = Cli.on(url, "user", "create", "olivia", "--role", "operator", "--branch", "HO");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("error: NAME: a user 'olivia' exists already");
    }

    @Test
    void createRefusesBadRolesAndBranchesWithUsageErrors() {
        Cli.Run role = Cli.on(url, "user", "create", "bob", "--role", "wizard", "--branch", "HO");
        Cli.Run noBranch = Cli.on(url, "user", "create", "bob", "--role", "operator");
        Cli.Run both = Cli.on(url, "user", "create", "bob", "--role", "operator", "--branch", "HO", "--all-branches");
        Cli.Run unknownBranch = Cli.on(url, "user", "create", "bob", "--role", "operator", "--branch", "XX");

        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err()).startsWith("error: --role: expected one of [OPERATOR,");
        assertThat(noBranch.exit()).isEqualTo(2);
        assertThat(noBranch.err().strip()).isEqualTo("error: --branch: must be given, or --all-branches");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("error: --all-branches: give --branch or --all-branches, not both");
        assertThat(unknownBranch.exit()).isEqualTo(2);
        assertThat(unknownBranch.err().strip()).isEqualTo("error: --branch: 'XX' does not exist");
        try (Platform platform = Cli.platform(url)) {
            assertThat(platform.users().find("bob")).isEmpty();
        }
    }

    @Test
    void grantUnlockDisableEnableAndResetPasswordChangeTheUser() {
        Cli.on(url, "user", "create", "olivia", "--role", "operator", "--branch", "HO");
        try (Platform platform = Cli.platform(url)) {
            for (int i = 0; i < 5; i++) {
                platform.users().loginFailed("olivia");
            }
            assertThat(platform.users()
                            .find("olivia")
                            .orElseThrow()
                            .lockedAt(platform.clock().instant()))
                    .isTrue();
        }
        assertThat(Cli.on(url, "user", "list").out()).contains("olivia").contains("locked until");

        Cli.Run grant = Cli.on(url, "user", "grant", "olivia", "--role", "controller", "--all-branches");
        Cli.Run unlock = Cli.on(url, "user", "unlock", "olivia");
        Cli.Run disable = Cli.on(url, "user", "disable", "olivia");

        assertThat(grant.exit()).isZero();
        assertThat(grant.out()).isEqualTo("granted olivia: roles CONTROLLER; all branches\n");
        assertThat(unlock.out()).isEqualTo("unlocked olivia\n");
        assertThat(disable.out()).isEqualTo("disabled olivia\n");
        try (Platform platform = Cli.platform(url)) {
            User olivia = platform.users().find("olivia").orElseThrow();
            assertThat(olivia.roles()).containsExactly(Role.CONTROLLER);
            assertThat(olivia.allBranches()).isTrue();
            assertThat(olivia.lockedAt(platform.clock().instant())).isFalse();
            assertThat(olivia.enabled()).isFalse();
        }
        assertThat(Cli.on(url, "user", "list").out())
                .containsPattern("olivia +olivia +CONTROLLER +all +disabled, must change password");

        assertThat(Cli.on(url, "user", "enable", "olivia").exit()).isZero();
        Cli.Run reset = Cli.on(url, "user", "reset-password", "olivia");

        assertThat(reset.exit()).isZero();
        String password = reset.secretAfter("one-time password for olivia:");
        try (Platform platform = Cli.platform(url)) {
            User olivia = platform.users().find("olivia").orElseThrow();
            assertThat(olivia.enabled()).isTrue();
            assertThat(Installation.hasher().matches(password, olivia.passwordHash()))
                    .isTrue();
        }
    }

    @Test
    void aCommandOnAUserThatDoesNotExistFailsWithExitCodeOne() {
        for (String command : new String[] {"unlock", "disable", "enable", "reset-password"}) {
            Cli.Run run = Cli.on(url, "user", command, "nobody");

            assertThat(run.exit()).as(command).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo("error: NAME: there is no user 'nobody'");
        }
    }

    @Test
    void aTokenIsPrintedOnceSignsInAsItsUserIsListedWithoutItAndRevoked() {
        Cli.on(url, "user", "create", "olivia", "--role", "operator", "--branch", "HO");

        Cli.Run created = Cli.on(url, "user", "token", "create", "--user", "olivia", "--name", "nightly import");

        assertThat(created.exit()).as(created.toString()).isZero();
        String[] lines = created.out().split("\n");
        String secret = lines[1];
        assertThat(secret).startsWith("bo_");
        long id = Long.parseLong(lines[0].replaceAll("^token (\\d+) .*", "$1"));
        try (Platform platform = Cli.platform(url)) {
            assertThat(platform.users().authenticateToken(secret))
                    .map(User::username)
                    .contains("olivia");
            // The audit log names the administrator who issued it, not olivia.
            assertThat(platform.audit()
                            .list(Installation.CLI, Long.toString(id), 0, 10)
                            .items())
                    .extracting(e -> e.actor() + " " + e.action())
                    .containsExactly("cli ISSUE_TOKEN");
        }

        Cli.Run listed = Cli.on(url, "user", "token", "list", "--user", "olivia");
        assertThat(listed.out())
                .containsPattern(id + " +olivia +nightly import +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC +active")
                .doesNotContain(secret);

        Cli.Run revoked = Cli.on(url, "user", "token", "revoke", Long.toString(id));
        assertThat(revoked.exit()).isZero();
        assertThat(revoked.out()).isEqualTo("revoked token " + id + " \"nightly import\" of olivia\n");
        try (Platform platform = Cli.platform(url)) {
            assertThat(platform.users().authenticateToken(secret)).isEmpty();
            assertThat(platform.users().tokens(Installation.CLI))
                    .singleElement()
                    .extracting(ApiToken::active)
                    .isEqualTo(false);
        }
        assertThat(Cli.on(url, "user", "token", "list").out()).containsPattern("nightly import +.* UTC +revoked ");

        Cli.Run again = Cli.on(url, "user", "token", "revoke", Long.toString(id));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("error: ID: token " + id + " is revoked already");
        assertThat(Cli.on(url, "user", "token", "revoke", "42").err().strip())
                .isEqualTo("error: ID: there is no token 42");
    }

    @Test
    void aDisabledUserGetsNoToken() {
        Cli.on(url, "user", "create", "olivia", "--role", "operator", "--branch", "HO");
        Cli.on(url, "user", "disable", "olivia");

        Cli.Run run = Cli.on(url, "user", "token", "create", "--user", "olivia", "--name", "x");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: --user: olivia is disabled");
    }

    @Test
    void userWithoutASubcommandIsAUsageErrorListingThem() {
        Cli.Run run = Cli.run("user");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("error: user: a subcommand is needed: list, create, grant, unlock, reset-password,"
                        + " disable, enable, token (see 'backoffice user --help')");
    }
}
