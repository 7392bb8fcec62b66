package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.Branch;
import org.backoffice.platform.organisation.LegalEntity;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InitCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void initPrintsAOneTimePasswordThatSignsInAndASecondInitIsRefused(TestDatabase kind) {
        try (ScratchDatabase database = kind.create()) {
            Cli.Run first = Cli.on(
                    database.url(),
                    "init",
                    "--profile",
                    "bank",
                    "--organisation",
                    "Northwind Bank plc",
                    "--country",
                    "GB",
                    "--head-office",
                    "LON",
                    "--admin",
                    "alex");

            assertThat(first.exit()).as(first.toString()).isZero();
            String password = first.secretAfter("one-time password for alex:");
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            try (Platform platform = Cli.platform(database.url())) {
                User alex = platform.users().find("alex").orElseThrow();
                assertThat(alex.roles()).containsExactly(Role.ADMINISTRATOR);
                assertThat(alex.allBranches()).isTrue();
                assertThat(alex.mustChangePassword()).isTrue();
                // Hashed as the server hashes, so the password signs in there.
                assertThat(alex.passwordHash()).startsWith("{bcrypt}");
                assertThat(Installation.hasher().matches(password, alex.passwordHash()))
                        .isTrue();
                assertThat(Installation.hasher().matches(password + "x", alex.passwordHash()))
                        .isFalse();
                assertThat(platform.prepared()).isTrue();
                assertThat(platform.organisation().legalEntities())
                        .containsExactly(new LegalEntity("NORTHWIND-BANK-PLC", "Northwind Bank plc", "GB"));
                assertThat(platform.organisation().branches())
                        .containsExactly(new Branch("LON", "Head office", "NORTHWIND-BANK-PLC", true));
                assertThat(platform.organisation().chart()).isNotEmpty();
                assertThat(platform.audit().verify().intact()).isTrue();
            }

            Cli.Run second = Cli.on(database.url(), "init", "--profile", "bank", "--admin", "mallory");

            assertThat(second.exit()).as(second.toString()).isEqualTo(1);
            assertThat(second.err().strip())
                    .startsWith("error: db: ")
                    .contains("initialised already")
                    .doesNotContain("Exception");
            assertThat(second.out()).doesNotContain("one-time password");
            try (Platform platform = Cli.platform(database.url())) {
                assertThat(platform.users().find("mallory")).isEmpty();
            }
        }
    }

    @Test
    void anUnknownProfileIsAUsageErrorNamingTheOptionAndTheProfiles() {
        Cli.Run run = Cli.on("jdbc:sqlite:" + dir.resolve("bo.db"), "init", "--profile", "casino");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: --profile: must be one of bank, broker, was 'casino'");
        assertThat(dir.resolve("bo.db")).doesNotExist();
    }

    @Test
    void theProfileMustBeGiven() {
        Cli.Run run = Cli.on("jdbc:sqlite:" + dir.resolve("bo.db"), "init");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --profile: must be given");
    }

    @Test
    void aBadCountryOrAdministratorNameIsAUsageErrorNamingTheOption() {
        String url = "jdbc:sqlite:" + dir.resolve("bo.db");

        Cli.Run country = Cli.on(url, "init", "--profile", "bank", "--country", "gbr");
        Cli.Run admin = Cli.on(url, "init", "--profile", "bank", "--admin", "Root User");

        assertThat(country.exit()).isEqualTo(2);
        assertThat(country.err()).startsWith("error: --country: must be an ISO 3166 two-letter code");
        assertThat(admin.exit()).isEqualTo(2);
        assertThat(admin.err()).startsWith("error: --admin: must be 2..64 lower-case letters");
        assertThat(dir.resolve("bo.db")).doesNotExist();
    }

    @Test
    void theEntityCodeIsMadeFromTheName() {
        assertThat(InitCommand.codeOf("Northwind Bank plc")).isEqualTo("NORTHWIND-BANK-PLC");
        assertThat(InitCommand.codeOf("  Crédit & Co. ")).isEqualTo("CR-DIT-CO");
        assertThat(InitCommand.codeOf("Банк")).isEqualTo("MAIN");
        assertThat(InitCommand.codeOf("A".repeat(40))).hasSize(32);
    }

    @Test
    void commandsOtherThanInitRefuseADatabaseThatIsMissingOrUnreachableWithExitCodeThree() {
        Path missing = dir.resolve("nothing-here.db");

        Cli.Run noFile = Cli.on("jdbc:sqlite:" + missing, "user", "list");
        Cli.Run noServer = Cli.on("jdbc:postgresql://127.0.0.1:1/backoffice", "audit", "verify");
        Cli.Run badUrl = Cli.on("jdbc:mysql://localhost/backoffice", "export", "audit", "--out", "a.csv");

        assertThat(noFile.exit()).isEqualTo(3);
        assertThat(noFile.err().strip())
                .isEqualTo("error: db: no database at " + missing
                        + "; run backoffice init --profile bank first, or give --db");
        assertThat(missing).doesNotExist();
        assertThat(noServer.exit()).isEqualTo(3);
        assertThat(noServer.err().strip()).startsWith("error: db: cannot connect to postgresql 127.0.0.1:1/backoffice");
        assertThat(badUrl.exit()).isEqualTo(3);
        assertThat(badUrl.err().strip()).isEqualTo("error: db: must be a jdbc:sqlite: or jdbc:postgresql: URL");
    }

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void aDatabaseNobodyInitialisedIsRefusedWithExitCodeThree(TestDatabase kind) {
        try (ScratchDatabase database = kind.create()) {
            if (kind == TestDatabase.SQLITE) {
                Cli.platform(database.url()).close(); // the tables, but no installation
            }
            Cli.Run run = Cli.on(database.url(), "audit", "verify");

            assertThat(run.exit()).as(run.toString()).isEqualTo(3);
            assertThat(run.err()).contains("is not initialised; run backoffice init --profile bank first");
        }
    }
}
