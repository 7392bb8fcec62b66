package org.backoffice.securities.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.junit.jupiter.api.Test;

class TradeBookTest extends BrokerTest {
    TradeBook book;

    @Override
    protected void prepare() {
        book = broker.securities().trades();
        broker.stockClient();
    }

    private CaptureOutcome capture(NewTrade trade) {
        return book.capture(broker.actor("operator.ho"), TradeSource.MANUAL, trade);
    }

    @Test
    void aTradeIsEnrichedWithItsSettlementDateInstructionAndAmounts() {
        CaptureOutcome outcome = capture(broker.buy(SecuritiesFixture.CLIENT, 1000, "12.345"));

        assertThat(outcome.kind()).isEqualTo(CaptureOutcome.Kind.CAPTURED);
        Trade trade = book.find(outcome.trade().id()).orElseThrow();
        assertThat(trade.status()).isEqualTo(TradeStatus.NEW);
        // Wednesday T+2 on XLON is Friday.
        assertThat(trade.settlementDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(trade.market()).isEqualTo("XLON");
        assertThat(trade.ssiId()).isNotNull();
        assertThat(trade.grossAmount()).isEqualTo(1_234_500);
        assertThat(trade.accruedInterest()).isZero();
        // 5 basis points of 12,345.00 is 6.17 (half even), above the 1.00 minimum.
        assertThat(trade.fees()).isEqualTo(617);
        assertThat(trade.settlementAmount()).isEqualTo(1_234_500);
        assertThat(trade.clientCash()).isEqualTo(1_235_117);
        assertThat(trade.branch()).isEqualTo("HO");
    }

    @Test
    void aBondSettlesAtItsPriceInPercentOfNominalPlusAccruedInterest() {
        Trade trade = capture(new NewTrade(
                        "BOND-1",
                        Side.BUY,
                        SecuritiesFixture.BOND,
                        1000,
                        new BigDecimal("98.5"),
                        "GBP",
                        SecuritiesFixture.TODAY,
                        null,
                        SecuritiesFixture.CLIENT,
                        SecuritiesFixture.ALPHA,
                        null,
                        Delivery.DVP))
                .trade();

        // 1,000 bonds of 100 at 98.5 %; 30/360 from the 15 June coupon to Friday 27 November is 162 days.
        assertThat(trade.grossAmount()).isEqualTo(9_850_000);
        assertThat(trade.accruedInterest()).isEqualTo(225_000);
        assertThat(trade.settlementAmount()).isEqualTo(10_075_000);
    }

    @Test
    void aRegistrarHeldShareIsCapturedWhateverDepositoryTheCounterpartySettlesCashThrough() {
        CaptureOutcome outcome = capture(new NewTrade(
                "REG-1",
                Side.BUY,
                SecuritiesFixture.REGISTERED,
                100,
                BigDecimal.ONE,
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                SecuritiesFixture.CLIENT,
                SecuritiesFixture.ALPHA,
                null,
                Delivery.DVP));

        assertThat(outcome.kind()).isEqualTo(CaptureOutcome.Kind.CAPTURED);
    }

    @Test
    void theFirmsOwnTradesPayNoFeeAndSettleAfterTheWeekend() {
        broker.fund(SecuritiesFixture.HOUSE, "GBP", "5000.00");
        Trade trade = capture(new NewTrade(
                        "OWN-1",
                        Side.BUY,
                        SecuritiesFixture.SHARE,
                        100,
                        new BigDecimal("10"),
                        "GBP",
                        LocalDate.of(2026, 11, 19),
                        null,
                        SecuritiesFixture.HOUSE,
                        SecuritiesFixture.BETA,
                        "XLON",
                        Delivery.DVP))
                .trade();

        assertThat(trade.fees()).isZero();
        assertThat(trade.settlementDate()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aTradeBreakingRulesWaitsForRepairWithEveryReasonAtOnce() {
        NewTrade bad = new NewTrade(
                "BAD-1",
                Side.BUY,
                SecuritiesFixture.SHARE,
                0,
                new BigDecimal("-1"),
                "USD",
                LocalDate.of(2026, 11, 26).plusDays(5),
                null,
                "NOSUCH",
                SecuritiesFixture.lei("DEMOUNKNOWNPARTY01"),
                null,
                Delivery.DVP);

        CaptureOutcome outcome = capture(bad);

        assertThat(outcome.kind()).isEqualTo(CaptureOutcome.Kind.REPAIR);
        assertThat(outcome.errors())
                .extracting(FieldError::field)
                .contains("quantity", "price", "currency", "tradeDate", "depoAccount", "counterparty");
        Trade stored = book.find(outcome.trade().id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TradeStatus.REPAIR);
        assertThat(stored.repairReasons()).hasSameSizeAs(outcome.errors());
        assertThat(book.repairQueue(broker.actor("operator.ho"), 0, 10).items())
                .extracting(Trade::tradeRef)
                .containsExactly("BAD-1");
    }

    @Test
    void aBadIsinOrLeiIsNamedWithItsRule() {
        String badIsin = wrongLastDigit(SecuritiesFixture.SHARE);
        NewTrade bad = new NewTrade(
                "BAD-2",
                Side.SELL,
                badIsin,
                10,
                BigDecimal.TEN,
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                SecuritiesFixture.CLIENT,
                wrongLastDigit(SecuritiesFixture.ALPHA),
                null,
                Delivery.DVP);

        CaptureOutcome outcome = capture(bad);

        assertThat(outcome.errors())
                .extracting(e -> e.field() + ": " + e.message())
                .anyMatch(m -> m.startsWith("isin: check digit of '" + badIsin + "' must be"))
                .anyMatch(m -> m.startsWith("counterparty: must be an LEI"));
    }

    @Test
    void theSellerMustHoldTheSecuritiesAndTheBuyerTheCashAcrossTheBatch() {
        List<CaptureOutcome> outcomes = book.captureAll(
                broker.actor("operator.ho"),
                TradeSource.CSV,
                List.of(
                        broker.sell(SecuritiesFixture.CLIENT, 300, "10"),
                        broker.sell(SecuritiesFixture.CLIENT, 300, "10"),
                        broker.buy(SecuritiesFixture.CLIENT, 9000, "11")));

        assertThat(outcomes)
                .extracting(CaptureOutcome::kind)
                .containsExactly(
                        CaptureOutcome.Kind.CAPTURED, CaptureOutcome.Kind.REPAIR, CaptureOutcome.Kind.CAPTURED);
        assertThat(outcomes.get(1).errors())
                .extracting(FieldError::message)
                .containsExactly("the seller's depo account C1001 holds 200 to deliver, not 300");
        // Captured trades not yet instructed reserve nothing in the ledger: the next capture sees the balance.
        CaptureOutcome tooDear = capture(broker.buy(SecuritiesFixture.CLIENT, 9000, "12"));
        assertThat(tooDear.kind()).isEqualTo(CaptureOutcome.Kind.REPAIR);
        assertThat(tooDear.errors().get(0).message())
                .isEqualTo("the buyer's depo account C1001 has 100000.00 GBP, not the 108054.00 due");
    }

    @Test
    void captureIsIdempotentOnTheTradeReference() {
        NewTrade trade = broker.buy(SecuritiesFixture.CLIENT, 10, "10");
        CaptureOutcome first = capture(trade);

        CaptureOutcome again = capture(trade.withTradeRef(trade.tradeRef()));
        CaptureOutcome other = capture(new NewTrade(
                trade.tradeRef(),
                Side.BUY,
                SecuritiesFixture.SHARE,
                11,
                BigDecimal.TEN,
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                SecuritiesFixture.CLIENT,
                SecuritiesFixture.ALPHA,
                null,
                Delivery.DVP));

        assertThat(again.kind()).isEqualTo(CaptureOutcome.Kind.DUPLICATE);
        assertThat(again.trade().id()).isEqualTo(first.trade().id());
        assertThat(other.kind()).isEqualTo(CaptureOutcome.Kind.REFUSED);
        assertThat(other.errors())
                .containsExactly(new FieldError("tradeRef", "is in the book already with other details"));
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_trades")).isEqualTo(1);
    }

    @Test
    void aRepairIsAnAmendmentAControllerApprovesAndTheBookKeepsEveryVersion() {
        NewTrade bad = new NewTrade(
                "FIX-1",
                Side.BUY,
                SecuritiesFixture.SHARE,
                10,
                BigDecimal.TEN,
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                SecuritiesFixture.CLIENT,
                SecuritiesFixture.lei("DEMOUNKNOWNPARTY01"),
                null,
                Delivery.DVP);
        long id = capture(bad).trade().id();
        NewTrade repaired = new NewTrade(
                "FIX-1",
                Side.BUY,
                SecuritiesFixture.SHARE,
                10,
                BigDecimal.TEN,
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                SecuritiesFixture.CLIENT,
                SecuritiesFixture.ALPHA,
                null,
                Delivery.DVP);

        TradeVersion proposal = book.proposeAmendment(broker.actor("operator.ho"), id, repaired, "wrong counterparty");

        assertThat(book.find(id).orElseThrow().status()).isEqualTo(TradeStatus.REPAIR);
        assertThatThrownBy(() -> book.approve(broker.actor("operator.ho"), id, proposal.version()))
                .isInstanceOf(SecurityException.class);
        Trade approved = book.approve(broker.actor("controller.ho"), id, proposal.version());

        assertThat(approved.status()).isEqualTo(TradeStatus.NEW);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.counterparty()).isEqualTo(SecuritiesFixture.ALPHA);
        List<TradeVersion> versions = book.versions(broker.actor("auditor"), id);
        assertThat(versions)
                .extracting(TradeVersion::state)
                .containsExactly(TradeVersion.State.SUPERSEDED, TradeVersion.State.CURRENT);
        assertThat(versions.get(0).body().counterparty()).isEqualTo(bad.counterparty());
        assertThat(versions.get(1).checkedBy()).isEqualTo("controller.ho");
    }

    @Test
    void aCancellationNeedsAReasonAndASecondUserAndARejectionChangesNothing() {
        long id =
                capture(broker.buy(SecuritiesFixture.CLIENT, 10, "10")).trade().id();

        assertThatThrownBy(() -> book.proposeCancellation(broker.actor("operator.ho"), id, " "))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("reason: must be given for a cancellation");
        TradeVersion first = book.proposeCancellation(broker.actor("operator.ho"), id, "client withdrew");
        assertThatThrownBy(() -> book.proposeCancellation(broker.actor("operator.ho"), id, "again"))
                .isInstanceOf(IllegalStateException.class);
        book.reject(broker.actor("controller.ho"), id, first.version(), "client confirmed");
        assertThat(book.find(id).orElseThrow().status()).isEqualTo(TradeStatus.NEW);

        TradeVersion second = book.proposeCancellation(broker.actor("operator.ho"), id, "client withdrew, in writing");
        Trade cancelled = book.approve(broker.actor("controller.ho"), id, second.version());

        assertThat(cancelled.status()).isEqualTo(TradeStatus.CANCELLED);
        assertThat(book.versions(broker.actor("controller.ho"), id))
                .extracting(TradeVersion::state)
                .containsExactly(
                        TradeVersion.State.SUPERSEDED, TradeVersion.State.REJECTED, TradeVersion.State.CURRENT);
        assertThatThrownBy(() -> book.proposeAmendment(broker.actor("operator.ho"), id, cancelled.ticket(), "revive"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aUserSeesAndCapturesOnlyTheTradesOfTheirBranches() {
        capture(broker.buy(SecuritiesFixture.CLIENT, 10, "10"));
        broker.fund(SecuritiesFixture.CLIENT_B1, "GBP", "1000.00");

        CaptureOutcome notGranted = book.capture(
                broker.actor("operator.b1"), TradeSource.MANUAL, broker.buy(SecuritiesFixture.CLIENT, 1, "10"));
        CaptureOutcome own = book.capture(
                broker.actor("operator.b1"), TradeSource.MANUAL, broker.buy(SecuritiesFixture.CLIENT_B1, 1, "10"));

        assertThat(notGranted.kind()).isEqualTo(CaptureOutcome.Kind.REFUSED);
        assertThat(own.kind()).isEqualTo(CaptureOutcome.Kind.CAPTURED);
        assertThat(book.list(broker.actor("operator.b1"), TradeQuery.all()).items())
                .extracting(Trade::depoAccount)
                .containsExactly(SecuritiesFixture.CLIENT_B1);
        assertThat(book.list(broker.actor("controller.ho"), TradeQuery.all()).total())
                .isEqualTo(1);
        assertThat(book.list(broker.actor("auditor"), TradeQuery.all()).total()).isEqualTo(2);
        assertThatThrownBy(() -> book.capture(
                        broker.actor("auditor"), TradeSource.MANUAL, broker.buy(SecuritiesFixture.CLIENT, 1, "10")))
                .isInstanceOf(SecurityException.class);
    }

    private static String wrongLastDigit(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
