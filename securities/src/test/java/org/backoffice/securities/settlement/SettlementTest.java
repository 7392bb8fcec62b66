package org.backoffice.securities.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.message.Mt548Writer;
import org.backoffice.securities.message.Mt54xConfirmationWriter;
import org.backoffice.securities.message.Mt54xReader;
import org.backoffice.securities.message.Sese023Reader;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.message.SettlementInstructionMessage;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.message.StatusKind;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;
import org.junit.jupiter.api.Test;

class SettlementTest extends BrokerTest {
    static final LocalDate SETTLES = LocalDate.of(2026, 11, 27);

    Settlement settlement;
    long position;
    long money;
    long depository;
    long bank;
    long fees;
    int messages;

    @Override
    protected void prepare() {
        settlement = broker.securities().settlement();
        broker.stockClient();
        position = broker.positionAccount(SecuritiesFixture.CLIENT, SecuritiesFixture.SHARE);
        money = broker.moneyAccount(SecuritiesFixture.CLIENT, "GBP");
        Books books = broker.securities().books();
        depository = books.branch("HO", Books.DEPOSITORY, SecuritiesFixture.SHARE);
        bank = books.branch("HO", Books.SETTLEMENT_CASH, "GBP");
        fees = books.branch("HO", Books.FEES, "GBP");
    }

    private Trade capture(NewTrade ticket) {
        Trade trade = broker.securities()
                .trades()
                .capture(operator, TradeSource.MANUAL, ticket)
                .trade();
        assertThat(trade.status()).isEqualTo(TradeStatus.NEW);
        return trade;
    }

    private Instruction instructBuy(long quantity) {
        Trade trade = capture(broker.buy(SecuritiesFixture.CLIENT, quantity, "10.00"));
        return settlement.instruct(operator, trade.id()).instruction();
    }

    private Balance balance(long account) {
        return broker.platform().ledger().balance(AccountId.of(account)).orElseThrow();
    }

    private TradeStatus tradeStatus(Instruction in) {
        return broker.securities().trades().find(in.tradeId()).orElseThrow().status();
    }

    private SettlementStatus status(Instruction in, StatusKind kind, String reason) {
        return new SettlementStatus(
                in.reference(),
                kind,
                reason,
                null,
                Instant.parse("2026-11-25T12:00:00Z").plusSeconds(++messages));
    }

    private SettlementConfirmation confirmation(Instruction in, long quantity, String amount, boolean partial) {
        return new SettlementConfirmation(
                in.reference(),
                "CONF" + (++messages),
                in.direction(),
                true,
                in.isin(),
                BigDecimal.valueOf(quantity),
                new BigDecimal(amount),
                "GBP",
                SETTLES,
                partial,
                false);
    }

