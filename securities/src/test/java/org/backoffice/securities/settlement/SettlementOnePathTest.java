package org.backoffice.securities.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;
import org.junit.jupiter.api.Test;

/**
 * Settlement's steps on the platform's one path: an instruction's rows and its reservation commit
 * together or not at all, a settlement in part and its rest, a reversal that reserves again, and a
 * cancellation that takes a second person; {@code check} finds settlement's rows whole after each.
 */
class SettlementOnePathTest extends BrokerTest {
    static final LocalDate SETTLES = LocalDate.of(2026, 11, 27);

    Settlement settlement;
    long position;
    long money;
    int messages;

    @Override
    protected void prepare() {
        settlement = broker.securities().settlement();
        broker.stockClient();
        position = broker.positionAccount(SecuritiesFixture.CLIENT, SecuritiesFixture.SHARE);
        money = broker.moneyAccount(SecuritiesFixture.CLIENT, "GBP");
    }

    private Trade capture(long quantity) {
        return broker.securities()
                .trades()
                .capture(operator, TradeSource.MANUAL, broker.buy(SecuritiesFixture.CLIENT, quantity, "10.00"))
                .trade();
    }

    private Instruction instructBuy(long quantity) {
        return settlement.instruct(operator, capture(quantity).id()).instruction();
    }

    private Balance balance(long account) {
        return broker.platform().ledger().balance(AccountId.of(account)).orElseThrow();
    }

    private SettlementConfirmation confirmation(Instruction in, long quantity, String amount, boolean partial) {
        return confirmation(in, "CONF" + (++messages), quantity, amount, partial, false);
    }

    private static SettlementConfirmation confirmation(
            Instruction in, String ref, long quantity, String amount, boolean partial, boolean reversal) {
        return new SettlementConfirmation(
                in.reference(),
                ref,
                in.direction(),
                true,
                in.isin(),
                BigDecimal.valueOf(quantity),
                new BigDecimal(amount),
                "GBP",
                SETTLES,
                partial,
                reversal);
    }

    private void matched(Instruction in) {
        broker.matched(in.reference());
    }

    /** Whether the transaction is a reservation the ledger still holds. */
    private boolean standingReservation(long id) {
        return broker.rows(
                        "SELECT COUNT(*) FROM ledger_transactions t WHERE t.id = ? AND t.kind = ?"
                                + " AND NOT EXISTS (SELECT 1 FROM ledger_transactions r WHERE r.pending_id = t.id)",
                        id,
                        TransactionKind.PENDING.code())
                == 1;
    }

