package org.backoffice.securities.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backoffice.ledger.testing.MutableClock;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;
import org.backoffice.platform.testing.Pbkdf2Hasher;
import org.backoffice.securities.Securities;
import org.backoffice.securities.SecuritiesSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo broker's week on the demo organisation, as {@code serve --demo} loads it. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class DemoBrokerTest {
    @Parameter
    TestDatabase database;

    private static long rows(Securities securities, String sql) {
        return Sql.count(securities.platform().ledger().readers(), sql);
    }

    @Test
    void theWeekIsTradedInstructedAndAnsweredByTheDepositoryAndTheBooksBalance() {
        // A Saturday morning: the week is Monday 23 to Friday 27 November.
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-28T08:00:00Z"));
        try (ScratchDatabase db = database.create();
                Securities securities = Securities.open(
                        PlatformConfig.of(db.config().withClock(clock), new Pbkdf2Hasher()),
                        SecuritiesSettings.defaults())) {
            DemoOrganisation.loadInto(securities.platform());

            int trades = DemoBroker.loadInto(securities);

            assertThat(trades).isGreaterThanOrEqualTo(DemoBroker.FILLS);
            assertThat(DemoBroker.loadInto(securities))
                    .as("a second load does nothing")
                    .isZero();
            assertThat(securities.markets().list()).hasSize(3);
            assertThat(securities.instruments().list()).hasSize(9);
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_trades WHERE source = 'FIX'"))
                    .isEqualTo(DemoBroker.FILLS);
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_trades WHERE status = 'REPAIR'"))
                    .isEqualTo(1);
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_trades WHERE status = 'CANCELLED'"))
                    .as("one before instruction, one through settlement")
                    .isEqualTo(2);
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_instructions WHERE status = 'SETTLED'"))
                    .isGreaterThan(50);
            for (String status : new String[] {"PARTIALLY_SETTLED", "FAILING", "UNMATCHED"}) {
                assertThat(rows(securities, "SELECT COUNT(*) FROM sec_instructions WHERE status = '" + status + "'"))
                        .as(status)
                        .isEqualTo(1);
            }
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_instructions WHERE status = 'MATCHED'"))
                    .as("Thursday's and Friday's trades settle next week")
                    .isPositive();
            Actor controller = securities
                    .platform()
                    .users()
                    .find("controller.ho")
                    .map(User::actor)
                    .orElseThrow();
            assertThat(securities.fails().report(controller, LocalDate.of(2026, 11, 28)))
                    .isNotEmpty();
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_penalties")).isPositive();
            assertThat(securities.transferOrders().pendingWithoutExtract(controller))
                    .hasSize(1);
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_transfer_orders WHERE status = 'COMPLETED'"))
                    .isEqualTo(1);
            assertThat(securities.reconciliation().breaks(controller, BreakQuery.all()))
                    .singleElement()
                    .satisfies(b -> assertThat(b.owner()).isEqualTo("operator.ho"));
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_confirmations WHERE status = 'MATCHED'"))
                    .isEqualTo(1);
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_confirmations WHERE status = 'MISMATCHED'"))
                    .isEqualTo(1);
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_corporate_actions WHERE status = 'APPLIED'"))
                    .isEqualTo(1);
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_ca_entitlements"))
                    .as("every holder of the share on the record date")
                    .isEqualTo(9);
            assertThat(securities.platform().ledger().trialBalance().isBalanced())
                    .isTrue();
        }
    }

    @Test
    void onAWednesdayTheWeekReachesBackIntoTheWeekBefore() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-25T10:00:00Z"));
        try (ScratchDatabase db = database.create();
                Securities securities = Securities.open(
                        PlatformConfig.of(db.config().withClock(clock), new Pbkdf2Hasher()),
                        SecuritiesSettings.defaults())) {
            DemoOrganisation.loadInto(securities.platform());

            assertThat(DemoBroker.loadInto(securities)).isGreaterThanOrEqualTo(DemoBroker.FILLS);

            assertThat(Sql.query(
                            securities.platform().ledger().readers(),
                            "SELECT MIN(trade_date), MAX(trade_date) FROM sec_trades",
                            r -> r.getString(1) + ".." + r.getString(2)))
                    .containsExactly("2026-11-18..2026-11-24");
            assertThat(rows(securities, "SELECT COUNT(*) FROM sec_instructions WHERE status = 'FAILING'"))
                    .isEqualTo(1);
            assertThat(securities.platform().ledger().trialBalance().isBalanced())
                    .isTrue();
        }
    }
}
