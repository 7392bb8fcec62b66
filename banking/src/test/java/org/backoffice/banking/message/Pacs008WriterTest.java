package org.backoffice.banking.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.mx.MxPacs00800108;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction39;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader93;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class Pacs008WriterTest {
    private final ClearingBatch batch = ClearingFixture.batch();
    private final String xml = Pacs008Writer.write(batch);

    @Test
    void theGroupHeaderCarriesTheBatchTotalsAndClearingSettlement() {
        GroupHeader93 header = MxPacs00800108.parse(xml).getFIToFICstmrCdtTrf().getGrpHdr();

        assertThat(header.getMsgId()).isEqualTo("MSG-2026-03-16-001");
        assertThat(header.getCreDtTm().toInstant()).isEqualTo(Instant.parse("2026-03-16T08:30:00Z"));
        assertThat(header.getNbOfTxs()).isEqualTo("3");
        assertThat(header.getCtrlSum()).isEqualByComparingTo("101250.00");
        assertThat(header.getTtlIntrBkSttlmAmt().getValue()).isEqualByComparingTo("101250.00");
        assertThat(header.getTtlIntrBkSttlmAmt().getCcy()).isEqualTo("EUR");
        assertThat(header.getIntrBkSttlmDt()).isEqualTo(ClearingFixture.SETTLEMENT);
        assertThat(header.getSttlmInf().getSttlmMtd().value()).isEqualTo("CLRG");
        assertThat(header.getInstgAgt().getFinInstnId().getBICFI()).isEqualTo("BOFFDEFFXXX");
        assertThat(header.getInstdAgt().getFinInstnId().getBICFI()).isEqualTo("CLRHDEFF");
    }

    @Test
    void eachTransactionCarriesItsPartiesAgentsAndRemittance() {
        CreditTransferTransaction39 tx = MxPacs00800108.parse(xml)
                .getFIToFICstmrCdtTrf()
                .getCdtTrfTxInf()
                .getFirst();

        assertThat(tx.getPmtId().getEndToEndId()).isEqualTo("E2E-1");
        assertThat(tx.getIntrBkSttlmAmt().getValue()).isEqualByComparingTo("1250.00");
        assertThat(tx.getIntrBkSttlmAmt().getCcy()).isEqualTo("EUR");
        assertThat(tx.getChrgBr().value()).isEqualTo("SLEV");
        assertThat(tx.getDbtr().getNm()).isEqualTo("Anna Example");
        assertThat(tx.getDbtrAcct().getId().getIBAN()).isEqualTo("DE89370400440532013000");
        assertThat(tx.getDbtrAgt().getFinInstnId().getBICFI()).isEqualTo("COBADEFFXXX");
        assertThat(tx.getCdtr().getNm()).isEqualTo("Bob Beispiel & Söhne <GmbH>");
        assertThat(tx.getCdtrAcct().getId().getIBAN()).isEqualTo("FR1420041010050500013M02606");
        assertThat(tx.getCdtrAgt().getFinInstnId().getBICFI()).isEqualTo("BNPAFRPP");
        assertThat(tx.getRmtInf().getUstrd()).containsExactly("Invoice 2026-117");
    }

    @Test
    void theDocumentIsInThePacs008Version08Namespace() {
        assertThat(xml)
                .contains("urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08")
                .contains("<SttlmMtd>CLRG</SttlmMtd>");
    }

    @Test
    void whatIsWrittenReadsBackToTheSameBatch() {
        ParsedBatch read = Pacs008Reader.read(xml);

        assertThat(read.errors()).isEmpty();
        assertThat(read.batch()).isEqualTo(batch);
        assertThat(read.batch().controlSum()).isEqualByComparingTo(new BigDecimal("101250.00"));
    }

    @Test
    void anEmptyBatchHasNoPacs008() {
        ClearingBatch empty = new ClearingBatch(
                "M1",
                batch.createdAt(),
                batch.settlementDate(),
                batch.instructingBic(),
                batch.instructedBic(),
                List.of());

        assertThatThrownBy(() -> Pacs008Writer.write(empty)).hasMessageStartingWith("payments:");
    }
}