    private void settlementIsWhole() {
        assertThat(broker.platform().consistency().run().rules())
                .filteredOn(
                        rule -> rule.name().contains("settle") || rule.name().contains("instruction"))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(rule -> assertThat(rule.violations())
                        .as(rule.name() + " " + rule.examples())
                        .isZero());
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(broker.url());
                Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInstructionWhoseRowsCannotBeWrittenLeavesNoReservationBehind() {
        Trade trade = capture(100);
        execute("ALTER TABLE sec_instruction_events RENAME TO sec_instruction_events_away");
        try {
            assertThatThrownBy(() -> settlement.instruct(operator, trade.id())).isInstanceOf(RuntimeException.class);
        } finally {
            execute("ALTER TABLE sec_instruction_events_away RENAME TO sec_instruction_events");
        }

        assertThat(broker.rows("SELECT COUNT(*) FROM ledger_transactions WHERE id = ?", trade.id()))
                .isZero();
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_instructions")).isZero();
        assertThat(broker.rows("SELECT COUNT(*) FROM platform_operations")).isZero();
        assertThat(balance(position).creditsPending()).isZero();
        assertThat(broker.securities().trades().find(trade.id()).orElseThrow().status())
                .isEqualTo(TradeStatus.NEW);
        settlementIsWhole();

        Instruction in = settlement.instruct(operator, trade.id()).instruction();

        assertThat(standingReservation(in.pendingTransaction())).isTrue();
        assertThat(balance(position).creditsPending()).isEqualTo(100);
        settlementIsWhole();
    }

    @Test
    void aPartialSettlementPostsItsPartAndReservesTheRestThenTheRestSettles() {
        Instruction in = instructBuy(100);
        matched(in);

        Instruction part = settlement.applyConfirmation(operator, confirmation(in, 40, "400.00", true));

        assertThat(part.status()).isEqualTo(InstructionStatus.PARTIALLY_SETTLED);
        assertThat(part.settledQuantity()).isEqualTo(40);
        assertThat(part.pendingTransaction()).isNotEqualTo(in.pendingTransaction());
        assertThat(standingReservation(part.pendingTransaction())).isTrue();
        assertThat(standingReservation(in.pendingTransaction())).isFalse();
        assertThat(balance(position).posted()).isEqualTo(540);
        assertThat(balance(position).creditsPending()).isEqualTo(60);
        // The post and the rest's reservation are one operation of two linked movements.
        assertThat(broker.rows(
                        "SELECT COUNT(*) FROM platform_operations WHERE operation_id = ? AND type = ?",
                        broker.rows("SELECT tx_id FROM sec_instruction_settlements WHERE instruction_id = ?", in.id()),
                        SettlementKinds.PARTIAL))
                .isEqualTo(2);
        settlementIsWhole();

        Instruction rest = settlement.applyConfirmation(operator, confirmation(part, 60, "600.00", false));

        assertThat(rest.status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(rest.pendingTransaction()).isNull();
        assertThat(balance(position).posted()).isEqualTo(600);
        assertThat(balance(position).creditsPending()).isZero();
        assertThat(balance(money).debitsPending()).isZero();
        assertThat(broker.securities().trades().find(in.tradeId()).orElseThrow().status())
                .isEqualTo(TradeStatus.SETTLED);
        settlementIsWhole();
    }

    @Test
    void aReversedSettlementIsReservedAgain() {
        Instruction in = instructBuy(100);
        matched(in);
        settlement.applyConfirmation(operator, confirmation(in, "C-1", 100, "1000.00", false, false));
        assertThat(balance(position).posted()).isEqualTo(600);

        Instruction reversed =
                settlement.applyConfirmation(operator, confirmation(in, "R-1", 100, "1000.00", false, true));

        assertThat(reversed.status()).isEqualTo(InstructionStatus.PENDING);
        assertThat(reversed.settledQuantity()).isZero();
        assertThat(reversed.pendingTransaction()).isNotNull();
        assertThat(standingReservation(reversed.pendingTransaction())).isTrue();
        assertThat(balance(position).posted()).isEqualTo(500);
        assertThat(balance(position).creditsPending()).isEqualTo(100);
        assertThat(broker.securities().trades().find(in.tradeId()).orElseThrow().status())
                .isEqualTo(TradeStatus.PENDING);
        settlementIsWhole();

        // The depository settles it again; the same reversal again changes nothing.
        settlement.applyConfirmation(operator, confirmation(reversed, "C-2", 100, "1000.00", false, false));
        settlement.applyConfirmation(operator, confirmation(in, "R-1", 100, "1000.00", false, true));

        assertThat(settlement.find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(balance(position).posted()).isEqualTo(600);
        settlementIsWhole();
    }

    @Test
    void aCancellationTakesASecondPerson() {
        Instruction in = instructBuy(100);

        Instruction asked = settlement.cancel(operator, in.id(), "client withdrew the order");

        assertThat(asked.status()).isEqualTo(InstructionStatus.INSTRUCTED);
        assertThat(asked.cancelRequestedBy()).isEqualTo("operator.ho");
        assertThat(asked.cancelReason()).isEqualTo("client withdrew the order");
        assertThat(standingReservation(in.pendingTransaction())).isTrue();
        assertThatThrownBy(() -> settlement.approveCancel(operator, in.id())).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> settlement.cancel(operator, in.id(), "again"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("waits for approval already");
        Actor makerController = broker.actor("controller.ho");
        settlement.cancel(makerController, instructBuy(10).id(), "mine");

        Instruction cancelled = settlement.approveCancel(controller, in.id());

        assertThat(cancelled.status()).isEqualTo(InstructionStatus.CANCELLED);
        assertThat(cancelled.pendingTransaction()).isNull();
        assertThat(standingReservation(in.pendingTransaction())).isFalse();
        assertThat(balance(position).creditsPending()).isEqualTo(10);
        assertThat(broker.securities().trades().find(in.tradeId()).orElseThrow().status())
                .isEqualTo(TradeStatus.CANCELLED);
        assertThat(settlement.message(in.id(), Format.MT)).contains("CANC");
        settlementIsWhole();
    }
}