    private static List<String> assetsOf(TransactionRecord record) {
        return record.postings().stream()
                .map(p -> p.asset().toString())
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void anInstructionReservesBothLegsInOnePendingTransferAndPostsNothing() {
        Instruction in = instructBuy(100);

        assertThat(in.reference()).startsWith("S").hasSizeLessThanOrEqualTo(16);
        assertThat(in.direction()).isEqualTo(Direction.RECEIVE);
        assertThat(in.status()).isEqualTo(InstructionStatus.INSTRUCTED);
        assertThat(in.settlementDate()).isEqualTo(SETTLES);
        assertThat(in.counterpartyBic()).isEqualTo(SecuritiesFixture.ALPHA_BIC);
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.INSTRUCTED);
        // 100 at 10.00 is 1,000.00; fees 5 bp are 0.50, so the minimum 1.00.
        assertThat(balance(position).creditsPending()).isEqualTo(100);
        assertThat(balance(position).posted()).isEqualTo(500);
        assertThat(balance(money).debitsPending()).isEqualTo(100_000 + 100);
        assertThat(balance(money).posted()).isEqualTo(10_000_000);
        TransactionRecord pending = broker.platform()
                .ledger()
                .transaction(TransactionId.of(in.pendingTransaction()))
                .orElseThrow();
        assertThat(pending.kind()).isEqualTo(TransactionKind.PENDING);
        assertThat(pending.valueDate()).isEqualTo(SETTLES);
        assertThat(assetsOf(pending)).containsExactlyInAnyOrder("GBP", SecuritiesFixture.SHARE);
        assertThat(pending.postings())
                .containsExactly(
                        Posting.of(depository, position, SecuritiesFixture.SHARE, 100),
                        Posting.of(money, bank, "GBP", 100_000),
                        Posting.of(money, fees, "GBP", 100));
        assertThat(settlement.events(operator, in.id()))
                .extracting(InstructionEvent::from, InstructionEvent::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InstructionStatus.NEW, InstructionStatus.INSTRUCTED));
    }

    @Test
    void aSellerShortOfSecuritiesGoesBackToRepairAndLeavesNoInstruction() {
        Trade first = capture(broker.sell(SecuritiesFixture.CLIENT, 400, "10.00"));
        Trade second = capture(broker.sell(SecuritiesFixture.CLIENT, 400, "10.00"));

        List<InstructOutcome> outcomes = settlement.instructAll(operator, List.of(first.id(), second.id()));

        assertThat(outcomes.get(0).instructed()).isTrue();
        assertThat(outcomes.get(1).instructed()).isFalse();
        assertThat(outcomes.get(1).repaired()).isTrue();
        assertThat(outcomes.get(1).errors().get(0).field()).isEqualTo("quantity");
        Trade repaired = broker.securities().trades().find(second.id()).orElseThrow();
        assertThat(repaired.status()).isEqualTo(TradeStatus.REPAIR);
        assertThat(repaired.repairReasons().get(0).field()).isEqualTo("quantity");
        assertThat(repaired.repairReasons().get(0).message()).contains("INSUFFICIENT_BALANCE");
        assertThat(settlement.findByTrade(second.id())).isEmpty();
        assertThat(balance(position).debitsPending()).isEqualTo(400);
    }

    @Test
    void aBuyerShortOfCashGoesBackToRepair() {
        Trade big = capture(broker.buy(SecuritiesFixture.CLIENT, 9000, "10.00"));
        Trade bigger = capture(broker.buy(SecuritiesFixture.CLIENT, 9000, "10.00"));

        List<InstructOutcome> outcomes = settlement.instructAll(operator, List.of(big.id(), bigger.id()));

        assertThat(outcomes.get(0).instructed()).isTrue();
        assertThat(outcomes.get(1).repaired()).isTrue();
        assertThat(outcomes.get(1).errors().get(0).field()).isEqualTo("settlementAmount");
        assertThat(broker.securities().trades().find(bigger.id()).orElseThrow().status())
                .isEqualTo(TradeStatus.REPAIR);
    }

    @Test
    void onlyANewTradeIsInstructed() {
        Instruction in = instructBuy(10);

        assertThatThrownBy(() -> settlement.instruct(operator, in.tradeId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("status: only a NEW trade is instructed");
        assertThatThrownBy(() -> settlement.instruct(operator, 987654321L))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("tradeId");
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_instructions")).isEqualTo(1);
    }

    @Test
    void aFullConfirmationPostsBothLegsTogether() {
        Instruction in = instructBuy(100);
        settlement.applyStatus(operator, status(in, StatusKind.MATCHED, null));
        settlement.applyStatus(operator, status(in, StatusKind.PENDING, null));

        Instruction settled = settlement.applyConfirmation(operator, confirmation(in, 100, "1000.00", false));

        assertThat(settled.status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(settled.pendingTransaction()).isNull();
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.SETTLED);
        assertThat(balance(position).posted()).isEqualTo(600);
        assertThat(balance(position).creditsPending()).isZero();
        assertThat(balance(money).posted()).isEqualTo(10_000_000 - 100_100);
        assertThat(balance(money).debitsPending()).isZero();
        assertThat(balance(fees).posted()).isEqualTo(100);
        List<TransactionRecord> movements = broker.platform().ledger().movementsOf(in.reference());
        TransactionRecord post = movements.stream()
                .filter(r -> r.kind() == TransactionKind.POST_PENDING)
                .findFirst()
                .orElseThrow();
        assertThat(assetsOf(post)).containsExactlyInAnyOrder("GBP", SecuritiesFixture.SHARE);
    }

    @Test
    void aPartialConfirmationPostsTheSettledPartAndReservesTheRest() {
        Instruction in = instructBuy(100);
        settlement.applyStatus(operator, status(in, StatusKind.MATCHED, null));

        Instruction part = settlement.applyConfirmation(operator, confirmation(in, 40, "400.00", true));

        assertThat(part.status()).isEqualTo(InstructionStatus.PARTIALLY_SETTLED);
        assertThat(part.settledQuantity()).isEqualTo(40);
        assertThat(part.settledAmount()).isEqualTo(40_000);
        assertThat(part.settledFees()).isEqualTo(40);
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.PARTIALLY_SETTLED);
        assertThat(balance(position).posted()).isEqualTo(540);
        assertThat(balance(position).creditsPending()).isEqualTo(60);
        assertThat(balance(money).posted()).isEqualTo(10_000_000 - 40_040);
        assertThat(balance(money).debitsPending()).isEqualTo(60_060);
        TransactionRecord rest = broker.platform()
                .ledger()
                .transaction(TransactionId.of(part.pendingTransaction()))
                .orElseThrow();
        assertThat(rest.kind()).isEqualTo(TransactionKind.PENDING);
        assertThat(assetsOf(rest)).containsExactlyInAnyOrder("GBP", SecuritiesFixture.SHARE);
    }

    @Test
    void aPartialLargerThanTheRemainderIsRefusedAndChangesNothing() {
        Instruction in = instructBuy(100);
        settlement.applyStatus(operator, status(in, StatusKind.MATCHED, null));
        settlement.applyConfirmation(operator, confirmation(in, 40, "400.00", true));

        assertThatThrownBy(() -> settlement.applyConfirmation(operator, confirmation(in, 70, "700.00", true)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("settledQuantity: must not exceed the 60 still to settle");
        Instruction after = settlement.find(in.id()).orElseThrow();
        assertThat(after.settledQuantity()).isEqualTo(40);
        assertThat(balance(position).creditsPending()).isEqualTo(60);
        assertThat(balance(position).posted()).isEqualTo(540);
    }

    @Test
    void theSameMessageTwiceChangesNothingTheSecondTime() {
        Instruction in = instructBuy(100);
        SettlementStatus matched = status(in, StatusKind.MATCHED, null);
        settlement.applyStatus(operator, matched);
        SettlementConfirmation part = confirmation(in, 40, "400.00", true);
        settlement.applyConfirmation(operator, part);
        int events = settlement.events(operator, in.id()).size();

        settlement.applyStatus(operator, matched);
        Instruction again = settlement.applyConfirmation(operator, part);

        assertThat(again.settledQuantity()).isEqualTo(40);
        assertThat(settlement.events(operator, in.id())).hasSize(events);
        assertThat(balance(position).posted()).isEqualTo(540);
    }

    @Test
    void anUnknownReferenceIsNamed() {
        SettlementStatus status =
                new SettlementStatus("S123", StatusKind.MATCHED, null, null, Instant.parse("2026-11-25T12:00:00Z"));

        assertThatThrownBy(() -> settlement.applyStatus(operator, status))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("reference: no instruction S123");
    }

    @Test
    void anIllegalTransitionThrowsAndChangesNothing() {
        Instruction in = instructBuy(100);

        assertThatThrownBy(() -> settlement.applyStatus(operator, status(in, StatusKind.PENDING, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("status: an instruction INSTRUCTED cannot become PENDING");
        assertThat(settlement.find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.INSTRUCTED);
        assertThat(settlement.events(operator, in.id())).hasSize(1);
    }

    @Test
    void unmatchedBecomesMatchedWhenTheCounterpartyInstructs() {
        Instruction in = instructBuy(100);

        settlement.applyStatus(operator, status(in, StatusKind.UNMATCHED, "CMIS"));
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.UNMATCHED);
        Instruction matched = settlement.applyStatus(operator, status(in, StatusKind.MATCHED, null));

        assertThat(matched.status()).isEqualTo(InstructionStatus.MATCHED);
        assertThat(settlement.events(operator, in.id()))
                .extracting(InstructionEvent::to, InstructionEvent::reasonCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InstructionStatus.INSTRUCTED, null),
                        org.assertj.core.groups.Tuple.tuple(InstructionStatus.UNMATCHED, "CMIS"),
                        org.assertj.core.groups.Tuple.tuple(InstructionStatus.MATCHED, null));
    }

    @Test
    void aReversalUndoesTheSettlementAndReservesAgain() {
        Instruction in = instructBuy(100);
        settlement.applyStatus(operator, status(in, StatusKind.MATCHED, null));
        settlement.applyConfirmation(operator, confirmation(in, 100, "1000.00", false));

        Instruction reversed = settlement.applyConfirmation(
                operator,
                new SettlementConfirmation(
                        in.reference(),
                        "RVSL1",
                        Direction.RECEIVE,
                        true,
                        in.isin(),
                        BigDecimal.valueOf(100),
                        new BigDecimal("1000.00"),
                        "GBP",
                        SETTLES,
                        false,
                        true));

        assertThat(reversed.status()).isEqualTo(InstructionStatus.PENDING);
        assertThat(reversed.settledQuantity()).isZero();
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.PENDING);
        assertThat(balance(position).posted()).isEqualTo(500);
        assertThat(balance(position).creditsPending()).isEqualTo(100);
        assertThat(balance(money).posted()).isEqualTo(10_000_000);
        assertThat(balance(money).debitsPending()).isEqualTo(100_100);
    }

    @Test
    void theIntendedDatePassingMakesAMatchedInstructionFail() {
        Instruction in = instructBuy(100);
        Instruction other = instructBuy(10);
        settlement.applyStatus(operator, status(in, StatusKind.MATCHED, null));

        assertThat(settlement.markFails(SETTLES)).isZero();
        assertThat(settlement.markFails(SETTLES.plusDays(1))).isEqualTo(1);

        assertThat(settlement.find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.FAILING);
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.FAILING);
        assertThat(settlement.find(other.id()).orElseThrow().status()).isEqualTo(InstructionStatus.INSTRUCTED);
    }

    @Test
    void cancellationByMakerAndCheckerReleasesEverythingAndGivesTheCancMessage() {
        Trade trade = capture(broker.sell(SecuritiesFixture.CLIENT, 100, "10.00"));
        Instruction in = settlement.instruct(operator, trade.id()).instruction();
        assertThat(balance(position).debitsPending()).isEqualTo(100);

        settlement.cancel(operator, in.id(), "client withdrew the order");
        assertThat(balance(position).debitsPending()).isEqualTo(100);
        Instruction cancelled = settlement.approveCancel(controller, in.id());

        assertThat(cancelled.status()).isEqualTo(InstructionStatus.CANCELLED);
        assertThat(cancelled.pendingTransaction()).isNull();
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.CANCELLED);
        assertThat(balance(position).debitsPending()).isZero();
        assertThat(balance(position).creditsPending()).isZero();
        assertThat(balance(money).creditsPending()).isZero();
        assertThat(balance(money).debitsPending()).isZero();
        assertThat(balance(position).posted()).isEqualTo(500);

        String text = settlement.message(in.id(), Format.MT);
        assertThat(text).contains("{2:I543").contains(":23G:CANC").contains(":20C::PREV//" + in.reference());
        SettlementInstructionMessage back = Mt54xReader.read(text);
        assertThat(back.cancelsReference()).isEqualTo(in.reference());
        assertThat(back.reference()).isEqualTo(in.cancellationReference());
        assertThat(back.mtType()).isEqualTo(543);
        assertThat(back.quantity()).isEqualByComparingTo("100");
    }

    @Test
    void theMakerOfACancellationMayNotApproveIt() {
        Instruction in = instructBuy(100);
        settlement.cancel(controller, in.id(), "wrong account");

        assertThatThrownBy(() -> settlement.approveCancel(controller, in.id())).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> settlement.approveCancel(operator, in.id())).isInstanceOf(SecurityException.class);
        assertThat(settlement.find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.INSTRUCTED);
        assertThat(balance(position).creditsPending()).isEqualTo(100);
    }

    @Test
    void aSettledInstructionCannotBeCancelled() {
        Instruction in = instructBuy(100);
        settlement.applyStatus(operator, status(in, StatusKind.MATCHED, null));
        settlement.applyConfirmation(operator, confirmation(in, 100, "1000.00", false));

        assertThatThrownBy(() -> settlement.cancel(operator, in.id(), "too late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("status: an instruction SETTLED cannot be cancelled");
        assertThatThrownBy(() -> settlement.cancel(operator, in.id(), " "))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void theInstructionMessageIsTheMt541OfADvpReceipt() {
        Instruction in = instructBuy(100);

        String text = settlement.message(in.id(), Format.MT);

        SettlementInstructionMessage back = Mt54xReader.read(text);
        assertThat(back.mtType()).isEqualTo(541);
        assertThat(back.reference()).isEqualTo(in.reference());
        assertThat(back.settlementAmount()).isEqualByComparingTo("1000.00");
        assertThat(back.placeOfSettlement()).isEqualTo(SecuritiesFixture.CREST);
        assertThat(back.isCancellation()).isFalse();
    }

    @Test
    void theMxInstructionIsASese023ThatReadsBack() {
        Instruction in = instructBuy(100);

        SettlementInstructionMessage back = Sese023Reader.read(settlement.message(in.id(), Format.MX));

        assertThat(back.reference()).isEqualTo(in.reference());
        assertThat(back.direction()).isEqualTo(Direction.RECEIVE);
        assertThat(back.quantity()).isEqualByComparingTo("100");
        assertThat(back.settlementAmount()).isEqualByComparingTo("1000.00");
    }

    @Test
    void listsAndEventsAreBranchScoped() {
        Instruction in = instructBuy(100);

        assertThat(settlement.list(operator, InstructionFilter.all()).items())
                .extracting(Instruction::id)
                .containsExactly(in.id());
        Actor b1 = broker.actor("operator.b1");
        assertThat(settlement.list(b1, InstructionFilter.all()).items()).isEmpty();
        assertThatThrownBy(() -> settlement.events(b1, in.id())).isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> settlement.applyStatus(b1, status(in, StatusKind.MATCHED, null)))
                .hasMessageContaining("reference: no instruction " + in.reference());
    }

    @Test
    void aLifecycleFromCaptureToSettlementThroughMessages() {
        Instruction in = instructBuy(100);
        String csd = SecuritiesFixture.CREST;
        String us = broker.securities().settings().bic();

        String statuses = Mt548Writer.write(status(in, StatusKind.MATCHED, null), "ST1", csd, us) + "\n"
                + Mt548Writer.write(status(in, StatusKind.FAILING, "LACK"), "ST2", csd, us);
        List<ImportedMessage> imported = settlement.importMessages(operator, statuses);
        assertThat(imported).allMatch(ImportedMessage::applied);
        assertThat(settlement.find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.FAILING);
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.FAILING);

        String partial =
                Mt54xConfirmationWriter.write(confirmation(in, 30, "300.00", true), in.depoAccount(), csd, csd, us);
        assertThat(settlement.importMessages(operator, partial)).allMatch(ImportedMessage::applied);
        assertThat(settlement.find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.PARTIALLY_SETTLED);
        assertThat(balance(position).posted()).isEqualTo(530);
        assertThat(balance(position).creditsPending()).isEqualTo(70);
        assertThat(balance(money).posted()).isEqualTo(10_000_000 - 30_030);
        assertThat(balance(money).debitsPending()).isEqualTo(70_070);

        String last =
                Mt54xConfirmationWriter.write(confirmation(in, 70, "700.00", false), in.depoAccount(), csd, csd, us);
        assertThat(settlement.importMessages(operator, last)).allMatch(ImportedMessage::applied);
        // The same text again is a no-op.
        assertThat(settlement.importMessages(operator, last)).allMatch(ImportedMessage::applied);

        Instruction settled = settlement.find(in.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(tradeStatus(in)).isEqualTo(TradeStatus.SETTLED);
        assertThat(balance(position).posted()).isEqualTo(600);
        assertThat(balance(position).creditsPending()).isZero();
        assertThat(balance(money).posted()).isEqualTo(10_000_000 - 100_100);
        assertThat(balance(money).debitsPending()).isZero();
        assertThat(balance(fees).posted()).isEqualTo(100);
        assertThat(settlement.events(operator, in.id()))
                .extracting(InstructionEvent::to)
                .containsExactly(
                        InstructionStatus.INSTRUCTED,
                        InstructionStatus.MATCHED,
                        InstructionStatus.FAILING,
                        InstructionStatus.PARTIALLY_SETTLED,
                        InstructionStatus.SETTLED);
        assertThat(settlement.events(operator, in.id()).get(2).reasonCode()).isEqualTo("LACK");
        for (TransactionRecord record : broker.platform().ledger().movementsOf(in.reference())) {
            assertThat(assetsOf(record)).containsExactlyInAnyOrder("GBP", SecuritiesFixture.SHARE);
        }
    }

    @Test
    void importReportsAMessageItCannotRead() {
        List<ImportedMessage> imported =
                settlement.importMessages(operator, "{1:F01DEMOGB2LAXXX0000000000}{2:I999CRSTGB22XXXXN}{4:\n:20:X\n-}");

        assertThat(imported).hasSize(1);
        assertThat(imported.get(0).applied()).isFalse();
        assertThat(imported.get(0).kind()).isEqualTo("MT999");
    }
}
