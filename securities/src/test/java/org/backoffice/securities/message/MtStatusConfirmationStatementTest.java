package org.backoffice.securities.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.mt.AbstractMT;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.platform.statement.HoldingsStatement;
import org.backoffice.platform.statement.Mt535Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MtStatusConfirmationStatementTest {
    static final String CUSTODIAN = "CUSTDEFFXXX";
    static final String US = "BACKUS33";
    static final Instant TIME = Instant.parse("2026-03-03T16:45:12Z");

    @ParameterizedTest
    @EnumSource(StatusKind.class)
    void everyStatusRoundTripsThroughMt548(StatusKind kind) throws Exception {
        SettlementStatus status = new SettlementStatus(
                "SI-000123",
                kind,
                kind == StatusKind.MATCHED || kind == StatusKind.ACKNOWLEDGED ? null : "LACK",
                kind == StatusKind.ACKNOWLEDGED ? null : "Lack of securities on the delivering account, waiting",
                TIME);
        String text = Mt548Writer.write(status, "CS-77", CUSTODIAN, US);
        assertThat(Mt548Reader.read(text)).isEqualTo(status);
        AbstractMT mt = AbstractMT.parse(text);
        assertThat(mt.getMessageType()).isEqualTo("548");
        assertThat(mt.getSwiftMessage().getBlock4().getTagValue("25D")).startsWith(":");
    }

    @Test
    void aTextWithoutCodeIsKept() {
        SettlementStatus status =
                new SettlementStatus("SI-9", StatusKind.UNMATCHED, null, "No counter instruction", TIME);
        assertThat(Mt548Reader.read(Mt548Writer.write(status, "CS-78", CUSTODIAN, US)))
                .isEqualTo(status);
    }

    @Test
    void theMostTellingOfSeveralStatusesWins() {
        String text = Mt548Writer.write(
                        new SettlementStatus("SI-1", StatusKind.MATCHED, null, null, TIME), "CS-1", CUSTODIAN, US)
                .replace(
                        ":16S:STAT",
                        ":16S:STAT\r\n:16R:STAT\r\n:25D::SETT//PENF\r\n:16R:REAS\r\n:24B::PENF//CLAC\r\n:16S:REAS\r\n:16S:STAT");
        SettlementStatus status = Mt548Reader.read(text);
        assertThat(status.kind()).isEqualTo(StatusKind.FAILING);
        assertThat(status.reasonCode()).isEqualTo("CLAC");
    }

    @Test
    void badMt548sNameTheField() {
        String text = Mt548Writer.write(
                new SettlementStatus("SI-1", StatusKind.PENDING, "MONY", null, TIME), "CS-1", CUSTODIAN, US);
        assertThatThrownBy(() -> Mt548Reader.read(text.replace(":20C::RELA//SI-1", ":20C::PREV//SI-1")))
                .isInstanceOf(MessageFormatException.class)
                .hasMessage("MT548 :20C::RELA//: must be given");
        assertThatThrownBy(() -> Mt548Reader.read(text.replace(":25D::SETT//PEND", ":25D::SETT//XXXX")))
                .hasMessage("MT548 :25D::SETT//: status XXXX is not one this reader knows");
        assertThatThrownBy(
                        () -> Mt548Reader.read(text.replace(":98C::PREP//20260303164512", ":98C::PREP//202603031645")))
                .hasMessageStartingWith("MT548 :98C::PREP//: must be a date and time");
        assertThatThrownBy(() -> Mt548Reader.read(Mt535Writer.write(
                        new HoldingsStatement("S1", "SAFE", LocalDate.of(2026, 3, 3), List.of()), CUSTODIAN, US)))
                .hasMessage("MT548: the message is an MT535");
    }

    @Test
    void confirmationsRoundTripForAllFourTypes() throws Exception {
        int[] types = {544, 545, 546, 547};
        int i = 0;
        for (Direction direction : Direction.values()) {
            for (boolean againstPayment : new boolean[] {false, true}) {
                SettlementConfirmation confirmation = new SettlementConfirmation(
                        "SI-000123",
                        "CONF-" + i,
                        direction,
                        againstPayment,
                        MessageFixture.APPLE,
                        new BigDecimal("700"),
                        againstPayment ? new BigDecimal("131075.00") : null,
                        againstPayment ? "USD" : null,
                        MessageFixture.SETTLEMENT_DATE,
                        i % 2 == 0,
                        i == 3);
                String text = Mt54xConfirmationWriter.write(confirmation, "SAFE-001", "DTCYUS33", CUSTODIAN, US);
                assertThat(Mt54xConfirmationReader.read(text)).isEqualTo(confirmation);
                AbstractMT mt = AbstractMT.parse(text);
                assertThat(mt.getMessageType()).isEqualTo(String.valueOf(types[i]));
                assertThat(mt.getSwiftMessage().getBlock4().getTagValue("36B")).isEqualTo(":ESTT//UNIT/700,");
                i++;
            }
        }
    }

    @Test
    void aConfirmationWithoutItsInstructionReferenceIsRefused() {
        SettlementConfirmation confirmation = new SettlementConfirmation(
                "SI-1",
                "C-1",
                Direction.RECEIVE,
                false,
                MessageFixture.APPLE,
                BigDecimal.TEN,
                null,
                null,
                MessageFixture.SETTLEMENT_DATE,
                false,
                false);
        String text = Mt54xConfirmationWriter.write(confirmation, "SAFE-001", "DTCYUS33", CUSTODIAN, US);
        assertThatThrownBy(() -> Mt54xConfirmationReader.read(text.replace(":20C::RELA//SI-1", ":20C::RELA//")))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageStartingWith("MT544: reference: must be given");
        assertThatThrownBy(() ->
                        Mt54xConfirmationReader.read(text.replace(":36B::ESTT//UNIT/10,", ":36B::ESTT//SHRS/10,")))
                .hasMessageStartingWith("MT544 :36B::ESTT//: must be UNIT/ or FAMT/");
    }
}
