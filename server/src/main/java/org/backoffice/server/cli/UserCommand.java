package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.security.ApiToken;
import org.backoffice.platform.security.IssuedToken;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.backoffice.platform.security.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backoffice user ...}: the administrator's work on users, done on the machine itself as
 * the system actor {@code cli}. Every change is in the audit log.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = {
            "Manage users: roles, branches, passwords and API tokens.",
            "Runs on the machine itself as the administrator 'cli'; every change is in the audit log."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice user create olivia --role operator --branch HO", "  backoffice user list"},
        subcommands = {
            UserCommand.ListUsers.class,
            UserCommand.Create.class,
            UserCommand.Grant.class,
            UserCommand.Unlock.class,
            UserCommand.ResetPassword.class,
            UserCommand.Disable.class,
            UserCommand.Enable.class,
            UserCommand.Token.class
        })
final class UserCommand extends CommandGroup {
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Map<String, String> ACCESS_OPTIONS =
            Map.of("roles", "--role", "branches", "--branch", "displayName", "--display-name", "username", "NAME");

    /** Roles and branches, as {@code create} and {@code grant} take them. */
    static final class Access {
        @Option(
                names = "--role",
                required = true,
                split = ",",
                paramLabel = "ROLE",
                description = "one or more of ${COMPLETION-CANDIDATES}, comma-separated")
        List<Role> roles;

        @Option(
                names = "--branch",
                split = ",",
                paramLabel = "BRANCH",
                description = "the branches the user works in, comma-separated")
        List<String> branches;

        @Option(names = "--all-branches", description = "the user sees every branch (instead of --branch)")
        boolean all;

        Set<Role> roleSet() {
            return EnumSet.copyOf(roles);
        }

        /** The branches given; exactly one of {@code --branch} and {@code --all-branches} must be. */
        Set<String> branchSet() {
            if (all && branches != null) {
                throw CliError.usage("--all-branches", "give --branch or --all-branches, not both");
            }
            if (!all && branches == null) {
                throw CliError.usage("--branch", "must be given, or --all-branches");
            }
            return branches == null ? Set.of() : new TreeSet<>(branches);
        }
    }

    /** A subcommand on the installation's users, as the administrator 'cli'. */
    abstract static class UserTask extends InstallationTask {
        Clock clock;

        @Override
        final int run(Installation installation, PrintWriter out) {
            clock = installation.platform().clock();
            run(installation.platform().users(), out);
            return BackofficeCli.OK;
        }

        abstract void run(Users users, PrintWriter out);

        static User require(Users users, String username) {
            return users.find(username)
                    .orElseThrow(() -> CliError.failed("NAME", "there is no user '" + username + "'"));
        }
    }

    /** A subcommand about one user who must exist, named by NAME. */
    abstract static class OneUserTask extends UserTask {
        @Parameters(paramLabel = "NAME", description = "the user")
        String username;

        @Override
        final void run(Users users, PrintWriter out) {
            require(users, username);
            apply(users, out);
        }

        abstract void apply(Users users, PrintWriter out);
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the users: roles, branches, and whether they are disabled, locked out or must"
                    + " change their password.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice user list --db jdbc:sqlite:/srv/backoffice/backoffice.db")
    static final class ListUsers extends UserTask {
        @Override
        void run(Users users, PrintWriter out) {
            TextTable table = new TextTable("USERNAME", "NAME", "ROLES", "BRANCHES", "STATE");
            Instant now = clock.instant();
            for (User user : users.list(Installation.CLI)) {
                table.row(
                        user.username(),
                        user.displayName(),
                        String.join(
                                ",",
                                user.roles().stream().map(Role::name).sorted().toList()),
                        user.allBranches() ? "all" : String.join(",", new TreeSet<>(user.branches())),
                        state(user, now));
            }
            table.print(out);
        }

