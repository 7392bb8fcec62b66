package org.backoffice.server.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.backoffice.platform.document.Document;
import org.backoffice.server.web.WebTest;
import org.junit.jupiter.api.Test;

class DocumentsPageTest extends WebTest {
    private static List<String> rowIds(String html) {
        return Pattern.compile("<tr data-id=\"(\\d+)\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theListKeepsToTheUsersBranches() {
        Document ho = voucher("operator.ho", "HO", unique("HO only"), "HO-5030-USD", "HO-2910-USD", "5.00", true);

        String b1 = as("operator.b1")
                .get("/documents?number=" + encoded(ho.number()))
                .body();
        String b1All = as("operator.b1").get("/documents?branch=HO").body();

        assertThat(rowIds(b1)).isEmpty();
        assertThat(rowIds(b1All)).isEmpty();
        assertThat(rowIds(as("controller.ho")
                        .get("/documents?number=" + encoded(ho.number()))
                        .body()))
                .containsExactly(ho.id().toString());
    }

    @Test
    void aDocumentOfAnotherBranchIsNotFoundByItsAddress() {
        Document ho = voucher("operator.ho", "HO", unique("Hidden"), "HO-5030-USD", "HO-2910-USD", "6.00", true);

        HttpResponse<String> page = as("operator.b1").get("/documents/" + ho.id());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(ho.number());
        assertThat(as("operator.b1").get("/documents/" + ho.id() + "/edit").statusCode())
                .isEqualTo(404);
    }

    @Test
    void filtersCombine() {
        String narrative = unique("Filter me");
        Document draft = voucher("operator.b2", "B2", narrative, "B2-5030-USD", "B2-2910-USD", "7.00", false);
        Document posted = voucher("operator.b2", "B2", narrative, "B2-5030-USD", "B2-2910-USD", "8.00", true);

        String drafts = as("admin")
                .get("/documents?status=DRAFT&branch=B2&maker=operator.b2")
                .body();
        String postedToday = as("admin")
                .get("/documents?status=POSTED&type=JournalVoucher&branch=B2&from=" + today() + "&to=" + today())
                .body();

        assertThat(rowIds(drafts))
                .contains(draft.id().toString())
                .doesNotContain(posted.id().toString());
        assertThat(rowIds(postedToday))
                .contains(posted.id().toString())
                .doesNotContain(draft.id().toString());
        assertThat(rowIds(as("admin")
                        .get("/documents?branch=B2&to=" + today().minusDays(1))
                        .body()))
                .doesNotContain(posted.id().toString(), draft.id().toString());
    }

    @Test
    void aWrongFilterSaysWhatIsWrong() {
        HttpResponse<String> page = as("admin").get("/documents?from=2026-02-30");
        HttpResponse<String> backwards = as("admin").get("/documents?from=2026-02-10&to=2026-02-01");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("from: must be a date as YYYY-MM-DD");
        assertThat(backwards.body()).contains("from: must not be after to");
    }

    @Test
    void columnHeadingsSortTheList() {
        String ascending =
                as("operator.b1").get("/documents?sort=amount&status=POSTED").body();
        String descending =
                as("operator.b1").get("/documents?sort=-amount&status=POSTED").body();

        List<Long> up = amounts(ascending);
        List<Long> down = amounts(descending);
        assertThat(up).isSorted().isNotEmpty();
        assertThat(down).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(ascending)
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/documents?status=POSTED&amp;sort=-amount\"");
    }

    private static List<Long> amounts(String html) {
        List<Long> amounts = new ArrayList<>();
        var matcher = Pattern.compile("<td class=\"num\"><span>([0-9]+)\\.([0-9]{2})</span>")
                .matcher(html);
        while (matcher.find()) {
            amounts.add(Long.parseLong(matcher.group(1)) * 100 + Long.parseLong(matcher.group(2)));
        }
        return amounts;
    }

    @Test
    void htmxGetsJustTheResultsAndThePagerKeepsTheFilters() {
        HttpResponse<String> fragment = as("admin").get("/documents?status=POSTED&page=1", "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body())
                .startsWith("<div id=\"results\">")
                .contains("<table class=\"data\" id=\"documents\">", "Page 2 of")
                .contains("hx-get=\"/documents?status=POSTED&amp;page=0\"")
                .doesNotContain("<html", "id=\"sidenav\"");
        assertThat(rowIds(fragment.body())).isNotEmpty().hasSizeLessThanOrEqualTo(DocumentsPagesController.PAGE_SIZE);
    }

    @Test
    void theCsvExportHasTheFilteredRowsOfTheUsersBranches() {
        String narrative = unique("CSV, \"quoted\"");
        Document mine = voucher("operator.b1", "B1", narrative, "B1-5030-USD", "B1-2910-USD", "1234.50", true);
        voucher("operator.ho", "HO", narrative, "HO-5030-USD", "HO-2910-USD", "1.00", true);

        HttpResponse<String> csv = as("operator.b1").get("/documents/export.csv?from=" + today(), "Accept", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".csv"));
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertThat(lines.getFirst())
                .isEqualTo("Number,Type,Status,Branch,Date,Asset,Amount,Maker,Approver,Narrative,Id");
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.contains(",B1," + today() + ","));
        assertThat(lines)
                .contains(mine.number() + ",JournalVoucher,POSTED,B1," + today() + ",USD,1234.50,operator.b1,,\""
                        + narrative.replace("\"", "\"\"") + "\"," + mine.id());
        assertThat(csv.body()).doesNotContain(",HO,");
    }

    @Test
    void theCsvExportDefusesFormulas() {
        Document formula =
                voucher("operator.b2", "B2", "=HYPERLINK(\"http://x\")", "B2-5030-USD", "B2-2910-USD", "2.00", false);

        String csv = as("operator.b2")
                .get("/documents/export.csv?status=DRAFT", "Accept", "text/csv")
                .body();

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"," + formula.id());
    }

    @Test
    void theXlsxExportHasNumericAmountsAndRealDates() throws IOException {
        Document mine = voucher("operator.b2", "B2", unique("XLSX"), "B2-5030-USD", "B2-2910-USD", "9876.54", true);

        HttpResponse<byte[]> xlsx = as("operator.b2").bytes("/documents/export.xlsx?status=POSTED&from=" + today());

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Amount");
            Row row = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(3).getStringCellValue()).isEqualTo("B2");
                if (sheet.getRow(i)
                        .getCell(10)
                        .getStringCellValue()
                        .equals(mine.id().toString())) {
                    row = sheet.getRow(i);
                }
            }
            assertThat(row).as("the voucher's row").isNotNull();
            Cell amount = row.getCell(6);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(9876.54);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell date = row.getCell(4);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today());
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(mine.number());
        }
    }

    @Test
    void exportsOfAnotherBranchAreEmpty() throws IOException {
        String csv = as("operator.b1")
                .get("/documents/export.csv?branch=HO", "Accept", "text/csv")
                .body();
        HttpResponse<byte[]> xlsx = as("operator.b1").bytes("/documents/export.xlsx?branch=HO");

        assertThat(csv.split("\r\n")).hasSize(1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void theExportLinksCarryTheFilters() {
        String html = as("admin").get("/documents?status=POSTED&branch=B1").body();

        assertThat(html)
                .contains("href=\"/documents/export.csv?status=POSTED&amp;branch=B1\"")
                .contains("href=\"/documents/export.xlsx?status=POSTED&amp;branch=B1\"");
    }
}
