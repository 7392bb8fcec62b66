package org.backoffice.banking.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
 * An installation from before the platform kept the breaks: its nostro breaks (recon_breaks) are
 * carried over into the platform's table, each as it was, and the old table is gone.
 */
class BreaksMigrationTest {
    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void theNostroBreaksOfAnInstallationAreCarriedOverIntoThePlatformsBreaks(TestDatabase kind) throws SQLException {
        try (ScratchDatabase database = kind.create()) {
            ModuleSchema.migrateTo(database.url(), "platform", "6");
            ModuleSchema.migrateTo(database.url(), "banking", "5");
            try (Connection c = DriverManager.getConnection(database.url())) {
                Sql.update(
                        c,
                        "INSERT INTO recon_nostros (id, book_number, ledger_id, branch, currency, correspondent,"
                                + " account_id, registered_at, registered_by) VALUES (1, 'HO-1020-USD', 9, 'HO', 'USD',"
                                + " 'CHASUS33', 'ACCT', 0, 'admin')");
                Sql.update(
                        c,
                        "INSERT INTO recon_statements (id, nostro_id, statement_id, format, opening_date,"
                                + " opening_balance, closing_date, closing_balance, previous_statement, gap,"
                                + " entry_count, imported_at, imported_by) VALUES (2, 1, 'S1', 'CAMT053', '2026-11-23',"
                                + " 0, '2026-11-24', 0, NULL, 0, 2, 0, 'op')");
                entry(c, 3);
                entry(c, 4);
                Sql.update(
                        c,
                        "INSERT INTO recon_matches (id, nostro_id, entry_id, rule, explanation, matched_at, matched_by)"
                                + " VALUES (5, 1, 4, 'REFERENCE', 'reference agrees', 0, 'op')");
                // An entry's break someone assigned; our posting's break the rules matched; one corrected.
                breakRow(
                        c,
                        "10, 1, 'ENTRY', 3, NULL, NULL, '2026-11-23', 'DEBIT', 2500, 'NONREF', 'accountant.ho',"
                                + " 'OPEN', NULL, NULL, NULL, NULL, 100, NULL, NULL, 2");
                breakRow(
                        c,
                        "11, 1, 'POSTING', NULL, 777, 0, '2026-11-24', 'DEBIT', 50000, 'JV-1', 'op', 'RESOLVED',"
                                + " 'AUTO_MATCHED', 'matched by rule REFERENCE', NULL, 5, 100, 200, 'op', 2");
                breakRow(
                        c,
                        "12, 1, 'POSTING', NULL, 778, 1, '2026-11-24', 'CREDIT', 300, 'JV-2', 'op', 'RESOLVED',"
                                + " 'CORRECTED', NULL, 'JV-3', NULL, 100, 300, 'acc', 2");
                Sql.update(
                        c,
                        "INSERT INTO audit_log (seq, at_micros, actor, action, entity_type, entity_id, branch,"
                                + " before_state, after_state, prev_hash, hash) VALUES (1, 0, 'op', 'ASSIGN',"
                                + " 'ReconciliationBreak', '10', 'HO', NULL, '{}', 'x', 'y')");
            }

            ModuleSchema.migrate(database.url(), "banking");

            try (Platform platform = Platform.open(PlatformConfig.of(database.config(), new Pbkdf2Hasher()))) {
                Breaks breaks = new Breaks(
                        platform,
                        Reconciliation.BREAKS,
                        () -> new BusinessCalendar("TEST", "Weekends only", Map.of()),
                        ZoneOffset.UTC);
                List<Break> all = breaks.list(Actor.system("test"), BreakQuery.all());
                assertThat(all).extracting(Break::id).containsExactly(10L, 11L, 12L);
                Break assigned = all.get(0);
                assertThat(BreakItem.of(assigned).entryId()).isEqualTo(3L);
                assertThat(assigned.status()).isEqualTo(BreakStatus.ASSIGNED);
                assertThat(assigned.owner()).isEqualTo("accountant.ho");
                assertThat(assigned.account()).isEqualTo("HO-1020-USD");
                assertThat(assigned.branch()).isEqualTo("HO");
                assertThat(assigned.asset()).isEqualTo("USD");
                assertThat(assigned.since()).isEqualTo(LocalDate.of(2026, 11, 23));
                assertThat(assigned.subject()).isEqualTo("NONREF");
                assertThat(NostroBreaks.effect(assigned)).isEqualTo(2500);
                Break matched = all.get(1);
                assertThat(BreakItem.of(matched).posting()).isEqualTo(new PostingRef(777, 0));
                assertThat(matched.resolution()).isEqualTo("AUTO_MATCHED");
                assertThat(matched.resolvedWith()).isEqualTo("5");
                assertThat(matched.resolvedBy()).isEqualTo("op");
                assertThat(matched.version()).isEqualTo(2);
                assertThat(NostroBreaks.correctingDocument(all.get(2))).isEqualTo("JV-3");
                assertThatThrownBy(() -> Sql.count(platform.ledger().readers(), "SELECT COUNT(*) FROM recon_breaks"))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
    }

    private static void entry(Connection c, long id) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO recon_entries (id, statement_row, nostro_id, position, value_date, booking_date, side,"
                        + " amount, reversal, reference) VALUES (?, 2, 1, ?, '2026-11-23', '2026-11-23', 'DEBIT', 2500,"
                        + " 0, 'NONREF')",
                id,
                (int) id);
    }

    private static void breakRow(Connection c, String values) throws SQLException {
        Sql.update(
                c,
                "INSERT INTO recon_breaks (id, nostro_id, kind, entry_id, transaction_id, posting_index, value_date,"
                        + " side, amount, reference, owner, status, resolution, note, correcting_document, match_id,"
                        + " opened_at, resolved_at, resolved_by, version) VALUES (" + values + ")");
    }
}
