package org.backoffice.banking.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pacs008ReaderTest {
    private final String xml = Pacs008Writer.write(ClearingFixture.batch());

    /** Replaces the first occurrence within the second transaction only. */
    private String inSecondTransaction(String from, String to) {
        int second = xml.indexOf("<CdtTrfTxInf>", xml.indexOf("<CdtTrfTxInf>") + 1);
        int at = xml.indexOf(from, second);
        return xml.substring(0, at) + to + xml.substring(at + from.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing debtor IBAN   | <IBAN>DE89370400440532013000</IBAN>        | ''                                         | DbtrAcct/Id/IBAN         | is missing
            negative amount       | >0.01</IntrBkSttlmAmt>                     | >-0.01</IntrBkSttlmAmt>                    | IntrBkSttlmAmt           | must be positive
            too many decimals     | >0.01</IntrBkSttlmAmt>                     | >0.015</IntrBkSttlmAmt>                    | IntrBkSttlmAmt           | at most 2 decimals
            currency of 4 letters | Ccy="EUR">0.01                             | Ccy="EURO">0.01                            | IntrBkSttlmAmt/@Ccy      | 3 upper-case letters
            BIC of 9 characters   | <BICFI>BNPAFRPP</BICFI>                    | <BICFI>BNPAFRPP1</BICFI>                   | CdtrAgt/FinInstnId/BICFI | BIC of 8 or 11
            missing end-to-end id | <EndToEndId>E2E-2</EndToEndId>             | ''                                         | PmtId/EndToEndId         | is missing
            amount not a number   | >0.01</IntrBkSttlmAmt>                     | >ten</IntrBkSttlmAmt>                      | IntrBkSttlmAmt           | not a decimal number
            other currency        | Ccy="EUR">0.01                             | Ccy="USD">0.01                             | IntrBkSttlmAmt/@Ccy      | the batch is in EUR
            """)
    void oneBadTransactionIsReportedByPositionAndFieldAndTheOthersLoad(
            String what, String from, String to, String field, String message) {
        ParsedBatch read = Pacs008Reader.read(inSecondTransaction(from, to));

        assertThat(read.batch().payments())
                .extracting(ClearingPayment::endToEndId)
                .containsExactly("E2E-1", "E2E-3");
        assertThat(read.errors())
                .filteredOn(error -> error.item() == 2)
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo(field);
                    assertThat(error.message()).contains(message);
                });
    }

    @Test
    void aGroupHeaderThatMiscountsIsReportedAsItemZero() {
        ParsedBatch read = Pacs008Reader.read(xml.replace("<NbOfTxs>3</NbOfTxs>", "<NbOfTxs>4</NbOfTxs>")
                .replace("<CtrlSum>101250.00</CtrlSum>", "<CtrlSum>101250.01</CtrlSum>"));

        assertThat(read.batch().count()).isEqualTo(3);
        assertThat(read.errors())
                .extracting(LineError::item, LineError::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "GrpHdr/NbOfTxs"),
                        org.assertj.core.groups.Tuple.tuple(0, "GrpHdr/CtrlSum"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not XML          | end_to_end_id,amount                                                          | is not XML
            empty            | ''                                                                            | is empty
            broken XML       | <Document><FIToFICstmrCdtTrf>                                                 | file:
            other message    | <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"></Document>  | expected a pacs.008.001.08
            """)
    void aFileThatIsNoPacs008IsRefused(String what, String content, String message) {
        assertThatThrownBy(() -> Pacs008Reader.read(content))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("file:")
                .hasMessageContaining(message);
    }

    @Test
    void aGroupHeaderWithoutMessageIdIsRefused() {
        assertThatThrownBy(() -> Pacs008Reader.read(xml.replace("<MsgId>MSG-2026-03-16-001</MsgId>", "")))
                .hasMessage("file: GrpHdr/MsgId is missing");
    }
}
