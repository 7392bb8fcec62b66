package org.backoffice.securities.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.jdbc.ModuleSchema;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.reconciliation.Breaks;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.testing.Pbkdf2Hasher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An installation from before the platform kept the breaks: its securities breaks (sec_breaks) are
 * carried over into the platform's table, each as it was, and the old table is gone.
 */
class BreaksMigrationTest {
    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void theSecuritiesBreaksOfAnInstallationAreCarriedOverIntoThePlatformsBreaks(TestDatabase kind)
            throws SQLException {
        try (ScratchDatabase database = kind.create()) {
            ModuleSchema.migrateTo(database.url(), "platform", "6");
            ModuleSchema.migrateTo(database.url(), "securities", "6");
            try (Connection c = DriverManager.getConnection(database.url())) {
                Sql.update(
                        c,
                        "INSERT INTO sec_breaks (id, break_key, kind, branch, account, subject, detail, ours, theirs,"
                                + " difference, statement_ref, opened_on, owner, status, resolution, resolved_by,"
                                + " resolved_at) VALUES (20, 'HOLD1|POSITION|SAFE|US0378331005|position', 'POSITION',"
                                + " 'HO', 'SAFE', 'US0378331005', 'position', 500, 480, -20, 'HOLD1', '2026-11-25',"
                                + " 'operator.ho', 'OPEN', NULL, NULL, NULL)");
                Sql.update(
                        c,
                        "INSERT INTO sec_breaks (id, break_key, kind, branch, account, subject, detail, ours, theirs,"
                                + " difference, statement_ref, opened_on, owner, status, resolution, resolved_by,"
                                + " resolved_at) VALUES (21, 'CAMT1|CASH|CASH-1|GBP|closing balance', 'CASH', 'B1',"
                                + " 'CASH-1', 'GBP', 'closing balance', 100, 90, -10, 'CAMT1', '2026-11-24', NULL,"
                                + " 'RESOLVED', 'bank fee booked late', 'controller.b1', 1796000000000000)");
                Sql.update(
                        c,
                        "INSERT INTO sec_breaks (id, break_key, kind, branch, account, subject, detail, ours, theirs,"
                                + " difference, statement_ref, opened_on, owner, status, resolution, resolved_by,"
                                + " resolved_at) VALUES (22, 'TXS1|TRANSACTION|SAFE|UNKNOWN9|missing on our side',"
                                + " 'TRANSACTION', 'HO', 'SAFE', 'UNKNOWN9', 'missing on our side', 0, 40, 40, 'TXS1',"
                                + " '2026-11-25', NULL, 'OPEN', NULL, NULL, NULL)");
            }

            ModuleSchema.migrate(database.url(), "securities");

            try (Platform platform = Platform.open(PlatformConfig.of(database.config(), new Pbkdf2Hasher()))) {
                Breaks breaks = new Breaks(
                        platform,
                        SecuritiesReconciliation.BREAKS,
                        () -> BusinessCalendar.weekendsOnly("TEST"),
                        ZoneOffset.UTC);
                List<Break> all = breaks.list(Actor.system("test"), BreakQuery.all());
                assertThat(all).extracting(Break::id).containsExactly(21L, 20L, 22L);
                Break position = all.get(1);
                assertThat(position.status()).isEqualTo(BreakStatus.ASSIGNED);
                assertThat(position.kind()).isEqualTo(BreakKind.POSITION.name());
                assertThat(position.item()).isEqualTo("HOLD1|POSITION|SAFE|US0378331005|position");
                assertThat(position.ours()).isEqualTo(500);
                assertThat(position.theirs()).isEqualTo(480);
                assertThat(position.amount()).isEqualTo(-20);
                assertThat(position.statementRef()).isEqualTo("HOLD1");
                assertThat(position.since()).isEqualTo(LocalDate.of(2026, 11, 25));
                Break cash = all.get(0);
                assertThat(cash.status()).isEqualTo(BreakStatus.RESOLVED);
                assertThat(cash.note()).isEqualTo("bank fee booked late");
                assertThat(cash.resolvedBy()).isEqualTo("controller.b1");
                assertThat(cash.branch()).isEqualTo("B1");
                assertThat(all.get(2).status()).isEqualTo(BreakStatus.OPEN);
                assertThatThrownBy(() -> Sql.count(platform.ledger().readers(), "SELECT COUNT(*) FROM sec_breaks"))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
    }
}
