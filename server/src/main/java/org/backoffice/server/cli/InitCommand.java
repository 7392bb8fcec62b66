package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.Branch;
import org.backoffice.platform.organisation.LegalEntity;
import org.backoffice.platform.organisation.Organisation;
import org.backoffice.platform.profile.Profiles;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backoffice init}: a new installation and its first administrator. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Create a new installation and its first administrator.",
            "Prepares the profile's chart of accounts and assets, the legal entity, its head-office branch"
                    + " and the first administrator.",
            "The administrator's one-time password is printed once; it must be changed at the first sign-in.",
            "Refuses a database that has an administrator already."
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  backoffice init --profile bank --organisation \"Northwind Bank plc\" \\",
            "      --country GB --admin alex",
            "  backoffice init --profile bank --db jdbc:postgresql://db/bo?user=bo"
        })
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--profile",
            required = true,
            paramLabel = "NAME",
            description = "what kind of back office: ${COMPLETION-CANDIDATES}",
            completionCandidates = ProfileNames.class)
    String profile;

    @Option(
            names = "--organisation",
            paramLabel = "NAME",
            defaultValue = "Main",
            description = "the legal entity's name (default: ${DEFAULT-VALUE})")
    String organisation;

    @Option(
            names = "--entity-code",
            paramLabel = "CODE",
            description = "the legal entity's code (default: made from the name, e.g. NORTHWIND-BANK-PLC)")
    String entityCode;

    @Option(
            names = "--country",
            paramLabel = "CC",
            defaultValue = "GB",
            description = "the legal entity's country, ISO 3166 two letters (default: ${DEFAULT-VALUE})")
    String country;

    @Option(
            names = "--head-office",
            paramLabel = "CODE",
            defaultValue = "HO",
            description = "the head-office branch's code (default: ${DEFAULT-VALUE})")
    String headOffice;

    @Option(
            names = "--admin",
            paramLabel = "USERNAME",
            defaultValue = "admin",
            description = "the first administrator's user name (default: ${DEFAULT-VALUE})")
    String admin;

    @Mixin
    DatabaseOption database;

    /** The profiles, for {@code --help}. */
    static final class ProfileNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Profiles.names().iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Profiles.names().contains(profile)) {
            throw CliError.usage(
                    "--profile", "must be one of " + String.join(", ", Profiles.names()) + ", was '" + profile + "'");
        }
        String code = entityCode != null ? entityCode : codeOf(organisation);
        LegalEntity entity = checked(
                Map.of("code", "--entity-code", "name", "--organisation", "country", "--country"),
                () -> new LegalEntity(code, organisation, country));
        Branch branch = checked(
                Map.of("code", "--head-office"), () -> new Branch(headOffice, "Head office", entity.code(), true));
        NewUser administrator = checked(
                Map.of("username", "--admin"),
                () -> new NewUser(admin, "Administrator", Set.of(Role.ADMINISTRATOR), Set.of(), true));
        try (Installation installation = Installation.create(database.resolve(), profile)) {
            Platform platform = installation.platform();
            if (platform.users().anyAdministrator()) {
                throw CliError.failed(
                        "db",
                        installation.database().display() + " is initialised already: it has an administrator"
                                + " (to let someone in again: backoffice user reset-password USERNAME)");
            }
            if (platform.prepared() && !platform.profile().name().equals(profile)) {
                throw CliError.failed(
                        "--profile",
                        "this database was prepared with the profile "
                                + platform.profile().name() + ", not " + profile);
            }
            platform.prepare(Installation.CLI);
            Organisation reference = platform.organisation();
            // A failed init can be run again: what it made before is kept.
            if (reference.legalEntities().stream().noneMatch(e -> e.code().equals(entity.code()))) {
                reference.add(Installation.CLI, entity);
            }
            if (reference.branch(branch.code()).isEmpty()) {
                reference.add(Installation.CLI, branch);
            }
            String password = platform.users().createWithOneTimePassword(Installation.CLI, administrator);
            out.println("Initialised " + installation.database().display() + " with the profile " + profile + ":");
            out.println("  legal entity   " + entity.code() + " (" + entity.name() + ", " + entity.country() + ")");
            out.println("  head office    " + branch.code());
            out.println("  administrator  " + administrator.username());
            out.println("one-time password for " + administrator.username() + ": " + password);
            out.println("It is shown only now. Start the server with 'backoffice serve', sign in as "
                    + administrator.username() + " and choose a new password.");
            out.flush();
            return BackofficeCli.OK;
        }
    }

    /** A legal entity's code made from its name: {@code Northwind Bank plc} becomes {@code NORTHWIND-BANK-PLC}. */
    static String codeOf(String name) {
        String code = name == null
                ? ""
                : name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > 32) {
            code = code.substring(0, 32).replaceAll("-+$", "");
        }
        return code.isEmpty() ? "MAIN" : code;
    }

    private static <T> T checked(Map<String, String> options, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException invalid) {
            throw CliError.refused(invalid, options);
        }
    }
}
