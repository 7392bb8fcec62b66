package org.backoffice.platform.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.mt.AbstractMT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.platform.statement.StatementTransaction.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A custodian's statements of holdings (MT535) and transactions (MT536, MT537): written, read back, refused. */
class SecuritiesStatementTest {
    static final String CUSTODIAN = "CUSTDEFFXXX";
    static final String US = "BACKUS33";
    static final String APPLE = "US0378331005";
    static final String BUND = "DE0001102580";
    static final String BAE = "GB0002634946";

    static HoldingsStatement holdings() {
        return new HoldingsStatement(
                "HOLD-0303",
                "SAFE-001",
                LocalDate.of(2026, 3, 3),
                List.of(
                        new Holding(APPLE, new BigDecimal("15000"), false),
                        new Holding(BUND, new BigDecimal("2500000.00"), true),
                        new Holding(BAE, new BigDecimal("0.5"), false)));
    }

    static TransactionStatement settled() {
        return new TransactionStatement(
                "TX-0303",
                "SAFE-001",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 3),
                false,
                List.of(
                        new StatementTransaction(
                                "SI-1",
                                APPLE,
                                new BigDecimal("100"),
                                Direction.RECEIVE,
                                LocalDate.of(2026, 3, 2),
                                null),
                        new StatementTransaction(
                                "SI-2",
                                BUND,
                                new BigDecimal("50000"),
                                Direction.DELIVER,
                                LocalDate.of(2026, 3, 3),
                                null)));
    }

    @Test
    void holdingsRoundTripThroughMt535() throws Exception {
        String text = Mt535Writer.write(holdings(), CUSTODIAN, US);

        assertThat(Mt535Reader.read(text)).isEqualTo(holdings());
        AbstractMT mt = AbstractMT.parse(text);
        assertThat(mt.getMessageType()).isEqualTo("535");
        assertThat(mt.getSwiftMessage().getBlock4().getTagValue("93B")).isEqualTo(":AGGR//UNIT/15000,");
        assertThat(StatementFormat.detect(text, StatementFormat.CUSTODY)).isEqualTo(StatementFormat.MT535);
        assertThat(StatementReader.read(text, StatementFormat.MT535)).isEqualTo(new StatementFile.Holdings(holdings()));
    }

    @Test
    void settledAndPendingTransactionsRoundTripThroughMt536AndMt537() throws Exception {
        String mt536 = MtTransactionStatementWriter.write(settled(), CUSTODIAN, US);
        assertThat(MtTransactionStatementReader.read(mt536)).isEqualTo(settled());
        assertThat(AbstractMT.parse(mt536).getMessageType()).isEqualTo("536");
        assertThat(StatementReader.read(mt536, StatementFormat.detect(mt536, StatementFormat.CUSTODY))
                        .format())
                .isEqualTo(StatementFormat.MT536);

        TransactionStatement pending = new TransactionStatement(
                "PEND-0303",
                "SAFE-001",
                LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 3, 3),
                true,
                List.of(
                        new StatementTransaction(
                                "SI-3",
                                APPLE,
                                new BigDecimal("10"),
                                Direction.DELIVER,
                                LocalDate.of(2026, 3, 4),
                                "PENF"),
                        new StatementTransaction(
                                "SI-4",
                                APPLE,
                                new BigDecimal("20"),
                                Direction.RECEIVE,
                                LocalDate.of(2026, 3, 5),
                                "NMAT"),
                        new StatementTransaction(
                                "SI-5",
                                APPLE,
                                new BigDecimal("30"),
                                Direction.RECEIVE,
                                LocalDate.of(2026, 3, 5),
                                null)));
        String mt537 = MtTransactionStatementWriter.write(pending, CUSTODIAN, US);
        assertThat(MtTransactionStatementReader.read(mt537)).isEqualTo(pending);
        AbstractMT parsed = AbstractMT.parse(mt537);
        assertThat(parsed.getMessageType()).isEqualTo("537");
        assertThat(parsed.getSwiftMessage().getBlock4().getTagValue("25D")).isEqualTo(":SETT//PENF");
        assertThat(StatementFormat.detect(mt537, StatementFormat.CUSTODY)).isEqualTo(StatementFormat.MT537);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an ISIN one short       | ISIN DE0001102580        | ISIN DE000110258         | MT535: isin: must be an ISIN of 12 characters, was 11 (DE000110258)
            a wrong check digit     | ISIN DE0001102580        | ISIN DE0001102581        | MT535: isin: ISIN check digit is wrong in DE0001102581
            a quantity not decimal  | :93B::AGGR//UNIT/15000,  | :93B::AGGR//UNIT/15.000  | MT535 :93B::AGGR//: must be UNIT/ or FAMT/ and a decimal like 100, was UNIT/15.000
            no statement reference  | :20C::SEME//HOLD-0303    | :20C::XXXX//HOLD-0303    | MT535 :20C::SEME//: must be given
            a sequence left open    | :16S:SUBSAFE             | :16S:XXXX                | MT535 :16R:SUBSAFE: has no closing :16S:SUBSAFE
            """)
    void aBadMt535IsRefusedNamingTheTag(String what, String field, String broken, String message) {
        String text = Mt535Writer.write(holdings(), CUSTODIAN, US);

        assertThatThrownBy(() -> Mt535Reader.read(text.replace(field, broken)))
                .as(what)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aTruncatedOrForeignMtIsRefused() {
        String text = Mt535Writer.write(holdings(), CUSTODIAN, US);
        String mt536 = MtTransactionStatementWriter.write(settled(), CUSTODIAN, US);

        assertThatThrownBy(() -> Mt535Reader.read(text.substring(0, text.indexOf("{4:"))))
                .isInstanceOf(MessageFormatException.class)
                .hasMessage("MT535: must be a SWIFT MT message with blocks {1: and {4:");
        assertThatThrownBy(() -> Mt535Reader.read(text.substring(0, text.indexOf(":16R:SUBSAFE"))))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageStartingWith("MT535");
        assertThatThrownBy(() -> Mt535Reader.read(mt536)).hasMessage("MT535: the message is an MT536");
        assertThatThrownBy(() -> Mt535Reader.read("")).hasMessage("MT535: the message is empty");
        assertThatThrownBy(() -> MtTransactionStatementReader.read(text))
                .hasMessage("MT536/537: the message is an MT535");
    }

    @Test
    void aBadMt536IsRefusedNamingTheTag() {
        String mt536 = MtTransactionStatementWriter.write(settled(), CUSTODIAN, US);

        assertThatThrownBy(
                        () -> MtTransactionStatementReader.read(mt536.replace(":22H::REDE//DELI", ":22H::REDE//XXXX")))
                .hasMessage("MT536 :22H::REDE//: must be RECE or DELI, was XXXX");
        assertThatThrownBy(() -> MtTransactionStatementReader.read(
                        mt536.replace(":69A::STAT//20260301/20260303", ":69A::STAT//20260301")))
                .hasMessageStartingWith("MT536 :69A::STAT//: must be a period");
        assertThatThrownBy(() -> MtTransactionStatementReader.read(mt536.replace(":20C::RELA//SI-1", "")))
                .hasMessage("MT536 :20C::RELA//: must be given for every transaction");
    }
}
