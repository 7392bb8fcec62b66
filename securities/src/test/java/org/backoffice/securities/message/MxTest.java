package org.backoffice.securities.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxSese02000106;
import com.prowidesoftware.swift.model.mx.MxSese02300109;
import com.prowidesoftware.swift.model.mx.MxSese02400110;
import com.prowidesoftware.swift.model.mx.MxSese02500109;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.platform.statement.Camt053Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MxTest {
    static final String US = "BACKUS33XXX";
    static final String CUSTODIAN = "CUSTDEFFXXX";
    static final Instant CREATED = Instant.parse("2026-03-02T18:00:05Z");

    static List<SettlementInstructionMessage> instructions() {
        return List.of(
                Mt54xTest.instruction(Direction.RECEIVE, false, null),
                Mt54xTest.instruction(Direction.RECEIVE, true, null),
                Mt54xTest.instruction(Direction.DELIVER, false, null),
                Mt54xTest.instruction(Direction.DELIVER, true, null));
    }

    @ParameterizedTest
    @MethodSource("instructions")
    void instructionsRoundTripThroughSese023(SettlementInstructionMessage message) {
        String xml = Sese023Writer.write(message, US, CUSTODIAN, CREATED);
        assertThat(Sese023Reader.read(xml)).isEqualTo(message);
        MxSese02300109 mx = MxSese02300109.parse(xml);
        assertThat(mx.getSctiesSttlmTxInstr().getTxId()).isEqualTo(message.reference());
        assertThat(mx.getSctiesSttlmTxInstr().getFinInstrmId().getISIN()).isEqualTo(message.isin());
        assertThat(mx.getAppHdr().creationDate().toInstant()).isEqualTo(CREATED);
        assertThat(AbstractMX.parse(xml).getMxId().id()).isEqualTo("sese.023.001.09");
    }

    @Test
    void aCancellationIsASese020() {
        SettlementInstructionMessage cancel = Mt54xTest.instruction(Direction.DELIVER, true, "SI-000123");
        String xml = Sese023Writer.write(cancel, US, CUSTODIAN, CREATED);
        assertThat(Sese023Reader.read(xml)).isEqualTo(cancel);
        MxSese02000106 mx = MxSese02000106.parse(xml);
        assertThat(mx.getSctiesTxCxlReq().getAcctOwnrTxId().getSctiesSttlmTxId().getTxId())
                .isEqualTo("SI-000123");
        assertThat(mx.getAppHdr().reference()).isEqualTo("SI-000124");
        SettlementInstructionMessage receiveFree = Mt54xTest.instruction(Direction.RECEIVE, false, "SI-000123");
        assertThat(Sese023Reader.read(Sese023Writer.write(receiveFree, US, CUSTODIAN, CREATED)))
                .isEqualTo(receiveFree);
    }

    @Test
    void badSese023sNameTheElement() {
        String xml = Sese023Writer.write(Mt54xTest.instruction(Direction.RECEIVE, true, null), US, CUSTODIAN, CREATED);
        assertThatThrownBy(
                        () -> Sese023Reader.read(xml.replace("<ISIN>US0378331005</ISIN>", "<ISIN>US03783310</ISIN>")))
                .isInstanceOf(MessageFormatException.class)
                .hasMessage("sese.023.001.09: isin: must be an ISIN of 12 characters, was 10 (US03783310)");
        assertThatThrownBy(() -> Sese023Reader.read(xml.replaceAll("<TxId>SI-000123</TxId>", "")))
                .hasMessage("sese.023.001.09 TxId: must be given");
        assertThatThrownBy(() -> Sese023Reader.read(xml.replaceAll("(?s)<SttlmAmt>.*?</SttlmAmt>", "")))
                .hasMessage("sese.023.001.09: settlementAmount: must be given");
        assertThatThrownBy(() -> Sese023Reader.read("{1:F01}")).hasMessageContaining("must be XML");
        assertThatThrownBy(() -> Sese023Reader.read(Camt053Writer.write("M1", CREATED, List.of())))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("the message is a camt.053.001.08");
    }

    @ParameterizedTest
    @EnumSource(StatusKind.class)
    void statusesRoundTripThroughSese024(StatusKind kind) {
        String code = switch (kind) {
            case MATCHED -> null;
            case UNMATCHED -> "CMIS";
            case PENDING -> "LACK";
            case FAILING -> "MONY";
            case CANCELLED -> "CANI";
            case ACKNOWLEDGED -> null;
            case REJECTED -> "DDAT";
        };
        SettlementStatus status = new SettlementStatus(
                "SI-000123", kind, code, kind == StatusKind.ACKNOWLEDGED ? null : "reason text", CREATED);
        String xml = Sese024Writer.write(status, "ADV-1", CUSTODIAN, US);
        assertThat(Sese024Reader.read(xml)).isEqualTo(status);
        MxSese02400110 mx = MxSese02400110.parse(xml);
        assertThat(mx.getSctiesSttlmTxStsAdvc().getTxId().getAcctOwnrTxId()).isEqualTo("SI-000123");
    }

    @Test
    void sese024RefusesCodesThatAreNotIsos() {
        SettlementStatus status = new SettlementStatus("SI-1", StatusKind.PENDING, "ZZZZ", null, CREATED);
        assertThatThrownBy(() -> Sese024Writer.write(status, "ADV-1", CUSTODIAN, US))
                .hasMessage("reasonCode: ZZZZ is not an ISO 20022 pending reason code of sese.024.001.10");
        String xml = Sese024Writer.write(
                new SettlementStatus("SI-1", StatusKind.PENDING, "LACK", null, CREATED), "ADV-1", CUSTODIAN, US);
        assertThatThrownBy(() -> Sese024Reader.read(xml.replace("<AcctOwnrTxId>SI-1</AcctOwnrTxId>", "")))
                .hasMessage("sese.024.001.10 TxId/AcctOwnrTxId: must be given");
    }

    @Test
    void confirmationsRoundTripThroughSese025() {
        for (Direction direction : Direction.values()) {
            for (boolean againstPayment : new boolean[] {false, true}) {
                SettlementConfirmation confirmation = new SettlementConfirmation(
                        "SI-000123",
                        "CONF-9",
                        direction,
                        againstPayment,
                        MessageFixture.APPLE,
                        new BigDecimal("700"),
                        againstPayment ? new BigDecimal("131075.5") : null,
                        againstPayment ? "USD" : null,
                        MessageFixture.SETTLEMENT_DATE,
                        againstPayment,
                        false);
                String xml = Sese025Writer.write(confirmation, "SAFE-001", "DTCYUS33", CUSTODIAN, US, CREATED);
                assertThat(Sese025Reader.read(xml)).isEqualTo(confirmation);
                MxSese02500109 mx = MxSese02500109.parse(xml);
                assertThat(mx.getSctiesSttlmTxConf().getTxIdDtls().getAcctSvcrTxId())
                        .isEqualTo("CONF-9");
            }
        }
        SettlementConfirmation reversal = new SettlementConfirmation(
                "SI-1",
                "C-1",
                Direction.RECEIVE,
                false,
                MessageFixture.APPLE,
                BigDecimal.ONE,
                null,
                null,
                MessageFixture.SETTLEMENT_DATE,
                false,
                true);
        assertThatThrownBy(() -> Sese025Writer.write(reversal, "SAFE-001", "DTCYUS33", CUSTODIAN, US, CREATED))
                .hasMessageStartingWith("reversal: sese.025 cannot carry a reversal");
    }
}
