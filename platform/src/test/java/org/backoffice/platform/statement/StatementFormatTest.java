package org.backoffice.platform.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One place tells a statement file's format from its content, for every caller's set of formats. */
class StatementFormatTest {
    private static final String SENDER = "COBADEFFXXX";
    private static final String RECEIVER = "BOFFDEFF";

    @Test
    void eachFormatIsToldFromItsContent() {
        AccountStatement statement = StatementFixture.statement();
        String camt = Camt053Writer.write("M1", Instant.parse("2026-03-16T17:00:00Z"), List.of(statement));
        String mt940 = MtCashStatementWriter.mt940(statement, SENDER, RECEIVER);
        String mt950 = MtCashStatementWriter.mt950(statement, SENDER, RECEIVER);
        String mt535 = Mt535Writer.write(SecuritiesStatementTest.holdings(), SENDER, RECEIVER);
        String mt536 = MtTransactionStatementWriter.write(SecuritiesStatementTest.settled(), SENDER, RECEIVER);

        assertThat(StatementFormat.detect("\n  " + camt, StatementFormat.CASH)).isEqualTo(StatementFormat.CAMT053);
        assertThat(StatementFormat.detect(mt940, StatementFormat.CASH)).isEqualTo(StatementFormat.MT940);
        assertThat(StatementFormat.detect(mt950, StatementFormat.CASH)).isEqualTo(StatementFormat.MT950);
        assertThat(StatementFormat.detect(camt, StatementFormat.CUSTODY)).isEqualTo(StatementFormat.CAMT053);
        assertThat(StatementFormat.detect(mt535, StatementFormat.CUSTODY)).isEqualTo(StatementFormat.MT535);
        assertThat(StatementFormat.detect(mt536, StatementFormat.CUSTODY)).isEqualTo(StatementFormat.MT536);
        assertThat(StatementReader.read(mt950, StatementFormat.MT950))
                .isEqualTo(new StatementFile.Cash(StatementFormat.MT950, List.of(statement)));
    }

    @Test
    void whatNoCallerTakesIsRefusedNamingWhatItTakes() {
        String mt535 = Mt535Writer.write(SecuritiesStatementTest.holdings(), SENDER, RECEIVER);
        String mt940 = MtCashStatementWriter.mt940(StatementFixture.statement(), SENDER, RECEIVER);

        assertThatThrownBy(() -> StatementFormat.detect("minutes of the meeting", StatementFormat.CUSTODY))
                .hasMessage("file: is neither an MT535, MT536, MT537 nor a camt.053 statement");
        assertThatThrownBy(() -> StatementFormat.detect("hello", StatementFormat.CASH))
                .hasMessage("file: is neither a camt.053, MT940 nor an MT950 statement");
        assertThatThrownBy(() -> StatementFormat.detect(mt940, StatementFormat.CUSTODY))
                .hasMessage("file: is an MT940; upload an MT535, MT536, MT537 or camt.053");
        assertThatThrownBy(() -> StatementFormat.detect(mt535, StatementFormat.CASH))
                .hasMessage("file: is an MT535; upload a camt.053, MT940 or MT950");
        assertThatThrownBy(() -> StatementFormat.detect(null, StatementFormat.CASH))
                .hasMessageStartingWith("file: is neither");
        assertThatThrownBy(() -> StatementReader.cash(mt535, StatementFormat.MT535))
                .hasMessage("format: MT535 is not an account statement");
    }

    @Test
    void aFormatIsNamedInAnyCaseOrLeftToTheContent() {
        assertThat(StatementFormat.parse("format", "MT950", StatementFormat.CASH))
                .isEqualTo(StatementFormat.MT950);
        assertThat(StatementFormat.parse("format", " camt053 ", StatementFormat.CASH))
                .isEqualTo(StatementFormat.CAMT053);
        assertThat(StatementFormat.parse("format", " ", StatementFormat.CASH)).isNull();
        assertThatThrownBy(() -> StatementFormat.parse("--format", "csv", StatementFormat.CASH))
                .hasMessage("--format: must be camt053, mt940 or mt950, was 'csv'");
        assertThatThrownBy(() -> StatementFormat.parse("format", "mt535", StatementFormat.CASH))
                .hasMessageStartingWith("format: must be camt053, mt940 or mt950");
        assertThat(StatementFormat.CAMT053.label()).isEqualTo("camt.053");
        assertThat(StatementFormat.MT940.lower()).isEqualTo("mt940");
    }
}
