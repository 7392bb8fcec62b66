package org.backoffice.platform.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Camt053Test {
    private static final Instant CREATED = Instant.parse("2026-03-16T17:00:00Z");

    @Test
    void whatIsWrittenReadsBackToTheSameStatements() {
        AccountStatement other = new AccountStatement(
                "STMT-OTHR",
                "0532013000",
                "USD",
                LocalDate.of(2026, 3, 16),
                BigDecimal.ZERO,
                LocalDate.of(2026, 3, 16),
                BigDecimal.ZERO,
                List.of());
        List<AccountStatement> statements = List.of(StatementFixture.statement(), other);

        String xml = Camt053Writer.write("MSG-1", CREATED, statements);

        assertThat(Camt053Reader.read(xml)).isEqualTo(statements);
    }

    @Test
    void prowideReadsTheWrittenBalancesAndEntries() {
        String xml = Camt053Writer.write("MSG-1", CREATED, List.of(StatementFixture.statement()));

        AccountStatement9 stmt =
                MxCamt05300108.parse(xml).getBkToCstmrStmt().getStmt().getFirst();

        assertThat(stmt.getAcct().getId().getIBAN()).isEqualTo("DE89370400440532013000");
        assertThat(stmt.getBal())
                .extracting(bal -> bal.getTp().getCdOrPrtry().getCd())
                .containsExactly("OPBD", "CLBD");
        assertThat(stmt.getBal().getFirst().getCdtDbtInd().value()).isEqualTo("DBIT");
        assertThat(stmt.getBal().getFirst().getAmt().getValue()).isEqualByComparingTo("120.50");
        assertThat(stmt.getNtry()).hasSize(3);
        assertThat(stmt.getNtry().get(1).getCdtDbtInd().value()).isEqualTo("DBIT");
        assertThat(stmt.getNtry().get(2).isRvslInd()).isTrue();
        assertThat(xml).contains("urn:iso:std:iso:20022:tech:xsd:camt.053.001.08");
    }

    @Test
    void theHandWrittenSampleReadsToItsThreeEntries() {
        List<AccountStatement> statements = Camt053Reader.read(StatementFixture.resource("camt053-three-entries.xml"));

        AccountStatement statement = statements.getFirst();
        assertThat(statements).hasSize(1);
        assertThat(statement.statementId()).isEqualTo("STMT-20260316-DE89");
        assertThat(statement.account()).isEqualTo("DE89370400440532013000");
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.openingDate()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(statement.openingBalance()).isEqualByComparingTo("10000.00");
        assertThat(statement.closingDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(statement.closingBalance()).isEqualByComparingTo("11292.10");
        assertThat(statement.entries())
                .extracting(
                        StatementEntry::side,
                        StatementEntry::amount,
                        StatementEntry::reference,
                        StatementEntry::servicerReference,
                        StatementEntry::transactionCode,
                        StatementEntry::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                StatementEntry.Side.CREDIT,
                                new BigDecimal("1500.00"),
                                "IN-0001",
                                "COBA2026031600017",
                                "PMNT/RCDT/ESCT",
                                "Rent, March"),
                        org.assertj.core.groups.Tuple.tuple(
                                StatementEntry.Side.CREDIT,
                                new BigDecimal("42.10"),
                                "2",
                                "COBA2026031600018",
                                "NTRF",
                                "Transfer from J. Jansen"),
                        org.assertj.core.groups.Tuple.tuple(
                                StatementEntry.Side.DEBIT,
                                new BigDecimal("250.00"),
                                "NONREF",
                                null,
                                "NCHG",
                                "Account fees Q1"));
        assertThat(statement.entries().get(1).valueDate()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(statement.entries().get(1).bookingDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(statement.entries().get(2).bookingDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aPendingEntryDoesNotMoveTheBookedBalance() {
        String sample = StatementFixture.resource("camt053-three-entries.xml");
        String pending = """
                <Ntry><Amt Ccy="EUR">999.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
                <ValDt><Dt>2026-03-18</Dt></ValDt><BkTxCd><Prtry><Cd>NTRF</Cd></Prtry></BkTxCd></Ntry>
                </Stmt>""";

        List<AccountStatement> statements = Camt053Reader.read(sample.replace("</Stmt>", pending));

        assertThat(statements.getFirst().entries()).hasSize(3);
    }

    @Test
    void aStatementThatDoesNotAddUpIsRefusedByName() {
        String sample = StatementFixture.resource("camt053-three-entries.xml");

        assertThatThrownBy(() -> Camt053Reader.read(sample.replace(">11292.10<", ">11292.11<")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statement STMT-20260316-DE89: opening balance 10000.00 + credits 1542.10 - debits 250.00"
                        + " = 11292.10, but the closing balance is 11292.11");
    }

    @Test
    void missingOrBadFieldsAreNamed() {
        String sample = StatementFixture.resource("camt053-three-entries.xml");

        assertThatThrownBy(() -> Camt053Reader.read(sample.replace("<Cd>CLBD</Cd>", "<Cd>CLAV</Cd>")))
                .hasMessage("statement STMT-20260316-DE89: Bal CLBD: is missing");
        assertThatThrownBy(() -> Camt053Reader.read(sample.replace(">42.10<", ">4x<")))
                .hasMessageStartingWith("statement STMT-20260316-DE89: Ntry 2 Amt: is missing or not a decimal number");
        assertThatThrownBy(
                        () -> Camt053Reader.read(sample.replace("<Amt Ccy=\"EUR\">250.00", "<Amt Ccy=\"USD\">250.00")))
                .hasMessageContaining("Ntry 3 Amt: is in USD, the account in EUR");
    }

    @Test
    void aFileThatIsNoCamt053IsRefused() {
        String pacs =
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf/></Document>";

        assertThatThrownBy(() -> Camt053Reader.read(pacs))
                .hasMessage("file: expected a camt.053.001.08 message, found pacs.008.001.08");
        assertThatThrownBy(() -> Camt053Reader.read(":20:STMT")).hasMessage("file: is not XML");
        assertThatThrownBy(() -> Camt053Reader.read(" ")).hasMessage("file: is empty");
        assertThatThrownBy(() -> Camt053Reader.read("<html><body>statement</body></html>"))
                .hasMessageStartingWith("file: is not an ISO 20022 message");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a tag left open        | <Stmt><Id>S1</Id>                 | file:
            text after the root    | </Document>trailing               | file:
            an element cut off     | <Ntry><Amt Ccy="EUR">1500.00</Am  | file:
            """)
    void malformedXmlIsRefusedWhole(String what, String breakage, String start) {
        String sample = StatementFixture.resource("camt053-three-entries.xml");
        String broken = sample.substring(0, sample.indexOf("<Ntry>")) + breakage;

        assertThatThrownBy(() -> Camt053Reader.read(broken))
                .as(what)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(start);
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyParserReadsIt() {
        String sample = StatementFixture.resource("camt053-three-entries.xml");
        String external = sample.replaceFirst(
                        "<Document", "<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Document")
                .replace("Rent, March", "&x;");
        String bomb = sample.replaceFirst(
                        "<Document",
                        "<!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<Document")
                .replace("Rent, March", "&b;");
        String lower = sample.replaceFirst("<Document", "<!doctype Document>\n<Document");

        for (String xml : List.of(external, bomb, lower)) {
            assertThatThrownBy(() -> Camt053Reader.read(xml))
                    .hasMessage("file: must not declare a DOCTYPE (no DTD or external entity is read)");
            assertThatThrownBy(() -> StatementReader.read(xml, StatementFormat.detect(xml, StatementFormat.CASH)))
                    .hasMessageContaining("DOCTYPE");
        }
    }
}
