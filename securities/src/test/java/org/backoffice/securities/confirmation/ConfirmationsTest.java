package org.backoffice.securities.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ConfirmationsTest extends BrokerTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    Confirmations confirmations;

    @Override
    protected void prepare() {
        confirmations = broker.securities().confirmations();
        broker.stockClient();
    }

    private Trade capture(org.backoffice.securities.trade.NewTrade ticket) {
        CaptureOutcome outcome = broker.securities().trades().capture(operator, TradeSource.MANUAL, ticket);
        return outcome.trade();
    }

    /** What Alpha's confirmation of our purchase says when it agrees with us. */
    private static CounterpartyConfirmation agreeing(Trade trade) {
        return new CounterpartyConfirmation(
                trade.tradeRef(),
                Side.SELL,
                trade.isin(),
                trade.quantity(),
                trade.price(),
                BigDecimal.valueOf(trade.settlementAmount(), 2),
                "GBP",
                trade.tradeDate(),
                trade.settlementDate(),
                SecuritiesFixture.ALPHA);
    }

    @Test
    void theContractIsAPdfNamingTheTradeTheInstrumentAndTheParties() throws Exception {
        Trade trade = capture(broker.buy(SecuritiesFixture.CLIENT, 1000, "12.345"));

        byte[] pdf = confirmations.contractPdf(operator, trade.id());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text)
                .contains(trade.tradeRef())
                .contains(SecuritiesFixture.SHARE)
                .contains("Alpha Brokers Ltd")
                .contains(SecuritiesFixture.ALPHA)
                .contains("Jane Investor")
                .contains("DEMOGB2LXXX")
                .contains("12,345.00 GBP")
                .contains(SecuritiesFixture.CREST);
    }

    @Test
    void aMatchingConfirmationMatchesAndIsStored() {
        Trade trade = capture(broker.buy(SecuritiesFixture.CLIENT, 1000, "12.345"));
        CounterpartyConfirmation theirs = agreeing(trade);
        // The price by value: 12.3450 is 12.345.
        theirs = new CounterpartyConfirmation(
                theirs.tradeRef(),
                theirs.side(),
                theirs.isin(),
                theirs.quantity(),
                new BigDecimal("12.3450"),
                theirs.settlementAmount(),
                theirs.currency(),
                theirs.tradeDate(),
                theirs.settlementDate(),
                theirs.lei());

        MatchResult result = confirmations.match(operator, trade.id(), theirs);

        assertThat(result.matched()).isTrue();
        assertThat(confirmations.latest(operator, trade.id()).orElseThrow().status())
                .isEqualTo(ConfirmationStatus.MATCHED);
    }

    @Test
    void twoDifferingFieldsAreListedAndStoredAsAMismatch() {
        Trade trade = capture(broker.buy(SecuritiesFixture.CLIENT, 1000, "12.345"));
        CounterpartyConfirmation theirs = new CounterpartyConfirmation(
                trade.tradeRef(),
                Side.SELL,
                trade.isin(),
                trade.quantity(),
                trade.price(),
                new BigDecimal("12345.01"),
                "GBP",
                trade.tradeDate(),
                FRIDAY.plusDays(3),
                SecuritiesFixture.ALPHA);

        MatchResult result = confirmations.match(operator, trade.id(), theirs);

        assertThat(result.matched()).isFalse();
        assertThat(result.differences())
                .containsExactly(
                        new FieldDifference("settlementAmount", "12345.00", "12345.01"),
                        new FieldDifference("settlementDate", "2026-11-27", "2026-11-30"));
        Confirmation stored = confirmations.latest(operator, trade.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ConfirmationStatus.MISMATCHED);
        assertThat(stored.differences()).isEqualTo(result.differences());
        assertThat(stored.recordedBy()).isEqualTo("operator.ho");
    }

    @Test
    void theCounterpartyMustConfirmTheOppositeSide() {
        Trade trade = capture(broker.buy(SecuritiesFixture.CLIENT, 10, "12"));
        CounterpartyConfirmation agreeing = agreeing(trade);
        CounterpartyConfirmation sameSide = new CounterpartyConfirmation(
                agreeing.tradeRef(),
                Side.BUY,
                agreeing.isin(),
                agreeing.quantity(),
                agreeing.price(),
                agreeing.settlementAmount(),
                agreeing.currency(),
                agreeing.tradeDate(),
                agreeing.settlementDate(),
                agreeing.lei());

        MatchResult result = confirmations.match(operator, trade.id(), sameSide);

        assertThat(result.differences()).extracting(FieldDifference::field).containsExactly("side");
    }

    @Test
    void anAffirmationRecordsWhoAndWhen() {
        Trade trade = capture(broker.buy(SecuritiesFixture.CLIENT, 10, "12"));

        Confirmation affirmed = confirmations.affirm(operator, trade.id());

        assertThat(confirmations.history(operator, trade.id())).containsExactly(affirmed);
        assertThat(affirmed.status()).isEqualTo(ConfirmationStatus.AFFIRMED);
        assertThat(affirmed.recordedBy()).isEqualTo("operator.ho");
        assertThat(affirmed.recordedAt()).isEqualTo(SecuritiesFixture.START);
        assertThat(affirmed.counterparty()).isEqualTo(SecuritiesFixture.ALPHA);
    }

    @Test
    void anUnknownTradeHasNoContractNoAffirmationAndNoMatch() {
        assertThatThrownBy(() -> confirmations.contractPdf(operator, 424242L))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("trade")
                .hasMessageContaining("no such trade: 424242");
        assertThatThrownBy(() -> confirmations.affirm(operator, 424242L)).isInstanceOf(InvalidDocumentException.class);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_confirmations")).isZero();
    }

    @Test
    void aTradeWaitingForRepairIsNotConfirmed() {
        Trade trade = capture(broker.sell(SecuritiesFixture.CLIENT, 10_000, "12"));
        assertThat(trade.status()).isEqualTo(TradeStatus.REPAIR);

        assertThatThrownBy(() -> confirmations.contractPdf(operator, trade.id()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("waits for repair");
        assertThatThrownBy(() -> confirmations.match(operator, trade.id(), agreeing(trade)))
                .isInstanceOf(InvalidDocumentException.class);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_confirmations")).isZero();
    }

    @Test
    void aCsvOfConfirmationsIsMatchedRowByRowAndABadIsinRefusesOnlyItsRow() {
        Trade first = capture(broker.buy(SecuritiesFixture.CLIENT, 100, "12"));
        Trade second = capture(broker.buy(SecuritiesFixture.CLIENT, 200, "12"));
        String csv = "tradeRef,side,isin,quantity,price,settlementAmount,currency,tradeDate,settlementDate,lei\n"
                + first.tradeRef() + ",SELL," + SecuritiesFixture.SHARE + ",100,12,1200.00,GBP,2026-11-25,2026-11-27,"
                + SecuritiesFixture.ALPHA + "\n"
                + second.tradeRef() + ",SELL,GB00DEMO001,200,12,2400.00,GBP,2026-11-25,2026-11-27,"
                + SecuritiesFixture.ALPHA + "\n"
                + second.tradeRef() + ",SELL," + SecuritiesFixture.SHARE + ",201,12,2400.00,GBP,2026-11-25,2026-11-27,"
                + SecuritiesFixture.ALPHA + "\n"
                + "NOPE,SELL," + SecuritiesFixture.SHARE + ",1,12,12.00,GBP,2026-11-25,2026-11-27,"
                + SecuritiesFixture.ALPHA + "\n";

        List<ImportRow> rows = confirmations.importConfirmations(operator, csv);

        assertThat(rows)
                .extracting(ImportRow::kind)
                .containsExactly(
                        ImportRow.Kind.MATCHED,
                        ImportRow.Kind.REFUSED,
                        ImportRow.Kind.MISMATCHED,
                        ImportRow.Kind.REFUSED);
        assertThat(rows.get(1).errors()).extracting(FieldError::field).containsExactly("isin");
        assertThat(rows.get(2).differences()).containsExactly(new FieldDifference("quantity", "200", "201"));
        assertThat(rows.get(3).errors()).containsExactly(new FieldError("tradeRef", "no such trade: NOPE"));
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_confirmations")).isEqualTo(2);
    }

    @Test
    void aCsvWithoutItsHeaderIsRefusedWhole() {
        assertThatThrownBy(() -> confirmations.importConfirmations(operator, "a,b,c\n1,2,3"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("header");
    }
}
