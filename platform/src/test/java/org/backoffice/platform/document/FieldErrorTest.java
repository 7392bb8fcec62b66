package org.backoffice.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldErrorTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "amount: must be positive|amount|must be positive",
                "lines[1].amount: has more decimals than USD: 1.234|lines[1].amount|has more decimals than USD: 1.234",
                "the ledger is closed|document|the ledger is closed",
                ": no field|document|: no field"
            })
    void readsTheFieldAndItsRule(String message, String field, String rule) {
        assertThat(FieldError.parse(message, "document")).isEqualTo(new FieldError(field, rule));
    }

    @Test
    void aMessageThatNamesNoFieldIsAboutTheWhole() {
        assertThat(FieldError.parse("the ledger is closed")).isEqualTo(new FieldError(null, "the ledger is closed"));
        assertThat(FieldError.parse(null)).isEqualTo(new FieldError(null, "is not valid"));
        assertThat(FieldError.parse(" ", "trade")).isEqualTo(new FieldError("trade", "is not valid"));
    }

    @Test
    void readsBackAsItWasWritten() {
        assertThat(FieldError.parse("amount: must be positive").text()).isEqualTo("amount: must be positive");
        assertThat(FieldError.parse("the ledger is closed").text()).isEqualTo("the ledger is closed");
    }
}
