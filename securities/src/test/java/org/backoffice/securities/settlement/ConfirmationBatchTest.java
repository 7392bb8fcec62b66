package org.backoffice.securities.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.message.StatusKind;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** A day's confirmations applied as one batch: the whole settlements together, the rest one by one. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class ConfirmationBatchTest {
    static final LocalDate SETTLES = LocalDate.of(2026, 11, 27);

    @Parameter
    TestDatabase database;

    SecuritiesFixture broker;
    Settlement settlement;
    Actor operator;

    @BeforeEach
    void open() {
        broker = SecuritiesFixture.open(database);
        settlement = broker.securities().settlement();
        operator = broker.actor("operator.ho");
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "100000.00");
        broker.deposit(SecuritiesFixture.CLIENT, SecuritiesFixture.SHARE, 500);
    }

    @AfterEach
    void close() {
        broker.close();
    }

    private Instruction instructed(long quantity, boolean buy) {
        var ticket = buy
                ? broker.buy(SecuritiesFixture.CLIENT, quantity, "10")
                : broker.sell(SecuritiesFixture.CLIENT, quantity, "10");
        long trade = broker.securities()
                .trades()
                .capture(operator, TradeSource.MANUAL, ticket)
                .trade()
                .id();
        return settlement.instruct(operator, trade).instruction();
    }

    private static SettlementConfirmation confirmation(Instruction in, String ref, long quantity, boolean partial) {
        return new SettlementConfirmation(
                in.reference(),
                ref,
                in.direction() == Direction.RECEIVE ? Direction.RECEIVE : Direction.DELIVER,
                true,
                in.isin(),
                BigDecimal.valueOf(quantity),
                BigDecimal.valueOf(in.settlementAmount() * quantity / in.quantity(), 2),
                in.currency(),
                SETTLES,
                partial,
                false);
    }

    @Test
    void wholeSettlementsPostBothLegsAndTheRestIsAppliedOneByOne() {
        Instruction buy = instructed(100, true);
        Instruction sell = instructed(200, false);
        Instruction partly = instructed(50, true);
        Instruction wrong = instructed(10, true);
        // A partial settlement follows the depository's matching.
        settlement.applyStatus(
                operator,
                new SettlementStatus(
                        partly.reference(),
                        StatusKind.MATCHED,
                        null,
                        null,
                        java.time.Instant.parse("2026-11-26T09:00:00Z")));
        DepoAccount client = broker.depo(SecuritiesFixture.CLIENT);
        Books books = broker.securities().books();
        long position = books.position(client, SecuritiesFixture.SHARE);
        long money = books.money(client, "GBP");

        List<ConfirmationOutcome> outcomes = settlement.applyConfirmations(
                operator,
                List.of(
                        confirmation(buy, "C-1", 100, false),
                        confirmation(sell, "C-2", 200, false),
                        confirmation(partly, "C-3", 20, true),
                        confirmation(wrong, "C-4", 9, false),
                        confirmation(buy, "C-1", 100, false)));

        assertThat(outcomes).extracting(ConfirmationOutcome::applied).containsExactly(true, true, true, false, true);
        assertThat(outcomes.get(3).errors())
                .extracting(FieldError::field)
                .containsExactly("settledQuantity", "settledAmount");
        assertThat(outcomes.get(4).duplicate()).isTrue();
        assertThat(settlement.find(buy.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(settlement.find(sell.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(settlement.find(partly.id()).orElseThrow().status()).isEqualTo(InstructionStatus.PARTIALLY_SETTLED);
        assertThat(settlement.find(wrong.id()).orElseThrow().status()).isEqualTo(InstructionStatus.INSTRUCTED);
        assertThat(broker.securities()
                        .trades()
                        .find(buy.tradeId())
                        .orElseThrow()
                        .status())
                .isEqualTo(TradeStatus.SETTLED);
        // 500 held, +100 bought, -200 sold, +20 of the partial; the wrong one still only reserved.
        assertThat(broker.posted(position)).isEqualTo(420);
        // Paid for 100 and 20 with fees, received for 200 less fees; the wrong one's cash still reserved.
        long paid = buy.settlementAmount()
                + buy.fees()
                + partly.settlementAmount() * 20 / 50
                + Math.round(partly.fees() * 20 / 50.0);
        long received = sell.settlementAmount() - sell.fees();
        assertThat(broker.posted(money)).isEqualTo(10_000_000 - paid + received);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_instruction_settlements"))
                .isEqualTo(3);

        List<ConfirmationOutcome> again = settlement.applyConfirmations(
                operator, List.of(confirmation(buy, "C-1", 100, false), confirmation(sell, "C-2", 200, false)));

        assertThat(again).allMatch(ConfirmationOutcome::duplicate);
        assertThat(broker.posted(position)).isEqualTo(420);
    }

    @Test
    void anUnknownReferenceIsRefusedWithoutStoppingTheBatch() {
        Instruction buy = instructed(100, true);
        SettlementConfirmation unknown = new SettlementConfirmation(
                "SNOSUCH",
                "C-9",
                Direction.RECEIVE,
                true,
                buy.isin(),
                BigDecimal.TEN,
                BigDecimal.TEN,
                "GBP",
                SETTLES,
                false,
                false);

        List<ConfirmationOutcome> outcomes =
                settlement.applyConfirmations(operator, List.of(unknown, confirmation(buy, "C-1", 100, false)));

        assertThat(outcomes.get(0).errors()).containsExactly(new FieldError("reference", "no instruction SNOSUCH"));
        assertThat(outcomes.get(1).applied()).isTrue();
    }

    @Test
    void theDepositorySpeakingIso20022IsReadToo() {
        Instruction buy = instructed(100, true);
        String status = org.backoffice.securities.message.Sese024Writer.write(
                new SettlementStatus(
                        buy.reference(),
                        StatusKind.MATCHED,
                        null,
                        null,
                        java.time.Instant.parse("2026-11-26T09:00:00Z")),
                "ST-1",
                SecuritiesFixture.CREST,
                "DEMOGB2LXXX");
        String confirmed = org.backoffice.securities.message.Sese025Writer.write(
                confirmation(buy, "C-1", 100, false),
                SecuritiesFixture.CLIENT,
                SecuritiesFixture.CREST,
                SecuritiesFixture.CREST,
                "DEMOGB2LXXX",
                java.time.Instant.parse("2026-11-27T15:00:00Z"));

        List<ImportedMessage> first = settlement.importMessages(operator, status);
        List<ImportedMessage> second = settlement.importMessages(operator, confirmed);

        assertThat(first).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("sese.024"));
        assertThat(second).singleElement().satisfies(m -> assertThat(m.error()).isNull());
        assertThat(settlement.find(buy.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
    }
}
