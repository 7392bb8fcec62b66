package org.backoffice.banking.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {
    @ParameterizedTest
    @CsvSource({
        "GB82 WEST 1234 5698 7654 32, GB82WEST12345698765432",
        "DE89370400440532013000, DE89370400440532013000",
        "fr14 2004 1010 0505 0001 3m02 606, FR1420041010050500013M02606",
        "NL91ABNA0417164300, NL91ABNA0417164300"
    })
    void publishedExamplesAreValidAndNormalised(String text, String electronic) {
        assertThat(Iban.parse(text).value()).isEqualTo(electronic);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "GB82WEST12345698765433 | check digits do not match (ISO 13616 mod-97)",
                "GB82WEST1234569876543 | a GB IBAN has 22 characters, this one 21",
                "DE8937040044053201300 | a DE IBAN has 22 characters, this one 21",
                "1234567890123456 | must be a country code, two check digits",
                "GB82-WEST-1234-5698-7654-32 | must be a country code",
                "GB82 | must be 15 to 34 characters",
            })
    void badIbansSayWhichRuleTheyBreak(String text, String rule) {
        assertThat(Iban.problem(text)).contains(rule);
        assertThatThrownBy(() -> Iban.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(rule);
    }

    @Test
    void missingIsRefused() {
        assertThat(Iban.problem(null)).isEqualTo("must be given");
        assertThat(Iban.problem("  ")).isEqualTo("must be given");
    }

    @Test
    void printedInGroupsOfFour() {
        assertThat(Iban.parse("GB82WEST12345698765432").printed()).isEqualTo("GB82 WEST 1234 5698 7654 32");
    }

    @Property
    void madeIbansAreValidAndAnyOneDigitChangeIsCaught(
            @ForAll @NumericChars @StringLength(14) String digits, @ForAll("positions") int position) {
        Iban iban = Iban.of("GB", "DEMO" + digits);
        assertThat(Iban.problem(iban.value())).isNull();
        char[] chars = iban.value().toCharArray();
        int at = 8 + position % 14;
        chars[at] = chars[at] == '9' ? '0' : (char) (chars[at] + 1);
        assertThat(Iban.problem(new String(chars))).contains("check digits");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> positions() {
        return net.jqwik.api.Arbitraries.integers().between(0, 13);
    }
}
