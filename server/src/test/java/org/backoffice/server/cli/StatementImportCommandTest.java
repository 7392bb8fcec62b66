package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.reconciliation.RegisterNostro;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.Camt053Writer;
import org.backoffice.platform.statement.StatementEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementImportCommandTest {
    @TempDir
    Path dir;

    String url;
    Path camt;

    @BeforeEach
    void bankWithANostro() throws IOException {
        url = Installations.bank(dir);
        Path accounts = Files.writeString(
                dir.resolve("nostro.csv"), "branch,chartCode,asset,suffix,name,limit\nHO,1020,USD,,Nostro,NONE\n");
        assertThat(Cli.on(url, "import", "accounts", "--file", accounts.toString())
                        .exit())
                .isZero();
        try (Banking banking = Banking.open(
                PlatformConfig.of(LedgerConfig.of(url), Installation.hasher()), BankingSettings.defaults())) {
            banking.reconciliation()
                    .register(Actor.system("test"), new RegisterNostro("HO-1020-USD", "CHASUS33", "400-123456-USD"));
        }
        LocalDate day = LocalDate.of(2026, 3, 2);
        AccountStatement statement = new AccountStatement(
                "CLI-1",
                "400-123456-USD",
                "USD",
                day,
                BigDecimal.ZERO,
                day,
                new BigDecimal("-12.00"),
                List.of(StatementEntry.of(day, StatementEntry.Side.DEBIT, new BigDecimal("12.00"), null, "Fee")));
        camt = Files.writeString(
                dir.resolve("camt.xml"),
                Camt053Writer.write("M1", Instant.parse("2026-03-02T18:00:00Z"), List.of(statement)));
    }

    @Test
    void aStatementImportsOnceAndItsEntryWithoutCounterpartBecomesABreak() {
        Cli.Run first = Cli.on(url, "import", "statement", camt.toString(), "--format", "camt053");

        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(first.out())
                .contains("statement CLI-1 of 400-123456-USD (HO-1020-USD): imported 1 entries; matched 0, breaks"
                        + " opened 1, closed 0")
                .contains("camt.053: imported 1, refused 0");

        Cli.Run again = Cli.on(url, "import", "statement", camt.toString(), "--as", "anna");

        assertThat(again.exit()).as(again.toString()).isEqualTo(1);
        assertThat(again.out())
                .contains("refused: statementId: statement CLI-1 of 400-123456-USD was imported before")
                .contains("imported 0, refused 1");
    }

    @Test
    void aBadFormatOrAUserWithoutTheRoleIsRefusedNamingWhy() {
        Cli.Run format = Cli.on(url, "import", "statement", camt.toString(), "--format", "csv");
        Cli.Run auditor = Cli.on(url, "import", "statement", camt.toString(), "--as", "avery");
        Cli.Run wrong = Cli.on(url, "import", "statement", camt.toString(), "--format", "mt940");

        assertThat(format.exit()).isNotZero();
        assertThat(format.err()).contains("--format", "must be camt053, mt940 or mt950, was 'csv'");
        assertThat(auditor.exit()).isNotZero();
        assertThat(auditor.err()).contains("avery may not import statements");
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.err()).contains("file: holds no SWIFT message");
    }
}
