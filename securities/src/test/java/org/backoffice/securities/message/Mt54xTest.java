package org.backoffice.securities.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.mt.AbstractMT;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.backoffice.platform.message.MessageFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Mt54xTest {
    static final String US = "BACKUS33XXX";
    static final String CUSTODIAN = "CUSTDEFF";

    static SettlementInstructionMessage instruction(Direction direction, boolean againstPayment, String cancels) {
        return new SettlementInstructionMessage(
                cancels == null ? "SI-000123" : "SI-000124",
                direction,
                againstPayment,
                MessageFixture.APPLE,
                new BigDecimal("1500"),
                false,
                MessageFixture.TRADE_DATE,
                MessageFixture.SETTLEMENT_DATE,
                againstPayment ? new BigDecimal("280875.50") : null,
                againstPayment ? "USD" : null,
                "SAFE-001",
                "DTCYUS33",
                "CPTYGB2LXXX",
                direction == Direction.DELIVER ? "CPTY/ACC 9" : null,
                cancels);
    }

    static Stream<Arguments> instructions() {
        return Stream.of(
                Arguments.of(instruction(Direction.RECEIVE, false, null), "540"),
                Arguments.of(instruction(Direction.RECEIVE, true, null), "541"),
                Arguments.of(instruction(Direction.DELIVER, false, null), "542"),
                Arguments.of(instruction(Direction.DELIVER, true, null), "543"),
                Arguments.of(instruction(Direction.DELIVER, true, "SI-000123"), "543"));
    }

    @ParameterizedTest(name = "MT{1} {0}")
    @MethodSource("instructions")
    void writtenInstructionsReadBackEqualAndProwideParsesThem(SettlementInstructionMessage message, String type)
            throws Exception {
        String text = Mt54xWriter.write(message, US, CUSTODIAN);
        assertThat(Mt54xReader.read(text)).isEqualTo(message);
        AbstractMT mt = AbstractMT.parse(text);
        assertThat(mt.getMessageType()).isEqualTo(type);
        assertThat(mt.getSwiftMessage().getBlock4().getTagValue("20C")).isEqualTo(":SEME//" + message.reference());
        assertThat(mt.getSwiftMessage().getBlock4().getTagValue("35B")).isEqualTo("ISIN " + message.isin());
        assertThat(mt.getSwiftMessage().getBlock4().getTagValue("23G"))
                .isEqualTo(message.isCancellation() ? "CANC" : "NEWM");
        assertThat(mt.getSender()).startsWith("BACKUS33");
    }

    @Test
    void faceAmountsOfBondsRoundTrip() {
        SettlementInstructionMessage bond = new SettlementInstructionMessage(
                "BOND-1",
                Direction.RECEIVE,
                true,
                MessageFixture.BUND,
                new BigDecimal("1000000.00"),
                true,
                MessageFixture.TRADE_DATE,
                MessageFixture.SETTLEMENT_DATE,
                new BigDecimal("1012345.67"),
                "EUR",
                "SAFE-002",
                "DAKVDEFF",
                "COBADEFFXXX",
                null,
                null);
        String text = Mt54xWriter.write(bond, US, CUSTODIAN);
        assertThat(text).contains(":36B::SETT//FAMT/1000000,");
        assertThat(Mt54xReader.read(text)).isEqualTo(bond);
    }

    @Test
    void badInstructionsAreRefusedByTheRecord() {
        assertThatThrownBy(() -> instruction(Direction.RECEIVE, true, null).withIsin("US037833100"))
                .hasMessage("isin: must be an ISIN of 12 characters, was 11 (US037833100)");
        assertThatThrownBy(() -> new SettlementInstructionMessage(
                        "SI-1",
                        Direction.RECEIVE,
                        true,
                        MessageFixture.APPLE,
                        BigDecimal.ONE,
                        false,
                        MessageFixture.TRADE_DATE,
                        MessageFixture.SETTLEMENT_DATE,
                        null,
                        null,
                        "SAFE",
                        "DTCYUS33",
                        "CPTYGB2L",
                        null,
                        null))
                .hasMessage("settlementAmount: must be given");
        assertThatThrownBy(() -> new SettlementInstructionMessage(
                        "REFERENCE-TOO-LONG-17",
                        Direction.RECEIVE,
                        false,
                        MessageFixture.APPLE,
                        BigDecimal.ONE,
                        false,
                        MessageFixture.TRADE_DATE,
                        MessageFixture.SETTLEMENT_DATE,
                        null,
                        null,
                        "SAFE",
                        "DTCYUS33",
                        "CPTYGB2L",
                        null,
                        null))
                .hasMessageStartingWith("reference: must be at most 16 characters");
    }

    @Test
    void badMessagesNameTheField() {
        String text = Mt54xWriter.write(instruction(Direction.RECEIVE, true, null), US, CUSTODIAN);
        assertThatThrownBy(() -> Mt54xReader.read(text.replaceAll(":20C::SEME//SI-000123\\s+", "")))
                .isInstanceOf(MessageFormatException.class)
                .hasMessage("MT541 :20C::SEME//: must be given");
        assertThatThrownBy(() ->
                        Mt54xReader.read(text.replaceAll(":16R:AMT\\s+:19A::SETT//USD280875,5\\s+:16S:AMT\\s+", "")))
                .hasMessage("MT541 :19A::SETT//: must be given against payment");
        assertThatThrownBy(() -> Mt54xReader.read(text.replace("ISIN US0378331005", "ISIN US037833100")))
                .isInstanceOf(MessageFormatException.class)
                .hasMessage("MT541: isin: must be an ISIN of 12 characters, was 11 (US037833100)");
        assertThatThrownBy(() -> Mt54xReader.read(text.replace("{2:I541", "{2:I548")))
                .isInstanceOf(MessageFormatException.class)
                .hasMessage("MT540/541/542/543: the message is an MT548");
        assertThatThrownBy(() -> Mt54xReader.read("not a message")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> Mt54xReader.read(text.replace(":98A::TRAD//20260302", ":98A::TRAD//2026-03-02")))
                .hasMessage("MT541 :98A::TRAD//: must be a date YYYYMMDD, was 2026-03-02");
    }
}
