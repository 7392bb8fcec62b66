package org.backoffice.banking.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClearingCsvTest {
    private static final String HEADER =
            "end_to_end_id,debtor_name,debtor_iban,debtor_bic,creditor_name,creditor_iban,creditor_bic,currency,amount,settlement_date,remittance\r\n";
    private static final String GOOD =
            "E2E-9,Anna Example,DE89370400440532013000,COBADEFFXXX,Bob,FR1420041010050500013M02606,BNPAFRPP,EUR,10.50,2026-03-16,\r\n";

    @Test
    void whatIsWrittenReadsBackToTheSamePayments() {
        ClearingBatch batch = ClearingFixture.batch();

        ParsedFile<ClearingPayment> read = ClearingCsv.read(ClearingCsv.write(batch.payments()));

        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).isEqualTo(batch.payments());
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
        String csv = ClearingCsv.write(ClearingFixture.batch().payments());

        assertThat(csv).startsWith(HEADER);
        ClearingPayment tricky = new ClearingPayment(
                "E2E-q",
                "Smith, \"Jim\"",
                "DE89370400440532013000",
                "COBADEFFXXX",
                "Line\nbreak",
                "FR1420041010050500013M02606",
                "BNPAFRPP",
                "EUR",
                new BigDecimal("1.00"),
                null,
                ClearingFixture.SETTLEMENT);

        String written = ClearingCsv.write(java.util.List.of(tricky));

        assertThat(written).contains("\"Smith, \"\"Jim\"\"\"").contains("\"Line\nbreak\"");
        assertThat(ClearingCsv.read(written).items()).containsExactly(tricky);
    }

    @Test
    void theSampleFileLoadsItsGoodLinesAndNamesTheBadOnes() {
        ParsedFile<ClearingPayment> read = ClearingCsv.read(ClearingFixture.resource("clearing-incoming.csv"));

        assertThat(read.items())
                .extracting(ClearingPayment::endToEndId, ClearingPayment::amount, ClearingPayment::remittance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IN-0001", new BigDecimal("1500.00"), "Rent, March"),
                        org.assertj.core.groups.Tuple.tuple("IN-0002", new BigDecimal("42.10"), "Line one\r\nline two"),
                        org.assertj.core.groups.Tuple.tuple("IN-0006", new BigDecimal("7"), null));
        assertThat(read.errors())
                .extracting(LineError::item, LineError::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "amount"),
                        org.assertj.core.groups.Tuple.tuple(6, "debtor_iban"),
                        org.assertj.core.groups.Tuple.tuple(7, "settlement_date"),
                        org.assertj.core.groups.Tuple.tuple(9, "end_to_end_id"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            comma decimal        | 10.50                  | '"10,50"'                 | amount          | not a decimal number with a dot
            negative amount      | 10.50                  | -10.50                    | amount          | must be positive
            three decimals       | 10.50                  | 10.505                    | amount          | at most 2 decimals
            exponent             | 10.50                  | 1E3                       | amount          | not a decimal number
            missing amount       | ,10.50,                | ,,                        | amount          | is missing
            lower-case currency  | EUR                    | eur                       | currency        | 3 upper-case letters
            bad date             | 2026-03-16             | 16.03.2026                | settlement_date | not a date
            short BIC            | BNPAFRPP               | BNPAFR                    | creditor_bic    | BIC of 8 or 11
            missing name         | Bob                    | ''                        | creditor_name   | is missing
            too few fields       | ,2026-03-16,           | ,2026-03-16               | ''              | expected 11 fields, found 10
            stray quote          | Bob                    | Bo"b                      | ''              | a quote inside an unquoted field
            unclosed quote       | Bob                    | '"Bob'                    | ''              | not closed
            """)
    void aBadLineIsReportedWithItsLineNumberAndColumn(
            String what, String from, String to, String field, String message) {
        ParsedFile<ClearingPayment> read =
                ClearingCsv.read(HEADER + GOOD + GOOD.replace("E2E-9", "E2E-10").replace(from, to));

        assertThat(read.items()).extracting(ClearingPayment::endToEndId).containsExactly("E2E-9");
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.item()).isEqualTo(3);
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        assertThatThrownBy(() -> ClearingCsv.read(GOOD))
                .hasMessageStartingWith("file: the first line must be the header");
        assertThatThrownBy(() -> ClearingCsv.read("")).hasMessageStartingWith("file:");
    }
}
