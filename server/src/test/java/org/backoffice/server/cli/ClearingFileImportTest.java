package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearingFileImportTest {
    static final String FILE = """
            end_to_end_id,debtor_name,debtor_iban,debtor_bic,creditor_name,creditor_iban,creditor_bic,currency,amount,settlement_date,remittance
            CLI-1,Anna,DE89370400440532013000,BANKDEFF,Nobody,GB94DEMO40000099999999,DEMOGB2L,USD,10.00,2026-11-25,
            CLI-2,Anna,DE89370400440532013000,BANKDEFF,Nobody,GB94DEMO40000099999999,DEMOGB2L,USD,ten,2026-11-25,
            """;

    @TempDir
    Path dir;

    String url;

    @BeforeEach
    void install() throws IOException {
        url = Installations.bank(dir);
    }

    @Test
    void aFileIsImportedOnceWithEachItemThatWasNotCreditedReported() throws IOException {
        Path file = Files.writeString(dir.resolve("in.csv"), FILE);

        Cli.Run run = Cli.on(url, "import", "clearing-file", file.toString(), "--format", "csv");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("suspense item 2 CLI-1: creditorIban:")
                .contains("unreadable item 3: amount: is not a decimal number with a dot: ten")
                .contains("imported in.csv (file ")
                .contains("0 credited, 1 held in suspense, 1 unreadable");

        Cli.Run again = Cli.on(url, "import", "clearing-file", file.toString());
        assertThat(again.exit()).as(again.toString()).isNotZero();
        assertThat(again.err()).contains("was imported before: in.csv");

        Cli.Run badFormat = Cli.on(url, "import", "clearing-file", file.toString(), "--format", "xls");
        assertThat(badFormat.exit()).isNotZero();
        assertThat(badFormat.err()).contains("--format").contains("pacs008 or csv");
        Cli.Run missing =
                Cli.on(url, "import", "clearing-file", dir.resolve("none.csv").toString());
        assertThat(missing.err()).contains("there is no file");
    }
}
