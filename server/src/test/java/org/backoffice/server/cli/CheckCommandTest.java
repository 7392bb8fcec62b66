package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backoffice check} on a bank with a day's vouchers: clean, then broken behind the application's back. */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCleanInstallationExitsZeroAndABalanceAlteredBehindItsBackExitsOneNamingTheAccount()
            throws IOException, java.sql.SQLException {
        String url = Installations.bank(dir);
        Path file = Files.writeString(dir.resolve("march.csv"), ImportCommandTest.GOOD);
        assertThat(Cli.on(url, "import", "journal-vouchers", "--file", file.toString(), "--as", "anna", "--submit")
                        .exit())
                .isZero();

        Cli.Run clean = Cli.on(url, "check");

        assertThat(clean.exit()).as(clean.toString()).isZero();
        assertThat(clean.out())
                .contains("ok    every balance equals the sum of its postings, posted and pending")
                .contains("ok    every ledger transaction belongs to a document or an operation")
                .contains("ok    the audit log's hash chain is intact")
                .containsPattern("check: clean, \\d+ rules hold\\R$");

        long account;
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT ledger_id FROM accounts WHERE number = 'HO-5030-USD'");
            rs.next();
            account = rs.getLong(1);
            s.executeUpdate(
                    "UPDATE ledger_balances SET debits_posted = debits_posted + 1 WHERE account_id = " + account);
        }

        Cli.Run broken = Cli.on(url, "check");

        assertThat(broken.exit()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.out())
                .contains("FAIL  every balance equals the sum of its postings, posted and pending: 1 found")
                .contains("        " + account + ": balance (debits ")
                .containsPattern("check: 1 violations found\\R$");
    }
}
