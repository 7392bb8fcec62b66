package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reports of one installation: capital of 5,000.00 on 1 March, rent of 1,200.50 on 31 March. */
class ReportCommandTest {
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
                HO,2026-03-31,Rent,USD,HO-5030-USD,DEBIT,1200.50,R1
                HO,2026-03-31,Rent,USD,HO-1010-USD,CREDIT,1200.50,R1
                """);
        Cli.Run run =
                Cli.on(url, "import", "journal-vouchers", "--file", vouchers.toString(), "--as", "anna", "--submit");
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    @Test
    void theTurnoverAsCsvSplitsOpeningAndPeriod() throws IOException {
        Path out = dir.resolve("turnover.csv");

        Cli.Run run = Cli.on(
                url, "report", "turnover", "--from", "2026-03-02", "--to", "2026-03-31", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("wrote turnover trial balance", "(csv)");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
                .contains(
                        "HO-1010-USD,Cash on hand,HO,USD,5000.00,0.00,0.00,1200.50,3799.50,0.00",
                        "Total USD,balanced,,USD,5000.00,5000.00,1200.50,1200.50,5000.00,5000.00");
    }

    @Test
    void theBalanceSheetAsXlsxBalancesWithTheLossOfTheMonth() throws IOException {
        Path out = dir.resolve("bs.xlsx");

        Cli.Run run = Cli.on(
                url, "report", "balance-sheet", "--date", "2026-03-31", "--branch", "HO", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            double assets = Double.NaN;
            double result = Double.NaN;
            double rest = Double.NaN;
            for (Row row : sheet) {
                String line = row.getCell(3) == null ? "" : row.getCell(3).toString();
                if (line.equals("Result not yet closed")) {
                    result = row.getCell(4).getNumericCellValue();
                } else if (line.equals("Assets")) {
                    assets = row.getCell(4).getNumericCellValue();
                } else if (line.equals("Liabilities, equity and result")) {
                    rest = row.getCell(4).getNumericCellValue();
                }
            }
            assertThat(assets).isEqualTo(3799.50);
            assertThat(result).isEqualTo(-1200.50);
            assertThat(rest).isEqualTo(assets);
        }
    }

    @Test
    void theIncomeStatementAndTrialBalanceAsPdf() throws IOException {
        Path income = dir.resolve("income.pdf");
        Path trial = dir.resolve("tb.out");

        assertThat(Cli.on(
                                url,
                                "report",
                                "income-statement",
                                "--from",
                                "2026-03-01",
                                "--to",
                                "2026-03-31",
                                "--out",
                                income.toString())
                        .exit())
                .isZero();
        assertThat(Cli.on(
                                url,
                                "report",
                                "trial-balance",
                                "--date",
                                "2026-03-31",
                                "--format",
                                "pdf",
                                "--out",
                                trial.toString())
                        .exit())
                .isZero();

        PdfReader reader = new PdfReader(Files.readAllBytes(income));
        try {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                    .contains("Income statement", "Operating expenses", "1,200.50", "-1,200.50");
        } finally {
            reader.close();
        }
        reader = new PdfReader(Files.readAllBytes(trial));
        try {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                    .contains("Trial balance", "HO-3010-USD", "5,000.00");
        } finally {
            reader.close();
        }
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        Path out = dir.resolve("bad.csv");

        Cli.Run backwards = Cli.on(
                url, "report", "turnover", "--from", "2026-03-31", "--to", "2026-03-01", "--out", out.toString());
        assertThat(backwards.exit()).isEqualTo(BackofficeCli.USAGE);
        assertThat(backwards.err()).contains("--from");

        Cli.Run format = Cli.on(
                url, "report", "balance-sheet", "--out", dir.resolve("bs.docx").toString());
        assertThat(format.exit()).isEqualTo(BackofficeCli.USAGE);
        assertThat(format.err()).contains("--format");

        Cli.Run branch = Cli.on(url, "report", "balance-sheet", "--branch", "NOPE", "--out", out.toString());
        assertThat(branch.exit()).isEqualTo(BackofficeCli.USAGE);
        assertThat(branch.err()).contains("--branch");
        assertThat(out).doesNotExist();
    }
}
