package org.backoffice.platform.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.AssetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {
    private static final Map<String, Asset> ASSETS = Map.of(
            "USD", Asset.currency("USD", 2),
            "EUR", Asset.currency("EUR", 2),
            "JPY", Asset.currency("JPY", 0),
            "BHD", Asset.currency("BHD", 3),
            "SHARE", Asset.security("US0378331005"),
            "KG", Asset.goods("FLOUR-KG", 3),
            "FUND4", new Asset(AssetCode.of("IE00B4L5Y983"), AssetKind.SECURITY, 4),
            "FUND6", new Asset(AssetCode.of("LU0274208692"), AssetKind.SECURITY, 6));

    private static Asset asset(String name) {
        return ASSETS.get(name);
    }

    @ParameterizedTest(name = "{1} {0} is {2} units")
    @CsvSource(delimiter = '|', textBlock = """
            USD   | 1234.50               | 123450
            USD   | 1234.5                | 123450
            USD   | 1234                  | 123400
            USD   | -0.01                 | -1
            USD   | 0                     | 0
            USD   | -0                    | 0
            USD   | 000012.30             | 1230
            EUR   | 92233720368547758.07  | 9223372036854775807
            EUR   | -92233720368547758.08 | -9223372036854775808
            JPY   | 1235                  | 1235
            JPY   | -9223372036854775808  | -9223372036854775808
            BHD   | 1.235                 | 1235
            BHD   | 0.001                 | 1
            SHARE | 150                   | 150
            KG    | 2.5                   | 2500
            KG    | 0.125                 | 125
            FUND4 | 12.3456               | 123456
            FUND6 | 0.000001              | 1
            FUND6 | 1000.5                | 1000500000
            """)
    void plainDecimalTextIsReadAsMinorUnitsOfTheAssetsScale(String name, String text, long units) {
        Amount amount = Amount.parse("amount", text, asset(name));

        assertThat(amount.units()).isEqualTo(units);
        assertThat(amount.asset()).isEqualTo(asset(name).code());
        assertThat(amount.scale()).isEqualTo(asset(name).scale());
    }

    @Test
    void whitespaceAroundTheNumberIsIgnored() {
        assertThat(Amount.parse("amount", " 12.34\t\n", asset("USD")).units()).isEqualTo(1234);
    }

    @ParameterizedTest(name = "{0}: ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            blank                  | USD  | ' '                         | amount: must be given
            letters                | USD  | ten                         | amount: must be a decimal number such as 1234.50, was 'ten'
            exponent               | USD  | 1E3                         | amount: must be a decimal number such as 1234.50, was '1E3'
            huge exponent          | USD  | 1E300000000                 | amount: must be a decimal number such as 1234.50, was '1E300000000'
            plus sign              | USD  | +12.00                      | amount: must be a decimal number such as 1234.50, was '+12.00'
            grouping comma         | USD  | '1,234.50'                  | amount: must be a decimal number such as 1234.50, was '1,234.50'
            grouping space         | USD  | 1 234.50                    | amount: must be a decimal number such as 1234.50, was '1 234.50'
            decimal comma          | EUR  | '12,50'                     | amount: must be a decimal number such as 1234.50, was '12,50'
            no digit before point  | USD  | .50                         | amount: must be a decimal number such as 1234.50, was '.50'
            no digit after point   | USD  | 12.                         | amount: must be a decimal number such as 1234.50, was '12.'
            two points             | USD  | 1.2.3                       | amount: must be a decimal number such as 1234.50, was '1.2.3'
            sign alone             | USD  | -                           | amount: must be a decimal number such as 1234.50, was '-'
            two signs              | USD  | --1                         | amount: must be a decimal number such as 1234.50, was '--1'
            arabic-indic digits    | USD  | ١٢٣                         | amount: must be a decimal number such as 1234.50, was '١٢٣'
            fullwidth digits       | JPY  | １２３                      | amount: must be a decimal number such as 1234.50, was '１２３'
            hex                    | USD  | 0x10                        | amount: must be a decimal number such as 1234.50, was '0x10'
            NaN                    | USD  | NaN                         | amount: must be a decimal number such as 1234.50, was 'NaN'
            more than 18 decimals  | FUND6 | 0.0000000000000000001      | amount: must have at most 18 decimal places, was '0.0000000000000000001'
            cents for yen          | JPY  | 1235.5                      | amount: JPY has at most 0 decimal places, was '1235.5'
            zero cents for yen     | JPY  | 1235.0                      | amount: JPY has at most 0 decimal places, was '1235.0'
            fils beyond three      | BHD  | 1.2345                      | amount: BHD has at most 3 decimal places, was '1.2345'
            cent fractions         | USD  | 10.001                      | amount: USD has at most 2 decimal places, was '10.001'
            trailing zero          | USD  | 10.500                      | amount: USD has at most 2 decimal places, was '10.500'
            part of a share        | SHARE | 0.5                        | amount: US0378331005 has at most 0 decimal places, was '0.5'
            grams of a gram        | KG   | 1.0001                      | amount: FLOUR-KG has at most 3 decimal places, was '1.0001'
            beyond a long          | USD  | 92233720368547758.08        | amount: is too large for USD, was '92233720368547758.08'
            beyond a long, negative| JPY  | -9223372036854775809        | amount: is too large for JPY, was '-9223372036854775809'
            twenty digits          | JPY  | 10000000000000000000        | amount: is too large for JPY, was '10000000000000000000'
            units of a fund        | FUND6 | 9223372036854.775808       | amount: is too large for LU0274208692, was '9223372036854.775808'
            """)
    void anythingButPlainDecimalNotationWithinTheAssetsScaleIsRefusedNamingFieldRuleAndValue(
            String what, String name, String text, String message) {
        assertThatThrownBy(() -> Amount.parse("amount", text, asset(name)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void whitespaceInsideTheNumberOrThatJavaDoesNotCallWhitespaceIsRefused() {
        for (String text : new String[] {"12.34\u00a0", "\u202f12.34", "12\u200b.34", "12. 34", "1\t234"}) {
            assertThatThrownBy(() -> Amount.parse("amount", text, asset("USD")))
                    .hasMessageStartingWith("amount: must be a decimal number such as 1234.50, was '");
        }
    }

    @Test
    void everyAmountReadsBackFromItsPlainText() {
        java.util.Random random = new java.util.Random(20260316);
        for (Asset asset : ASSETS.values()) {
            for (int i = 0; i < 2_000; i++) {
                long units =
                        i == 0 ? Long.MIN_VALUE : i == 1 ? Long.MAX_VALUE : random.nextLong() >> random.nextInt(64);
                Amount amount = Amount.of(asset, units);

                assertThat(Amount.parse("amount", amount.plain(), asset)).isEqualTo(amount);
                assertThat(Amount.exact("amount", amount.decimal(), asset)).isEqualTo(amount);
                assertThat(amount.display().replace(",", "")).isEqualTo(amount.plain());
            }
        }
    }

    @Test
    void nothingIsRefusedWithoutItsMessage() {
        assertThatThrownBy(() -> Amount.parse("lines[1].amount", null, asset("USD")))
                .hasMessage("lines[1].amount: must be given");
    }

    @Test
    void longTextIsRefusedAtOnceAndQuotedOnlyInPart() {
        String tenThousandDigits = "9".repeat(10_000);
        String padded = " ".repeat(5_000) + "1" + " ".repeat(5_000) + "2";

        long started = System.nanoTime();
        for (String hostile : new String[] {tenThousandDigits, "1" + "0".repeat(9_999) + ".00", padded}) {
            assertThatThrownBy(() -> Amount.parse("amount", hostile, asset("USD")))
                    .hasMessageStartingWith("amount: must be a decimal number of at most 40 characters, was '")
                    .hasMessageEndingWith("…'")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anExponentIsRefusedWithoutComputingIt() {
        long started = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            assertThatThrownBy(() -> Amount.parse("amount", "1E300000000", asset("USD")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.parseDecimal("amount", "-1e-300000000"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void fortyCharactersAreReadEighteenDecimalsAtMost() {
        String forty = "-00000000000000000001.000000000000000000";
        assertThat(forty).hasSize(40);

        assertThat(Amount.parseDecimal("rate", forty)).isEqualByComparingTo("-1");
        assertThat(Amount.parse("amount", forty.substring(0, 22) + "00", asset("USD"))
                        .units())
                .isEqualTo(-100);
        assertThatThrownBy(() -> Amount.parseDecimal("rate", forty + "0"))
                .hasMessageStartingWith("rate: must be a decimal number of at most 40 characters");
    }

    @Test
    void parseDecimalKeepsTheTextsDecimalsForAnAssetKnownLater() {
        BigDecimal read = Amount.parseDecimal("amount", "10.500");

        assertThat(read).isEqualTo(new BigDecimal("10.500"));
        assertThat(Amount.exact("amount", read, asset("USD")).units()).isEqualTo(1050);
        assertThatThrownBy(() -> Amount.parseDecimal("amount", "1E5")).hasMessageContaining("decimal number");
    }

    @ParameterizedTest(name = "{1} {0} is {2} units exactly")
    @CsvSource(delimiter = '|', textBlock = """
            USD   | 1234.5      | 123450
            USD   | 10.500      | 1050
            USD   | 1.2E+3      | 120000
            USD   | 0E+1000000  | 0
            USD   | 0E-1000000  | 0
            JPY   | 1235.000    | 1235
            BHD   | 1.235       | 1235
            KG    | 2.5         | 2500
            FUND4 | 0.0001      | 1
            """)
    void anExactDecimalBecomesUnitsWhenItFitsTheScale(String name, String decimal, long units) {
        assertThat(Amount.exact("amount", new BigDecimal(decimal), asset(name)).units())
                .isEqualTo(units);
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            USD   | 1.005                 | amount: must have at most 2 decimal places for USD
            JPY   | 1235.5                | amount: must have at most 0 decimal places for JPY
            BHD   | 0.0001                | amount: must have at most 3 decimal places for BHD
            SHARE | 0.5                   | amount: must have at most 0 decimal places for US0378331005
            USD   | 1E-300000000          | amount: must have at most 2 decimal places for USD
            USD   | 92233720368547758.08  | amount: is too large for USD
            USD   | 1E+300000000          | amount: is too large for USD
            JPY   | 9223372036854775808   | amount: is too large for JPY
            """)
    void anInexactOrTooLargeDecimalIsRefused(String name, String decimal, String message) {
        long started = System.nanoTime();

        assertThatThrownBy(() -> Amount.exact("amount", new BigDecimal(decimal), asset(name)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @ParameterizedTest(name = "{1} {2} {0} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            USD   | 10.005      | HALF_EVEN   | 1000
            USD   | 10.015      | HALF_EVEN   | 1002
            USD   | 10.005      | HALF_UP     | 1001
            USD   | 10.001      | UP          | 1001
            USD   | 10.009      | DOWN        | 1000
            USD   | -10.009     | DOWN        | -1000
            USD   | -10.001     | FLOOR       | -1001
            USD   | -10.009     | CEILING     | -1000
            USD   | 10.00       | UNNECESSARY | 1000
            JPY   | 1234.5      | HALF_EVEN   | 1234
            JPY   | 1235.5      | HALF_EVEN   | 1236
            JPY   | 1234.5      | HALF_UP     | 1235
            JPY   | 1234.99     | DOWN        | 1234
            BHD   | 1.2345      | HALF_EVEN   | 1234
            BHD   | 1.2355      | HALF_EVEN   | 1236
            BHD   | 1.23451     | HALF_EVEN   | 1235
            KG    | 0.0005      | HALF_UP     | 1
            SHARE | 10.9        | DOWN        | 10
            FUND4 | 12.345678   | HALF_EVEN   | 123457
            FUND6 | 1.23456789  | DOWN        | 1234567
            USD   | 1E-300000000  | HALF_EVEN | 0
            USD   | 1E-300000000  | UP        | 1
            USD   | -1E-300000000 | FLOOR     | -1
            USD   | -1E-300000000 | CEILING   | 0
            USD   | 0E-300000000  | UNNECESSARY | 0
            """)
    void aComputedDecimalIsRoundedAsItsModeSays(String name, String decimal, RoundingMode mode, long units) {
        long started = System.nanoTime();

        assertThat(Amount.rounded("interest", new BigDecimal(decimal), mode, asset(name))
                        .units())
                .isEqualTo(units);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void roundingThatIsNotAllowedOrOverflowsIsRefused() {
        assertThatThrownBy(() -> Amount.rounded("fee", new BigDecimal("1.001"), RoundingMode.UNNECESSARY, asset("USD")))
                .hasMessage("fee: must have at most 2 decimal places for USD");
        assertThatThrownBy(() ->
                        Amount.rounded("fee", new BigDecimal("1E-300000000"), RoundingMode.UNNECESSARY, asset("USD")))
                .hasMessage("fee: must have at most 2 decimal places for USD");
        assertThatThrownBy(() -> Amount.rounded(
                        "gross", new BigDecimal("92233720368547758.075"), RoundingMode.HALF_UP, asset("USD")))
                .hasMessage("gross: is too large for USD");
        assertThatThrownBy(() -> Amount.rounded(
                        "gross", new BigDecimal(BigInteger.TEN.pow(10_000), -5), RoundingMode.HALF_EVEN, asset("JPY")))
                .hasMessage("gross: is too large for JPY");
    }

    @Test
    void priceTimesQuantityIsRoundedOnceAtTheCurrencysScale() {
        BigDecimal price = new BigDecimal("101.255");
        Amount quantity = Amount.parse("quantity", "3", asset("SHARE"));
        Amount units = Amount.parse("quantity", "2.5", asset("FUND4"));

        assertThat(Amount.rounded("gross", price.multiply(quantity.decimal()), RoundingMode.HALF_EVEN, asset("USD"))
                        .plain())
                .isEqualTo("303.76");
        assertThat(Amount.rounded("gross", price.multiply(quantity.decimal()), RoundingMode.HALF_EVEN, asset("JPY"))
                        .plain())
                .isEqualTo("304");
        assertThat(Amount.rounded("gross", price.multiply(units.decimal()), RoundingMode.HALF_EVEN, asset("BHD"))
                        .plain())
                .isEqualTo("253.138");
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            USD   | 123450               | 1234.50              | 1,234.50
            USD   | 123456789            | 1234567.89           | 1,234,567.89
            USD   | -123456789           | -1234567.89          | -1,234,567.89
            USD   | 5                    | 0.05                 | 0.05
            USD   | -5                   | -0.05                | -0.05
            USD   | 0                    | 0.00                 | 0.00
            USD   | 100000               | 1000.00              | 1,000.00
            USD   | 9223372036854775807  | 92233720368547758.07 | 92,233,720,368,547,758.07
            JPY   | 1235                 | 1235                 | 1,235
            JPY   | 123                  | 123                  | 123
            JPY   | -1234567             | -1234567             | -1,234,567
            JPY   | -9223372036854775808 | -9223372036854775808 | -9,223,372,036,854,775,808
            BHD   | 1235                 | 1.235                | 1.235
            BHD   | 1234567890           | 1234567.890          | 1,234,567.890
            SHARE | 1500                 | 1500                 | 1,500
            KG    | 2500                 | 2.500                | 2.500
            FUND4 | 123456               | 12.3456              | 12.3456
            FUND6 | 1000500000           | 1000.500000          | 1,000.500000
            """)
    void anAmountReadsBackWithExactlyItsAssetsDecimals(String name, long units, String plain, String display) {
        Amount amount = Amount.of(asset(name), units);

        assertThat(amount.plain()).isEqualTo(plain);
        assertThat(amount.display()).isEqualTo(display);
        assertThat(amount.decimal()).isEqualTo(new BigDecimal(plain));
        assertThat(amount.decimal().scale()).isEqualTo(asset(name).scale());
        assertThat(Amount.plain(units, asset(name).scale())).isEqualTo(plain);
        assertThat(Amount.display(units, asset(name).scale())).isEqualTo(display);
        assertThat(Amount.decimal(units, asset(name).scale())).isEqualTo(new BigDecimal(plain));
        assertThat(Amount.parse("amount", plain, asset(name))).isEqualTo(amount);
        assertThat(amount).hasToString(plain + " " + asset(name).code().value());
    }

    @Test
    void amountsOfOneAssetAddSubtractAndCompare() {
        Amount a = Amount.parse("a", "1.235", asset("BHD"));
        Amount b = Amount.parse("b", "0.765", asset("BHD"));

        assertThat(a.plus(b).plain()).isEqualTo("2.000");
        assertThat(b.minus(a).plain()).isEqualTo("-0.470");
        assertThat(a.negate().plain()).isEqualTo("-1.235");
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(a.signum()).isEqualTo(1);
        assertThat(a.negate().signum()).isEqualTo(-1);
        assertThat(Amount.zero(asset("BHD")).signum()).isZero();
        assertThat(a).isGreaterThan(b);
        assertThat(b.compareTo(a)).isNegative();
    }

    @Test
    void twoAssetsAreNeverAddedNorCompared() {
        Amount dollars = Amount.of(asset("USD"), 100);
        Amount euros = Amount.of(asset("EUR"), 100);

        assertThatThrownBy(() -> dollars.plus(euros))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("asset: cannot combine USD with EUR");
        assertThatThrownBy(() -> dollars.minus(euros)).hasMessage("asset: cannot combine USD with EUR");
        assertThatThrownBy(() -> dollars.compareTo(euros)).hasMessage("asset: cannot combine USD with EUR");
        assertThatThrownBy(() -> dollars.plus(new Amount(AssetCode.of("USD"), 3, 100)))
                .hasMessage("asset: cannot combine USD of scale 2 with USD of scale 3");
    }

    @Test
    void arithmeticThatLeavesALongIsRefusedNotWrapped() {
        Amount most = Amount.of(asset("JPY"), Long.MAX_VALUE);
        Amount least = Amount.of(asset("JPY"), Long.MIN_VALUE);
        Amount one = Amount.of(asset("JPY"), 1);

        assertThatThrownBy(() -> most.plus(one)).hasMessage("amount: is too large for JPY");
        assertThatThrownBy(() -> least.minus(one)).hasMessage("amount: is too large for JPY");
        assertThatThrownBy(least::negate).hasMessage("amount: is too large for JPY");
        assertThat(most.minus(one).units()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void theScaleIsThatOfALong() {
        assertThatThrownBy(() -> new Amount(AssetCode.of("USD"), -1, 0))
                .hasMessage("scale: must be within 0..18, was -1");
        assertThatThrownBy(() -> Amount.plain(1, 19)).hasMessage("scale: must be within 0..18, was 19");
        assertThat(Amount.plain(1, 18)).isEqualTo("0.000000000000000001");
    }
}