        static String state(User user, Instant now) {
            List<String> state = new ArrayList<>();
            state.add(user.enabled() ? "enabled" : "disabled");
            if (user.lockedAt(now)) {
                state.add("locked until " + MINUTES.format(user.lockedUntil()));
            }
            if (user.mustChangePassword()) {
                state.add("must change password");
            }
            return String.join(", ", state);
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Create a user with a one-time password, printed once; they choose their own at the first sign-in."
            },
            footerHeading = "%nExample:%n",
            footer = {
                "  backoffice user create olivia --role operator --branch HO,B1 \\",
                "      --display-name \"Olivia Operator\"",
                "  backoffice user create avery --role auditor --all-branches"
            })
    static final class Create extends UserTask {
        @Parameters(paramLabel = "NAME", description = "the user name: lower-case letters, digits, '.', '_', '-'")
        String username;

        @Mixin
        Access access;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "the name shown (default: NAME)")
        String displayName;

        @Override
        void run(Users users, PrintWriter out) {
            NewUser request;
            try {
                request = new NewUser(
                        username,
                        displayName == null ? username : displayName,
                        access.roleSet(),
                        access.branchSet(),
                        access.all);
            } catch (IllegalArgumentException invalid) {
                throw CliError.refused(invalid, ACCESS_OPTIONS);
            }
            if (users.find(username).isPresent()) {
                throw CliError.failed("NAME", "a user '" + username + "' exists already");
            }
            String password;
            try {
                password = users.createWithOneTimePassword(Installation.CLI, request);
            } catch (IllegalArgumentException invalid) {
                throw CliError.refused(invalid, ACCESS_OPTIONS);
            }
            out.println("created " + username + ": "
                    + describe(request.roles(), request.branches(), request.allBranches()));
            printOneTimePassword(out, username, password, "first");
        }
    }

    @Command(
            name = "grant",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Replace a user's roles and branches.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice user grant olivia --role operator,controller --branch HO")
    static final class Grant extends OneUserTask {
        @Mixin
        Access access;

        @Override
        void apply(Users users, PrintWriter out) {
            User after;
            try {
                after = users.grant(Installation.CLI, username, access.roleSet(), access.branchSet(), access.all);
            } catch (IllegalArgumentException invalid) {
                throw CliError.refused(invalid, ACCESS_OPTIONS);
            }
            out.println("granted " + username + ": " + describe(after.roles(), after.branches(), after.allBranches()));
        }
    }

    @Command(
            name = "unlock",
            mixinStandardHelpOptions = true,
            description = "Let a user locked out by failed sign-ins try again now.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice user unlock olivia")
    static final class Unlock extends OneUserTask {
        @Override
        void apply(Users users, PrintWriter out) {
            users.unlock(Installation.CLI, username);
            out.println("unlocked " + username);
        }
    }

    @Command(
            name = "reset-password",
            mixinStandardHelpOptions = true,
            description = {
                "Give a user a new one-time password, printed once; it also unlocks them.",
                "They must choose their own at the next sign-in."
            },
            footerHeading = "%nExample:%n",
            footer = "  backoffice user reset-password olivia")
    static final class ResetPassword extends OneUserTask {
        @Override
        void apply(Users users, PrintWriter out) {
            String password = users.resetPassword(Installation.CLI, username);
            printOneTimePassword(out, username, password, "next");
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Stop a user from signing in or using their API tokens; their history stays.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice user disable olivia")
    static final class Disable extends Enabling {
        Disable() {
            super(false);
        }
    }

    @Command(
            name = "enable",
            mixinStandardHelpOptions = true,
            description = "Let a disabled user sign in again.",
            footerHeading = "%nExample:%n",
            footer = "  backoffice user enable olivia")
    static final class Enable extends Enabling {
        Enable() {
            super(true);
        }
    }

    /** {@code disable} and {@code enable}: whether a user may sign in and use their API tokens. */
    abstract static class Enabling extends OneUserTask {
        private final boolean enabled;

        Enabling(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        final void apply(Users users, PrintWriter out) {
            users.setEnabled(Installation.CLI, username, enabled);
            out.println((enabled ? "enabled " : "disabled ") + username);
        }
    }

    @Command(
            name = "token",
            mixinStandardHelpOptions = true,
            description = "API tokens: a script sends one as 'Authorization: Bearer TOKEN' and acts as its user.",
            footerHeading = "%nExample:%n",
            footer = {
                "  backoffice user token create --user olivia --name nightly-import",
                "  backoffice user token list --user olivia",
                "  backoffice user token revoke 5123456789"
            },
            subcommands = {Token.CreateToken.class, Token.ListTokens.class, Token.Revoke.class})
    static final class Token extends CommandGroup {
        @Command(
                name = "create",
                mixinStandardHelpOptions = true,
                sortOptions = false,
                description = "Issue a user an API token, printed once; only its hash is kept.",
                footerHeading = "%nExample:%n",
                footer = "  backoffice user token create --user olivia --name nightly-import")
        static final class CreateToken extends UserTask {
            @Option(names = "--user", required = true, paramLabel = "NAME", description = "whose token it is")
            String username;

            @Option(
                    names = "--name",
                    required = true,
                    paramLabel = "TEXT",
                    description = "what the token is for, 1..64 characters")
            String name;

            @Override
            void run(Users users, PrintWriter out) {
                require(users, username);
                IssuedToken issued;
                try {
                    issued = users.issueToken(Installation.CLI, username, name);
                } catch (IllegalArgumentException invalid) {
                    throw CliError.refused(invalid, Map.of("name", "--name"));
                } catch (IllegalStateException refused) {
                    throw CliError.failed(
                            "--user", FieldError.parse(refused.getMessage()).message());
                }
                out.println("token " + issued.token().id() + " \""
                        + issued.token().name() + "\" for " + username + ", shown only now:");
                out.println(issued.secret());
            }
        }

        @Command(
                name = "list",
                mixinStandardHelpOptions = true,
                description = "List API tokens, never the tokens themselves.",
                footerHeading = "%nExample:%n",
                footer = "  backoffice user token list --user olivia")
        static final class ListTokens extends UserTask {
            @Option(names = "--user", paramLabel = "NAME", description = "only this user's tokens (default: all)")
            String username;

            @Override
            void run(Users users, PrintWriter out) {
                if (username != null) {
                    require(users, username);
                }
                TextTable table = new TextTable("ID", "USER", "NAME", "CREATED", "STATE");
                List<ApiToken> tokens = users.tokens(Installation.CLI).stream()
                        .filter(token -> username == null || username.equals(token.username()))
                        .toList();
                if (tokens.isEmpty()) {
                    out.println(username == null ? "no API tokens" : username + " has no API tokens");
                    return;
                }
                for (ApiToken token : tokens) {
                    table.row(
                            Long.toString(token.id()),
                            token.username(),
                            token.name(),
                            MINUTES.format(token.createdAt()),
                            token.active() ? "active" : "revoked " + MINUTES.format(token.revokedAt()));
                }
                table.print(out);
            }
        }

        @Command(
                name = "revoke",
                mixinStandardHelpOptions = true,
                description = "Revoke an API token: requests that send it are refused from now on.",
                footerHeading = "%nExample:%n",
                footer = "  backoffice user token revoke 5123456789")
        static final class Revoke extends UserTask {
            @Parameters(paramLabel = "ID", description = "the token's id, as 'token list' shows it")
            long id;

            @Override
            void run(Users users, PrintWriter out) {
                ApiToken token = users.tokens(Installation.CLI).stream()
                        .filter(t -> t.id() == id)
                        .findFirst()
                        .orElseThrow(() -> CliError.failed("ID", "there is no token " + id));
                try {
                    users.revokeToken(Installation.CLI, id);
                } catch (IllegalStateException | NoSuchElementException refused) {
                    throw CliError.failed("ID", refused.getMessage());
                }
                out.println("revoked token " + id + " \"" + token.name() + "\" of " + token.username());
            }
        }
    }

    static void printOneTimePassword(PrintWriter out, String username, String password, String which) {
        out.println("one-time password for " + username + ": " + password);
        out.println("It is shown only now; " + username + " must choose a new one at the " + which + " sign-in.");
    }

    static String describe(Set<Role> roles, Set<String> branches, boolean allBranches) {
        return "roles "
                + String.join(", ", roles.stream().map(Role::name).sorted().toList()) + "; "
                + (allBranches ? "all branches" : "branches " + String.join(", ", new TreeSet<>(branches)));
    }
}
