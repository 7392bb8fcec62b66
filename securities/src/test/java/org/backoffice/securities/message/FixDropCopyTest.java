package org.backoffice.securities.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quickfix.DataDictionary;
import quickfix.Message;

class FixDropCopyTest {
    private static final char SOH = '\u0001';

    private static String written(FixFill fill) {
        return new FixLogWriter(new StringWriter(), "BROKER", "BACKOFFICE", false).message(fill);
    }

    /** Frames a body (from 35= on, '|' for SOH) with a right BodyLength and CheckSum. */
    static String frame(String body) {
        String soh = body.replace('|', SOH);
        String head = "8=FIX.4.4" + SOH + "9=" + soh.length() + SOH;
        int sum = 0;
        for (char c : (head + soh).toCharArray()) {
            sum += c;
        }
        return head + soh + "10=" + String.format("%03d", sum % 256) + SOH;
    }

    @Test
    void writtenExecutionReportsReadBackEqual() {
        for (int n = 0; n < 30; n++) {
            FixFill fill = MessageFixture.fill(n);
            assertThat(FixDropCopy.parse(written(fill))).contains(fill);
            FixFill cancel = MessageFixture.cancelOf(fill);
            assertThat(FixDropCopy.parse(written(cancel))).contains(cancel);
        }
    }

    @Test
    void writtenMessagesPassQuickFixJsDictionary() throws Exception {
        DataDictionary dictionary = new DataDictionary("FIX44.xml");
        for (FixFill fill : new FixFill[] {MessageFixture.fill(3), MessageFixture.cancelOf(MessageFixture.fill(4))}) {
            Message message = new Message(written(fill), dictionary, true);
            dictionary.validate(message);
            assertThat(message.getHeader().getString(35)).isEqualTo("8");
            assertThat(message.getString(48)).isEqualTo(fill.isin());
            assertThat(message.getDecimal(31)).isEqualByComparingTo(fill.price());
            assertThat(message.getString(150)).isEqualTo(fill.kind() == ExecKind.NEW ? "F" : "H");
        }
    }

    @Test
    void readsATradeCaptureReportReplaceWithAltIdAndContraBroker() {
        String raw = frame("35=AE|49=VENUE|56=BO|34=7|52=20260302-15:00:00|571=TR9|487=2|572=TR8|17=E9"
                + "|32=50|31=99.5|15=EUR|75=20260302|60=20260302-15:00:00.250|55=BUND|455=DE0001102580|456=4"
                + "|207=XETR|375=COBADEFFXXX|552=1|54=2|37=O9|1=DEPO-7|");
        FixFill fill = FixDropCopy.parse(raw).orElseThrow();
        assertThat(fill.kind()).isEqualTo(ExecKind.CORRECT);
        assertThat(fill.refExecId()).isEqualTo("TR8");
        assertThat(fill.execId()).isEqualTo("E9");
        assertThat(fill.tradeId()).isEqualTo("TR9");
        assertThat(fill.isin()).isEqualTo("DE0001102580");
        assertThat(fill.side()).isEqualTo(Side.SELL);
        assertThat(fill.market()).isEqualTo("XETR");
        assertThat(fill.counterparty()).isEqualTo("COBADEFFXXX");
        assertThat(fill.quantity()).isEqualTo(new BigDecimal("50"));
        assertThat(fill.settlementDate()).isNull();
        assertThat(fill.transactTime()).isEqualTo(Instant.parse("2026-03-02T15:00:00.250Z"));
    }

    @Test
    void messagesThatAreNoFillAreSkipped() {
        assertThat(FixDropCopy.parse(frame("35=0|49=A|56=B|34=2|52=20260302-15:00:00|")))
                .isEqualTo(Optional.empty());
        assertThat(FixDropCopy.parse(frame("35=8|49=A|56=B|34=3|52=20260302-15:00:00|37=O1|17=E1|150=0|39=0|54=1"
                        + "|55=X|151=10|14=0|6=0|")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "no LastPx; 31=187.25|; ; tag 31 LastPx: must be given",
                "no Account; 1=DEPO-1|; ; tag 1 Account: must be given",
                "ISIN too short; 48=US0378331005|; 48=US03783310|; tag 48 SecurityID: must be an ISIN of 12 characters",
                "ISIN check digit; 48=US0378331005|; 48=US0378331006|; tag 48 SecurityID: ISIN check digit is wrong",
                "no ISIN source; 22=4|; 22=1|; tag 48 SecurityID: an ISIN must be given",
                "bad quantity; 32=100|; 32=1O0|; tag 32 LastQty: must be a decimal number",
                "zero quantity; 32=100|; 32=0|; tag 32 LastQty: must be positive",
                "bad side; 54=1|; 54=9|; tag 54 Side: must be 1 (buy)",
                "bad time; 60=20260302-14:30:00.123|; 60=2026-03-02T14:30|; tag 60 TransactTime: must be a UTC timestamp",
                "cancel without ref; 150=F|; 150=H|; tag 19 ExecRefID: must be given",
                "no counterparty; 448=DEUTDEFFXXX|447=B|452=17|; 448=DEUTDEFFXXX|447=B|452=1|; tag 448 PartyID: a party with 452 PartyRole=17",
            })
    void badTradesNameTheTag(String name, String field, String replacement, String message) {
        String body = "35=8|49=A|56=B|34=3|52=20260302-14:30:00|1=DEPO-1|6=187.25|14=100|15=USD|17=E1|22=4|30=XNAS"
                + "|31=187.25|32=100|37=O1|39=2|48=US0378331005|54=1|55=AAPL|60=20260302-14:30:00.123|75=20260302"
                + "|150=F|151=0|453=1|448=DEUTDEFFXXX|447=B|452=17|";
        assertThat(FixDropCopy.parse(frame(body))).isPresent();
        String broken = body.replace(field, replacement == null ? "" : replacement);
        assertThatThrownBy(() -> FixDropCopy.parse(frame(broken)))
                .isInstanceOf(FixMessageException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void brokenFramesAreRefused() {
        String good = written(MessageFixture.fill(1));
        String badChecksum = good.substring(0, good.length() - 4) + "000" + SOH;
        if (good.endsWith("000" + SOH)) {
            badChecksum = good.substring(0, good.length() - 4) + "001" + SOH;
        }
        String finalBadChecksum = badChecksum;
        assertThatThrownBy(() -> FixDropCopy.parse(finalBadChecksum))
                .isInstanceOf(FixMessageException.class)
                .hasMessageStartingWith("tag 10 CheckSum: says");
        String tampered = good.replace("32=101", "32=102");
        assertThatThrownBy(() -> FixDropCopy.parse(tampered)).hasMessageStartingWith("tag 10 CheckSum: says");
        String longer = good.replace("32=101", "32=1010");
        assertThatThrownBy(() -> FixDropCopy.parse(longer)).hasMessageStartingWith("tag 9 BodyLength: says");
        assertThatThrownBy(() -> FixDropCopy.parse(good.replace("FIX.4.4", "FIX.4.2")))
                .hasMessageStartingWith("tag 8 BeginString");
        assertThatThrownBy(() -> FixDropCopy.parse(good.substring(0, good.length() - 8)))
                .isInstanceOf(FixMessageException.class);
        assertThatThrownBy(() -> FixDropCopy.parse("")).isInstanceOf(FixMessageException.class);
    }
}
