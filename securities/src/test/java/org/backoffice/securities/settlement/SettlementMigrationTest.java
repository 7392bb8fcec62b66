package org.backoffice.securities.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.backoffice.platform.jdbc.ModuleSchema;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.TradeSource;
import org.junit.jupiter.api.Test;

/**
 * An installation whose settlement wrote its rows beside the ledger, before the one path: migration
 * V9 gives its instructions, settlements and reservations their operation records, and a cancellation
 * waiting for approval becomes a submitted document a controller approves as any other.
 */
class SettlementMigrationTest extends BrokerTest {
    Settlement settlement;

    @Override
    protected void prepare() {
        settlement = broker.securities().settlement();
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "100000.00");
    }

    private Instruction instructBuy(long quantity) {
        long trade = broker.securities()
                .trades()
                .capture(operator, TradeSource.MANUAL, broker.buy(SecuritiesFixture.CLIENT, quantity, "10.00"))
                .trade()
                .id();
        return settlement.instruct(operator, trade).instruction();
    }

    private void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(broker.url());
                Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long settlementViolations() {
        return broker.platform().consistency().run().rules().stream()
                .filter(rule -> rule.name().contains("settle") || rule.name().contains("instruction"))
                .mapToLong(rule -> rule.violations())
                .sum();
    }

    @Test
    void theOperationsAndTheWaitingCancellationsOfAnInstallationAreCarriedOver() {
        Instruction partly = instructBuy(100);
        broker.matched(partly.reference());
        settlement.applyConfirmation(
                operator,
                new SettlementConfirmation(
                        partly.reference(),
                        "CONF-1",
                        partly.direction(),
                        true,
                        partly.isin(),
                        BigDecimal.valueOf(40),
                        new BigDecimal("400.00"),
                        "GBP",
                        LocalDate.of(2026, 11, 27),
                        true,
                        false));
        Instruction asked = instructBuy(10);
        // As the installation stood before V9: no operation records of settlement, and a
        // cancellation asked on the instruction's own row.
        execute(
                "DELETE FROM platform_operations",
                "DELETE FROM securities_schema_history WHERE version = '9'",
                "DROP INDEX sec_instructions_by_pending",
                "UPDATE sec_instructions SET cancel_reason = 'client withdrew', cancel_requested_by = 'operator.ho'"
                        + " WHERE id = " + asked.id());
        assertThat(settlementViolations()).isPositive();

        ModuleSchema.migrate(broker.url(), "securities");

        assertThat(settlementViolations()).isZero();
        Instruction waiting = settlement.find(asked.id()).orElseThrow();
        assertThat(waiting.cancelRequestedBy()).isEqualTo("operator.ho");
        assertThat(waiting.cancelReason()).isEqualTo("client withdrew");
        assertThatThrownBy(() -> settlement.approveCancel(operator, asked.id())).isInstanceOf(SecurityException.class);
        Instruction cancelled = settlement.approveCancel(broker.actor("controller.ho"), asked.id());
        assertThat(cancelled.status()).isEqualTo(InstructionStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("client withdrew");
        assertThat(settlementViolations()).isZero();
    }
}
