package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.DatabaseUrl;
import org.backoffice.server.securities.DeskData;
import org.backoffice.server.securities.SecuritiesData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code backoffice import securities-statement}: an MT535 with a difference opens its break once; garbage is refused. */
class SecuritiesStatementCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void anMt535WithADifferenceOpensABreakOnceAndAGarbageFileIsRefused(TestDatabase kind) throws Exception {
        try (ScratchDatabase database = kind.create()) {
            Cli.Run init = Cli.on(database.url(), "init", "--profile", "broker", "--organisation", "Demo Securities");
            assertThat(init.exit()).as(init.toString()).isZero();
            LocalDate today;
            try (Installation installation = Installation.open(DatabaseUrl.parse(database.url()))) {
                DeskData.ensure(installation.securities());
                DeskData.firmAccount(installation.securities(), "SW2BCLI");
                today = SecuritiesData.today(installation.securities());
            }
            Path garbage = Files.write(dir.resolve("garbage.txt"), DeskData.garbageMt535());
            Path unknown = Files.writeString(dir.resolve("notes.txt"), "minutes of the meeting");
            Path statement = Files.write(dir.resolve("mt535.txt"), DeskData.mt535("CLI535A", "SW2BCLI", today, 250));

            Cli.Run refused = Cli.on(database.url(), "import", "securities-statement", "--file", garbage.toString());
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.err()).startsWith("error: --file: ").doesNotContain("Exception", "\tat ");
            Cli.Run neither = Cli.on(database.url(), "import", "securities-statement", "--file", unknown.toString());
            assertThat(neither.err().strip())
                    .isEqualTo("error: --file: is neither an MT535, MT536, MT537 nor a camt.053 statement");

            Cli.Run first = Cli.on(database.url(), "import", "securities-statement", "--file", statement.toString());
            assertThat(first.exit()).as(first.toString()).isZero();
            assertThat(first.out())
                    .contains("break  POSITION SW2BCLI " + DeskData.SHARE
                            + " position: ours 0, theirs 250, difference 250")
                    .contains("CLI535A: ");
            Cli.Run again = Cli.on(database.url(), "import", "securities-statement", "--file", statement.toString());
            assertThat(again.exit()).as(again.toString()).isZero();
            assertThat(again.out()).contains("0 new break(s)").doesNotContain("break  ");

            try (Installation installation = Installation.open(DatabaseUrl.parse(database.url()))) {
                assertThat(installation.securities().reconciliation().breaks(Actor.system("test"), BreakQuery.open()))
                        .filteredOn(b -> b.subject().equals(DeskData.SHARE))
                        .hasSize(1);
            }
        }
    }
}
