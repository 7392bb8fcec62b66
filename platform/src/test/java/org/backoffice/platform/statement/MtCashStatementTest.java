package org.backoffice.platform.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;
import com.prowidesoftware.swift.model.mt.mt9xx.MT950;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class MtCashStatementTest {
    private static final String SENDER = "COBADEFFXXX";
    private static final String RECEIVER = "BOFFDEFF";

    @Test
    void anMt940ReadsBackToTheSameStatement() {
        AccountStatement statement = StatementFixture.statement();

        String fin = MtCashStatementWriter.mt940(statement, SENDER, RECEIVER);

        assertThat(MtCashStatementReader.read(fin)).containsExactly(statement);
    }

    @Test
    void anMt950ReadsBackToTheSameStatement() {
        AccountStatement statement = StatementFixture.statement();

        String fin = MtCashStatementWriter.mt950(statement, SENDER, RECEIVER);

        assertThat(MtCashStatementReader.read(fin)).containsExactly(statement);
    }

    @Test
    void prowideParsesTheWrittenFields() {
        String fin = MtCashStatementWriter.mt940(StatementFixture.statement(), SENDER, RECEIVER);

        MT940 mt = MT940.parse(fin);

        assertThat(mt.getSender()).startsWith("COBADEFF");
        assertThat(mt.getField20().getValue()).isEqualTo("STMT-0316");
        assertThat(mt.getField25().getValue()).isEqualTo("DE89370400440532013000");
        assertThat(mt.getField60F().getValue()).isEqualTo("D260313EUR120,50");
        assertThat(mt.getField62F().getValue()).isEqualTo("C260316EUR1174,41");
        List<Field61> lines = mt.getField61();
        assertThat(lines).extracting(Field61::getDebitCreditMark).containsExactly("C", "D", "RD");
        assertThat(lines.get(1).getEntryDate()).isEqualTo("0315");
        assertThat(lines.getFirst().getReferenceOfTheAccountServicingInstitution())
                .isEqualTo("COBA17");
        assertThat(mt.getField86()).hasSize(2);
        assertThat(MT950.parse(MtCashStatementWriter.mt950(StatementFixture.statement(), SENDER, RECEIVER))
                        .getField61()
                        .getFirst()
                        .getSupplementaryDetails())
                .isEqualTo("Rent March Claire Dupont");
    }

    @Test
    void aLongDescriptionIsWrappedOverSeveral86LinesAndJoinedBack() {
        String description = "Invoice 2026-117 and 2026-118, thank you for your business. Quarterly"
                + " rent for the warehouse at Hafenstrasse 12, Hamburg, and the parking spaces";
        AccountStatement statement = oneEntry(description);

        String fin = MtCashStatementWriter.mt940(statement, SENDER, RECEIVER);

        assertThat(MT940.parse(fin).getField86().getFirst().getLines()).hasSize(3);
        assertThat(MtCashStatementReader.read(fin)
                        .getFirst()
                        .entries()
                        .getFirst()
                        .description())
                .isEqualTo(description);
    }

    @Test
    void whatAnMtFieldCannotHoldIsRefusedNotCut() {
        assertThatThrownBy(() -> MtCashStatementWriter.mt950(oneEntry("x".repeat(35)), SENDER, RECEIVER))
                .hasMessage("entries: entry 1: description: must be at most 34 characters, was 35");
        assertThatThrownBy(() -> MtCashStatementWriter.mt940(oneEntry("word ".repeat(80)), SENDER, RECEIVER))
                .hasMessageContaining(":86: holds 6");
        assertThatThrownBy(() -> MtCashStatementWriter.mt940(StatementFixture.statement(), "COBADE", RECEIVER))
                .hasMessageStartingWith("senderBic:");
    }

    @Test
    void theHandWrittenMt950JoinsItsTwoPagesIntoOneStatement() {
        List<AccountStatement> statements =
                MtCashStatementReader.read(StatementFixture.resource("mt950-two-pages.fin"));

        assertThat(statements).hasSize(1);
        AccountStatement statement = statements.getFirst();
        assertThat(statement.statementId()).isEqualTo("S950-0316-A");
        assertThat(statement.account()).isEqualTo("DE89370400440532013000");
        assertThat(statement.openingDate()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(statement.openingBalance()).isEqualByComparingTo("10000.00");
        assertThat(statement.closingBalance()).isEqualByComparingTo("9791.11");
        assertThat(statement.entries())
                .extracting(
                        StatementEntry::side,
                        StatementEntry::amount,
                        StatementEntry::reversal,
                        StatementEntry::reference,
                        StatementEntry::servicerReference,
                        StatementEntry::transactionCode,
                        StatementEntry::description)
                .containsExactly(
                        Tuple.tuple(
                                StatementEntry.Side.CREDIT,
                                new BigDecimal("1500.00"),
                                false,
                                "IN-0001",
                                "COBA17",
                                "NTRF",
                                "Rent March"),
                        Tuple.tuple(
                                StatementEntry.Side.DEBIT,
                                new BigDecimal("250"),
                                false,
                                "NONREF",
                                "COBA18",
                                "NCHG",
                                "Account fees Q1"),
                        Tuple.tuple(
                                StatementEntry.Side.CREDIT,
                                new BigDecimal("42.1"),
                                false,
                                "NONREF",
                                null,
                                "NTRF",
                                null),
                        Tuple.tuple(
                                StatementEntry.Side.DEBIT,
                                new BigDecimal("1500.00"),
                                true,
                                "IN-0001",
                                "COBA19",
                                "NTRF",
                                "RETURN AC04"),
                        Tuple.tuple(
                                StatementEntry.Side.DEBIT,
                                new BigDecimal("0.99"),
                                false,
                                "NONREF",
                                null,
                                "NMSC",
                                null));
        assertThat(statement.entries().get(2).valueDate()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(statement.entries().get(2).bookingDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        // Valued on 2 January, booked on 31 December of the year before.
        assertThat(statement.entries().get(4).valueDate()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(statement.entries().get(4).bookingDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void theHandWrittenMt940TakesEachDescriptionFromTheFollowing86() {
        AccountStatement statement = MtCashStatementReader.read(StatementFixture.resource("mt940-with-86.fin"))
                .getFirst();

        assertThat(statement.account()).isEqualTo("COBADEFFXXX/0532013000");
        assertThat(statement.openingBalance()).isEqualByComparingTo("-120.50");
        assertThat(statement.closingBalance()).isEqualByComparingTo("1174.41");
        assertThat(statement.entries())
                .extracting(
                        StatementEntry::side,
                        StatementEntry::reversal,
                        StatementEntry::bookingDate,
                        StatementEntry::description)
                .containsExactly(
                        Tuple.tuple(
                                StatementEntry.Side.CREDIT,
                                false,
                                LocalDate.of(2026, 3, 16),
                                "RENT MARCH FLAT 4B CLAIRE DUPONT"),
                        Tuple.tuple(StatementEntry.Side.DEBIT, false, LocalDate.of(2026, 3, 16), "ACCOUNT FEES"),
                        Tuple.tuple(StatementEntry.Side.CREDIT, true, LocalDate.of(2026, 3, 16), "REVERSAL"));
        assertThat(statement.entries().getFirst().amount()).isEqualByComparingTo("1500.00");
    }

    @Test
    void anEntryWithoutTransactionCodeIsWrittenAsMiscellaneous() {
        LocalDate day = LocalDate.of(2026, 3, 16);
        StatementEntry entry = StatementEntry.of(day, StatementEntry.Side.DEBIT, BigDecimal.ONE, null, null);
        AccountStatement statement = new AccountStatement(
                "S", "DE89370400440532013000", "EUR", day, BigDecimal.ONE, day, BigDecimal.ZERO, List.of(entry));

        StatementEntry read = MtCashStatementReader.read(MtCashStatementWriter.mt950(statement, SENDER, RECEIVER))
                .getFirst()
                .entries()
                .getFirst();

        assertThat(read.transactionCode()).isEqualTo("NMSC");
        assertThat(read.reference()).isEqualTo("NONREF");
    }

    @Test
    void severalStatementsInOneFileAreReadInOrder() {
        AccountStatement first = StatementFixture.statement();
        AccountStatement second = oneEntry("second");
        String file = MtCashStatementWriter.mt940(first, SENDER, RECEIVER) + "\r\n$\r\n"
                + MtCashStatementWriter.mt950(second, SENDER, RECEIVER);

        assertThat(MtCashStatementReader.read(file)).containsExactly(first, second);
    }

    @Test
    void aStatementThatDoesNotAddUpIsRefusedByName() {
        String fin = StatementFixture.resource("mt940-with-86.fin")
                .replace(":62F:C260316EUR1174,41", ":62F:C260316EUR1174,42");

        assertThatThrownBy(() -> MtCashStatementReader.read(fin))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statement MT940-0316: opening balance -120.50 + credits 1500.01 - debits 205.10 = 1174.41,"
                        + " but the closing balance is 1174.42");
    }

    @Test
    void aPageThatDoesNotContinueThePreviousOneIsRefused() {
        String sample = StatementFixture.resource("mt950-two-pages.fin");

        assertThatThrownBy(() -> MtCashStatementReader.read(
                        sample.replace(":60M:C260316EUR11292,10", ":60M:C260316EUR11292,00")))
                .hasMessageContaining("message 2 opens with 60M EUR 11292.00");
        assertThatThrownBy(() -> MtCashStatementReader.read(sample.substring(0, sample.indexOf("{1:", 10))))
                .hasMessageContaining("the page with the final 62F is missing");
        assertThatThrownBy(() -> MtCashStatementReader.read(sample.substring(sample.indexOf("{1:", 10))))
                .hasMessageStartingWith("message 1: opens with 60M");
    }

    @Test
    void aTruncatedMessageIsRefusedNamingIt() {
        String sample = StatementFixture.resource("mt940-with-86.fin");

        // Cut off at a line, a file would read as a statement of fewer entries: the text block's end is asked for.
        assertThatThrownBy(() -> MtCashStatementReader.read(sample.substring(0, sample.indexOf(":62F:"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message 1: the text block {4: does not end with -}: the message is cut off");
        assertThatThrownBy(() -> MtCashStatementReader.read(sample.substring(0, sample.indexOf("{4:"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("message 1: ");
        assertThatThrownBy(() -> MtCashStatementReader.read(sample.replace(":62F:C260316EUR1174,41\n", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message 1 (MT940): :62F: or :62M:: is missing");
    }

    @Test
    void badFieldsAreNamedWithTheirMessage() {
        String sample = StatementFixture.resource("mt940-with-86.fin");

        assertThatThrownBy(() -> MtCashStatementReader.read(sample.replace("D205,10", "D205.10")))
                .hasMessageStartingWith("message 1 (MT940): :61: 2");
        assertThatThrownBy(() -> MtCashStatementReader.read(sample.replace(":25:COBADEFFXXX/0532013000\n", "")))
                .hasMessage("message 1 (MT940): :25:: is missing");
        assertThatThrownBy(() ->
                        MtCashStatementReader.read(sample.replace(":60F:D260313EUR120,50", ":60F:X260313EUR120,50")))
                .hasMessageContaining(":60F:: must start with C or D");
        assertThatThrownBy(() -> MtCashStatementReader.read("<Document/>")).hasMessageStartingWith("file:");
        assertThatThrownBy(() -> MtCashStatementReader.read(sample.replace("{2:I940", "{2:I103")))
                .hasMessage("message 1: is an MT103, expected MT940 or MT950");
    }

    private static AccountStatement oneEntry(String description) {
        LocalDate day = LocalDate.of(2026, 3, 16);
        return new AccountStatement(
                "STMT-2",
                "DE89370400440532013000",
                "EUR",
                day,
                BigDecimal.ZERO,
                day,
                new BigDecimal("10.00"),
                List.of(new StatementEntry(
                        day,
                        day,
                        new BigDecimal("10.00"),
                        StatementEntry.Side.CREDIT,
                        false,
                        "R1",
                        null,
                        "NTRF",
                        description)));
    }
}
