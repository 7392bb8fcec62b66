package org.backoffice.securities.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.junit.jupiter.api.Test;

class TradeCsvTest extends BrokerTest {
    static final String HEADER =
            "trade_ref,side,isin,quantity,price,currency,trade_date,settlement_date,depo_account,counterparty,market,delivery\n";

    @Override
    protected void prepare() {
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "100000.00");
    }

    private static String row(String ref, String quantity, String counterparty) {
        return ref + ",BUY," + SecuritiesFixture.SHARE + "," + quantity + ",12.50,GBP,2026-11-25,,"
                + SecuritiesFixture.CLIENT + "," + counterparty + ",XLON,DVP\n";
    }

    @Test
    void rowsAreReadWithTheirSpreadsheetNumbers() {
        TradeCsv.Parsed parsed = TradeCsv.parse(HEADER + row("T1", "100", SecuritiesFixture.ALPHA) + "\n"
                + "T2,sell," + SecuritiesFixture.SHARE + ",5,\"1,0\",GBP,2026-11-25,2026-11-30,C1001,"
                + SecuritiesFixture.ALPHA + ",,\n");

        assertThat(parsed.rows()).extracting(TradeCsv.Row::row).containsExactly(2);
        NewTrade first = parsed.rows().get(0).trade();
        assertThat(first.quantity()).isEqualTo(100);
        assertThat(first.price()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(first.settlementDate()).isNull();
        assertThat(first.delivery()).isEqualTo(Delivery.DVP);
        assertThat(parsed.errors())
                .extracting(TradeCsv.RowError::text)
                .containsExactly("row 4: price: must be a decimal such as 101.25, was '1,0'");
    }

    @Test
    void everyBadCellIsNamedByRowAndField() {
        TradeCsv.Parsed parsed = TradeCsv.parse(HEADER
                + row("T1", "100", SecuritiesFixture.ALPHA)
                + "T2,HOLD," + SecuritiesFixture.SHARE + ",1.5,12,GBP,25/11/2026,,C1001,X,XLON,FREE\n");

        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.errors())
                .extracting(TradeCsv.RowError::text)
                .containsExactly(
                        "row 3: side: must be BUY or SELL, was 'HOLD'",
                        "row 3: quantity: must be a whole number",
                        "row 3: trade_date: must be a date as yyyy-mm-dd, was '25/11/2026'",
                        "row 3: delivery: must be DVP or FOP, was 'FREE'");
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedAsAWhole() {
        assertThat(TradeCsv.parse("ref,side\nT1,BUY\n").errors())
                .singleElement()
                .satisfies(e -> assertThat(e.text()).startsWith("row 1: header: lacks trade_ref, isin"));
        assertThat(TradeCsv.parse("").errors())
                .singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(1));
        assertThat(TradeCsv.parse(HEADER + "T1,\"BUY\n").errors())
                .singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("row 1: file: a quoted field is not closed"));
    }

    @Test
    void aLoadCapturesGoodRowsSendsBadOnesToRepairAndFindsDuplicatesAgain() {
        String file = HEADER
                + row("CSV-1", "100", SecuritiesFixture.ALPHA)
                + row("CSV-2", "10", SecuritiesFixture.lei("UNKNOWNCOUNTERP001"))
                + row("CSV-3", "ten", SecuritiesFixture.ALPHA);

        TradeCsv.Loaded first = TradeCsv.load(broker.securities().trades(), broker.actor("operator.ho"), file);

        assertThat(first.summary()).isEqualTo("loaded 1, repair 1, duplicate 0, refused 1");
        assertThat(first.lines()).extracting(TradeCsv.Line::row).containsExactly(2, 3, 4);
        assertThat(first.lines().get(1).errors()).anySatisfy(e -> assertThat(e).startsWith("row 3: counterparty: "));
        assertThat(first.lines().get(2).errors()).containsExactly("row 4: quantity: must be a whole number");
        Trade loaded = broker.securities().trades().findByRef("CSV-1").orElseThrow();
        assertThat(loaded.source()).isEqualTo(TradeSource.CSV);
        assertThat(loaded.tradeDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(broker.securities().trades().findByRef("CSV-3")).isEmpty();

        TradeCsv.Loaded again = TradeCsv.load(broker.securities().trades(), broker.actor("operator.ho"), file);
        assertThat(again.summary()).isEqualTo("loaded 0, repair 0, duplicate 2, refused 1");
    }
}
