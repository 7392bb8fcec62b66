package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of one installation, which the tests only read. */
class ExportCommandTest {
    @TempDir
    static Path dir;

    static String url;

    @BeforeAll
    static void install() throws IOException {
        url = Installations.bank(dir);
        Path vouchers = Files.writeString(dir.resolve("vouchers.csv"), """
                branch,date,narrative,asset,account,side,amount,voucher
                HO,2026-03-01,Capital paid in,USD,HO-1010-USD,DEBIT,5000.00,C1
                HO,2026-03-01,Capital paid in,USD,HO-3010-USD,CREDIT,5000.00,C1
                HO,2026-03-31,"=HYPERLINK(""http://evil.example"",""Rent, March"")",USD,HO-5030-USD,DEBIT,1200.50,R1
                HO,2026-03-31,,USD,HO-1010-USD,CREDIT,1200.50,R1
                HO,2026-04-02,Fit-out,USD,HO-5030-USD,DEBIT,20000.00,B1
                HO,2026-04-02,Fit-out,USD,HO-3010-USD,CREDIT,20000.00,B1
                """);
        Cli.Run run =
                Cli.on(url, "import", "journal-vouchers", "--file", vouchers.toString(), "--as", "anna", "--submit");
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    @Test
    void documentsAsCsvWithFiltersAndNoFormulaASpreadsheetWouldRun() throws IOException {
        Path out = dir.resolve("march.csv");

        Cli.Run run = Cli.on(
                url,
                "export",
                "documents",
                "--status",
                "posted",
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-31",
                "--out",
                out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("wrote 2 documents to " + out.toAbsolutePath() + " (csv)\n");
        List<Csv.Row> rows = Csv.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(rows.get(0).cells())
                .containsExactly(
                        "id",
                        "number",
                        "type",
                        "branch",
                        "date",
                        "status",
                        "maker",
                        "approver",
                        "asset",
                        "amount",
                        "narrative",
                        "comment",
                        "created",
                        "updated");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells().subList(2, 11))
                .containsExactly(
                        "JournalVoucher",
                        "HO",
                        "2026-03-01",
                        "POSTED",
                        "anna",
                        "",
                        "USD",
                        "5000.00",
                        "Capital paid in");
        assertThat(rows.get(2).cells().get(9)).isEqualTo("1200.50");
        assertThat(rows.get(2).cells().get(10)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Rent, March\")");
        assertThat(Files.readString(out)).contains("\r\n");
    }

    @Test
    void documentsAsXlsxWithTypedCells() throws IOException {
        Path out = dir.resolve("documents.xlsx");

        Cli.Run run = Cli.on(url, "export", "documents", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("wrote 3 documents to " + out.toAbsolutePath() + " (xlsx)\n");
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("documents");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("amount");
            Row fitOut = sheet.getRow(3);
            assertThat(fitOut.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(fitOut.getCell(5).getStringCellValue()).isEqualTo("SUBMITTED");
            Cell amount = fitOut.getCell(9);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(20000.00);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // In a workbook the narrative is text, never a formula.
            Cell narrative = sheet.getRow(2).getCell(10);
            assertThat(narrative.getCellType()).isEqualTo(CellType.STRING);
            assertThat(narrative.getStringCellValue()).startsWith("=HYPERLINK(");
        }
    }

    @Test
    void accountsWithBalancesAsOfADate() throws IOException {
        Path now = dir.resolve("accounts.csv");
        Path march = dir.resolve("accounts-march.csv");

        assertThat(Cli.on(url, "export", "accounts", "--out", now.toString()).exit())
                .isZero();
        assertThat(Cli.on(url, "export", "accounts", "--to", "2026-03-01", "--asset", "USD", "--out", march.toString())
                        .exit())
                .isZero();

        assertThat(Files.readString(now).lines().toList())
                .containsExactly(
                        "number,branch,chart_code,asset,name,limit,debits,credits,balance,normal_side",
                        "HO-1010-USD,HO,1010,USD,Cash on hand,CREDITS_MUST_NOT_EXCEED_DEBITS,5000.00,1200.50,3799.50,DEBIT",
                        "HO-2010-USD-001,HO,2010,USD,\"Northwind Traders, current account\",DEBITS_MUST_NOT_EXCEED_CREDITS,"
                                + "0.00,0.00,0.00,CREDIT",
                        "HO-3010-USD,HO,3010,USD,Share capital,NONE,0.00,5000.00,5000.00,CREDIT",
                        "HO-5030-USD,HO,5030,USD,Operating expenses,NONE,1200.50,0.00,1200.50,DEBIT");
        assertThat(Files.readString(march))
                .contains("HO-1010-USD,HO,1010,USD,Cash on hand,CREDITS_MUST_NOT_EXCEED_DEBITS,5000.00,0.00,5000.00");
    }

    @Test
    void theTrialBalanceAsXlsxBalances() throws IOException {
        Path out = dir.resolve("tb.xlsx");

        Cli.Run run = Cli.on(url, "export", "trial-balance", "--asset", "USD", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            double debits = 0;
            double credits = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                debits += sheet.getRow(i).getCell(5).getNumericCellValue();
                credits += sheet.getRow(i).getCell(6).getNumericCellValue();
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(debits).isEqualTo(5000.00);
            assertThat(credits).isEqualTo(5000.00);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("HO-1010-USD");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3799.50);
        }
    }

    @Test
    void theAuditLogNewestFirst() throws IOException {
        Path out = dir.resolve("audit.csv");

        Cli.Run run = Cli.on(url, "export", "audit", "--entity", "anna", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        List<Csv.Row> rows = Csv.parse(Files.readString(out));
        assertThat(rows.get(0).cells())
                .containsExactly(
                        "seq",
                        "at",
                        "actor",
                        "action",
                        "entity_type",
                        "entity_id",
                        "branch",
                        "before",
                        "after",
                        "hash");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells().subList(2, 6)).containsExactly("cli", "CREATE", "User", "anna");
    }

    @Test
    void theFormatComesFromTheFileNameUnlessGivenAndFiltersAreChecked() {
        Cli.Run unknown =
                Cli.on(url, "export", "documents", "--out", dir.resolve("x.pdf").toString());
        Cli.Run given = Cli.on(
                url,
                "export",
                "documents",
                "--format",
                "csv",
                "--out",
                dir.resolve("x.txt").toString());
        Cli.Run branch = Cli.on(
                url,
                "export",
                "documents",
                "--branch",
                "ZZ",
                "--out",
                dir.resolve("y.csv").toString());
        Cli.Run date = Cli.on(
                url,
                "export",
                "documents",
                "--from",
                "2026-13-01",
                "--out",
                dir.resolve("y.csv").toString());
        Cli.Run order = Cli.on(
                url,
                "export",
                "documents",
                "--from",
                "2026-04-01",
                "--to",
                "2026-03-01",
                "--out",
                dir.resolve("y.csv").toString());
        Cli.Run inapplicable = Cli.on(
                url,
                "export",
                "accounts",
                "--status",
                "posted",
                "--out",
                dir.resolve("y.csv").toString());

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip())
                .isEqualTo("error: --format: must be csv or xlsx; the name of the --out file does not say which");
        assertThat(given.exit()).isZero();
        assertThat(dir.resolve("x.txt")).content().startsWith("id,number,type");
        assertThat(branch.exit()).isEqualTo(2);
        assertThat(branch.err().strip()).isEqualTo("error: --branch: there is no branch 'ZZ'");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).startsWith("error: --from: must be a date such as 2026-03-31, was '2026-13-01'");
        assertThat(order.exit()).isEqualTo(2);
        assertThat(order.err().strip()).isEqualTo("error: --from: must not be after --to");
        assertThat(inapplicable.exit()).isEqualTo(2);
        assertThat(inapplicable.err()).startsWith("error: --status: unknown option of backoffice export accounts");
        assertThat(dir.resolve("y.csv")).doesNotExist();
    }
}
