package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.DocumentQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    static final String GOOD = """
            branch,date,narrative,asset,account,side,amount,voucher
            HO,2026-03-01,Capital paid in,USD,HO-1010-USD,DEBIT,5000.00,C1
            HO,2026-03-01,Capital paid in,USD,HO-3010-USD,CREDIT,5000.00,C1
            HO,2026-03-31,"Rent, March",USD,HO-5030-USD,debit,1200.50,R1
            ,,,,HO-1010-USD,credit,1200.50,R1
            HO,2026-03-31,New branch fit-out,USD,HO-5030-USD,DEBIT,20000.00,B1
            HO,2026-03-31,New branch fit-out,USD,HO-3010-USD,CREDIT,20000.00,B1
            """;

    static final String BAD = """
            branch,date,narrative,asset,account,side,amount,voucher
            HO,2026-03-01,Capital paid in,USD,HO-1010-USD,DEBIT,300.00,G1
            HO,2026-03-01,Capital paid in,USD,HO-3010-USD,CREDIT,300.00,G1
            HO,2026-03-31,Unbalanced,USD,HO-5030-USD,DEBIT,10.00,U1
            HO,2026-03-31,Unbalanced,USD,HO-1010-USD,CREDIT,9.99,U1
            HO,2026-03-31,Unknown account,USD,HO-5030-USD,DEBIT,10.00,A1
            HO,2026-03-31,Unknown account,USD,HO-9999-USD,CREDIT,10.00,A1
            HO,2026-03-31,Bad amount,USD,HO-5030-USD,DEBIT,10.001,M1
            HO,2026-03-31,Bad amount,USD,HO-1010-USD,CREDIT,ten,M1
            HO,31/03/2026,Bad date,USD,HO-5030-USD,DEBIT,10.00,D1
            HO,31/03/2026,Bad date,USD,HO-1010-USD,CREDIT,10.00,D1
            """;

    @TempDir
    Path dir;

    String url;

    @BeforeEach
    void install() throws IOException {
        url = Installations.bank(dir);
    }

    @Test
    void aGoodFileLoadsEveryVoucherAsItsMakerAndMovesTheBalances() throws IOException {
        Path file = Files.writeString(dir.resolve("march.csv"), GOOD);

        Cli.Run run = Cli.on(url, "import", "journal-vouchers", "--file", file.toString(), "--as", "anna", "--submit");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out())
                .matches("(?s)voucher C1 \\(rows 2-3\\): loaded JV-HO-\\d{4}-000001 \\(posted\\)\n"
                        + "voucher R1 \\(rows 4-5\\): loaded JV-HO-\\d{4}-000002 \\(posted\\)\n"
                        + "voucher B1 \\(rows 6-7\\): loaded JV-HO-\\d{4}-000003 \\(submitted, awaiting approval\\)\n"
                        + "loaded 3, rejected 0\n");
        assertThat(run.err()).isEmpty();
        try (Platform platform = Cli.platform(url)) {
            assertThat(balance(platform, "HO-1010-USD")).isEqualTo(500_000 - 120_050);
            assertThat(balance(platform, "HO-5030-USD")).isEqualTo(120_050);
            // At the threshold it waits for a second user; nothing moved yet.
            assertThat(balance(platform, "HO-3010-USD")).isEqualTo(-500_000);
            assertThat(platform.documents()
                            .list(Installation.CLI, DocumentQuery.firstPage(10))
                            .items())
                    .allSatisfy(d -> assertThat(d.maker()).isEqualTo("anna"));
        }

        Cli.Run again =
                Cli.on(url, "import", "journal-vouchers", "--file", file.toString(), "--as", "anna", "--submit");

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out())
                .contains("voucher C1 (rows 2-3): loaded before from this file as JV-")
                .endsWith("loaded 0, rejected 0; 3 loaded before from this file, left as they were\n");
        try (Platform platform = Cli.platform(url)) {
            assertThat(balance(platform, "HO-1010-USD")).isEqualTo(500_000 - 120_050);
            assertThat(documents(platform)).isEqualTo(3);
        }
    }

    @Test
    void badRowsRejectTheirVouchersWholeNamingRowsAndFieldsAndTheExitCodeIsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), BAD);

        Cli.Run run = Cli.on(url, "import", "journal-vouchers", "--file", file.toString(), "--as", "anna", "--submit");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .matches("(?s)voucher G1 \\(rows 2-3\\): loaded JV-HO-\\d{4}-000001 \\(posted\\)\n"
                        + "voucher U1 \\(rows 4-5\\): rejected\n"
                        + "  rows 4-5: debits must equal credits\n"
                        + "voucher A1 \\(rows 6-7\\): rejected\n"
                        + "  row 7: account: no such account: 'HO-9999-USD'\n"
                        + "voucher M1 \\(rows 8-9\\): rejected\n"
                        + "  row 8: amount: USD has at most 2 decimal places, was '10.001'\n"
                        + "  row 9: amount: must be a decimal number such as 1234.50, was 'ten'\n"
                        + "voucher D1 \\(rows 10-11\\): rejected\n"
                        + "  row 10: date: must be a date such as 2026-03-31, was '31/03/2026'\n"
                        + "loaded 1, rejected 4\n");
        try (Platform platform = Cli.platform(url)) {
            assertThat(documents(platform)).isOne();
            assertThat(balance(platform, "HO-1010-USD")).isEqualTo(30_000);
            assertThat(balance(platform, "HO-5030-USD")).isZero();
        }
    }

    @Test
    void aDryRunChecksEveryVoucherAndStoresNothing() throws IOException {
        Path good = Files.writeString(dir.resolve("good.csv"), GOOD);
        Path bad = Files.writeString(dir.resolve("bad.csv"), BAD);

        Cli.Run clean =
                Cli.on(url, "import", "journal-vouchers", "--file", good.toString(), "--as", "anna", "--dry-run");
        Cli.Run dirty =
                Cli.on(url, "import", "journal-vouchers", "--file", bad.toString(), "--as", "anna", "--dry-run");

        assertThat(clean.exit()).as(clean.toString()).isZero();
        assertThat(clean.out())
                .contains("voucher R1 (rows 4-5): valid\n")
                .endsWith("dry run, nothing stored: would load 3, rejected 0\n");
        assertThat(dirty.exit()).isEqualTo(1);
        assertThat(dirty.out())
                .contains("  row 7: account: no such account: 'HO-9999-USD'\n")
                .endsWith("dry run, nothing stored: would load 1, rejected 4\n");
        try (Platform platform = Cli.platform(url)) {
            assertThat(documents(platform)).isZero();
        }
    }

    @Test
    void theMakersPermissionsApply() throws IOException {
        Path file = Files.writeString(dir.resolve("march.csv"), GOOD);

        Cli.Run run = Cli.on(url, "import", "journal-vouchers", "--file", file.toString(), "--as", "avery");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("voucher C1 (rows 2-3): rejected\n  not allowed: avery may not create JournalVoucher\n")
                .endsWith("loaded 0, rejected 3\n");
    }

    @Test
    void withoutSubmitTheVouchersAreDrafts() throws IOException {
        Path file = Files.writeString(dir.resolve("march.csv"), GOOD);

        Cli.Run run = Cli.on(url, "import", "journal-vouchers", "--file", file.toString(), "--as", "anna");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("voucher C1 \\(rows 2-3\\): loaded as a draft, id \\d+\n");
        try (Platform platform = Cli.platform(url)) {
            assertThat(balance(platform, "HO-1010-USD")).isZero();
        }
    }

    @Test
    void aFileWithTheWrongHeaderOrNoFileAtAllIsRefusedBeforeAnythingLoads() throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong.csv"), "branch,date,text,asset,account,side,amount\n");

        Cli.Run header = Cli.on(url, "import", "journal-vouchers", "--file", wrong.toString(), "--as", "anna");
        Cli.Run missing = Cli.on(url, "import", "journal-vouchers", "--file", "nope.csv", "--as", "anna");
        Cli.Run nobody = Cli.on(
                url,
                "import",
                "journal-vouchers",
                "--file",
                Files.writeString(dir.resolve("g.csv"), GOOD).toString(),
                "--as",
                "nobody");

        assertThat(header.exit()).isEqualTo(1);
        assertThat(header.err().strip())
                .isEqualTo("error: --file: row 1: the header must name the columns"
                        + " branch,date,narrative,asset,account,side,amount,voucher; missing: narrative, voucher;"
                        + " unknown: text");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("error: --file: there is no file nope.csv");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err().strip()).isEqualTo("error: --as: there is no user 'nobody'");
    }

    @Test
    void accountsLoadOnceAndBadRowsAreRejectedByRow() throws IOException {
        Path file = Files.writeString(dir.resolve("more.csv"), """
                branch,chartCode,asset,suffix,name,limit
                HO,1010,USD,,Cash on hand,CREDITS_MUST_NOT_EXCEED_DEBITS
                HO,2010,USD,002,Contoso current account,DEBITS_MUST_NOT_EXCEED_CREDITS
                HO,9999,USD,,Nonsense,
                HO,1020,USD,,Nostro,SOMETIMES
                """);

        Cli.Run run = Cli.on(url, "import", "accounts", "--file", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo("row 2: open already, left as it is: HO-1010-USD\n"
                        + "row 3: loaded HO-2010-USD-002\n"
                        + "row 4: rejected: chartCode: '9999' is not in the chart of accounts\n"
                        + "row 5: rejected: limit: must be one of [NONE, DEBITS_MUST_NOT_EXCEED_CREDITS,"
                        + " CREDITS_MUST_NOT_EXCEED_DEBITS], was 'SOMETIMES'\n"
                        + "loaded 1, rejected 2; 1 open already, left as they were\n");
        try (Platform platform = Cli.platform(url)) {
            assertThat(platform.accounts().account("HO-2010-USD-002")).isPresent();
            assertThat(platform.accounts().account("HO-1020-USD")).isEmpty();
        }
    }

    private static long balance(Platform platform, String number) {
        var account = platform.accounts().account(number).orElseThrow();
        var balance = platform.ledger().balance(account.ledgerId()).orElseThrow();
        return balance.debitsPosted() - balance.creditsPosted();
    }

    private static long documents(Platform platform) {
        return platform.documents()
                .list(Installation.CLI, DocumentQuery.firstPage(100))
                .total();
    }
}
