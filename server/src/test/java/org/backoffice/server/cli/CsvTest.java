package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRowsKeepTheirSpreadsheetNumbers() {
        List<Csv.Row> rows = Csv.parse("\uFEFFa,b,c\r\n"
                + "1, \"two, and \"\"2\"\"\" ,3\r\n"
                + "\r\n"
                + "\"multi\nline\",x,\n"
                + "last,row,here");

        assertThat(rows).extracting(Csv.Row::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(0).cells()).containsExactly("a", "b", "c");
        assertThat(rows.get(1).cells()).containsExactly("1", "two, and \"2\"", "3");
        assertThat(rows.get(2).blank()).isTrue();
        assertThat(rows.get(3).cells()).containsExactly("multi\nline", "x", "");
        assertThat(rows.get(4).cells()).containsExactly("last", "row", "here");
    }

    @Test
    void theHeaderIsMatchedByNameInAnyOrderAndCase() throws IOException {
        Csv.Table table = Csv.read(new StringReader("Name,BRANCH\nCash,HO\n\n"), List.of("branch", "name"));

        assertThat(table.rows()).hasSize(1);
        assertThat(table.value(table.rows().get(0), "branch")).isEqualTo("HO");
        assertThat(table.value(table.rows().get(0), "name")).isEqualTo("Cash");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a,b\\n\"open,2|row 2: a quoted field is not closed",
                "a,b\\n\"x\"y,2|row 2: text after a closing quote; a quote inside a quoted field is written twice (\"\")",
                "a,a,b|row 1: the column a is named twice",
                "b|row 1: the header must name the columns a,b; missing: a",
                "|is empty; its first row must be the header a,b"
            })
    void malformedFilesAreRefusedNamingTheRow(String text, String message) {
        assertThatThrownBy(() ->
                        Csv.read(new StringReader(text == null ? "" : text.replace("\\n", "\n")), List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void writtenCellsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(Csv.line(List.of("plain", "with, comma", "say \"hi\"", "", " padded")))
                .isEqualTo("plain,\"with, comma\",\"say \"\"hi\"\"\",,\" padded\"");
        assertThat(Csv.parse(Csv.line(List.of("with, comma", "say \"hi\"", " padded")))
                        .get(0)
                        .cells())
                .containsExactly("with, comma", "say \"hi\"", " padded");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsMadeInertButNumbersAreNot() {
        assertThat(TableWriter.CsvWriter.text("=1+1")).isEqualTo("'=1+1");
        assertThat(TableWriter.CsvWriter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TableWriter.CsvWriter.text("-reversal")).isEqualTo("'-reversal");
        assertThat(TableWriter.CsvWriter.text(new java.math.BigDecimal("-12.50")))
                .isEqualTo("-12.50");
        assertThat(TableWriter.CsvWriter.text("HO-1010-USD")).isEqualTo("HO-1010-USD");
    }
}
