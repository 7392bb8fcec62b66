package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.server.DatabaseUrl;
import org.backoffice.server.securities.SecuritiesData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A broker is initialised as a broker, and trades are imported into its book from a CSV file. */
class SecuritiesCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void aBrokerInstallationImportsTradesAndCountsEachOutcome(TestDatabase kind) throws Exception {
        try (ScratchDatabase database = kind.create()) {
            Cli.Run init = Cli.on(database.url(), "init", "--profile", "broker", "--organisation", "Demo Securities");
            assertThat(init.exit()).as(init.toString()).isZero();
            assertThat(init.out()).contains("with the profile broker");
            try (Platform platform = Cli.platform(database.url())) {
                assertThat(platform.profile().name()).isEqualTo("broker");
            }
            String today;
            try (Installation installation = Installation.open(DatabaseUrl.parse(database.url()))) {
                assertThat(installation.platform().profile().name()).isEqualTo("broker");
                SecuritiesData.ensure(installation.securities());
                today = SecuritiesData.today(installation.securities()).toString();
            }
            String header = "trade_ref,side,isin,quantity,price,currency,trade_date,settlement_date,depo_account,"
                    + "counterparty,market,delivery\n";
            String tail = ",12.50,GBP," + today + ",," + SecuritiesData.DEPO + ",";
            Path file = Files.writeString(
                    dir.resolve("trades.csv"),
                    header
                            + "CLI-1,BUY," + SecuritiesData.SHARE + ",10" + tail + SecuritiesData.ALPHA + ",XLON,FOP\n"
                            + "CLI-2,BUY," + SecuritiesData.SHARE + ",10" + tail + SecuritiesData.UNKNOWN
                            + ",XLON,FOP\n"
                            + "CLI-3,BUY," + SecuritiesData.SHARE + ",ten" + tail + SecuritiesData.ALPHA
                            + ",XLON,FOP\n");

            Cli.Run first = Cli.on(database.url(), "import", "trades", "--file", file.toString());

            assertThat(first.exit()).as(first.toString()).isEqualTo(1);
            assertThat(first.out())
                    .contains("loaded 1, repair 1, duplicate 0, refused 1")
                    .contains("row 3: counterparty: ")
                    .contains("row 4: quantity: must be a whole number")
                    .doesNotContain("Exception");
            Cli.Run again = Cli.on(database.url(), "import", "trades", "--file", file.toString());
            assertThat(again.out()).contains("loaded 0, repair 0, duplicate 2, refused 1");
        }
    }
}
