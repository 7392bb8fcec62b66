package org.backoffice.securities.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.jdbc.ModuleSchema;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.securities.corporate.NewCorporateAction;
import org.backoffice.securities.corporate.SplitRatio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An installation from before trades and corporate actions were documents: a proposal waiting under
 * the old maker-checker is closed as rejected, saying why, and nothing of its trade changes; an
 * announced corporate action becomes its document, waiting for a controller with its maker and terms.
 */
class OnePathMigrationTest {
    private static final JsonMapper DOCUMENTS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void proposalsAndAnnouncedActionsOfAnInstallationMoveOntoDocuments(TestDatabase kind) throws SQLException {
        try (ScratchDatabase database = kind.create()) {
            ModuleSchema.migrate(database.url(), "platform");
            ModuleSchema.migrateTo(database.url(), "securities", "7");
            try (Connection c = DriverManager.getConnection(database.url())) {
                Sql.update(c, "INSERT INTO legal_entities (code, name, country) VALUES ('LE', 'Demo Broker', 'GB')");
                Sql.update(
                        c,
                        "INSERT INTO branches (code, name, legal_entity, head_office) VALUES ('HO', 'Head office', 'LE', ?)",
                        true);
                Sql.update(
                        c,
                        "INSERT INTO sec_trades (id, trade_ref, source, branch, version, status, side, isin, quantity,"
                                + " price, currency, trade_date, settlement_date, depo_account, counterparty, market,"
                                + " delivery, gross_amount, accrued_interest, fees, settlement_amount, ssi_id,"
                                + " repair_reasons, captured_at, captured_by) VALUES (7, 'T-7', 'MANUAL', 'HO', 1, 'NEW',"
                                + " 'BUY', 'GB00DEMO0015', 10, '10', 'GBP', '2026-11-25', '2026-11-27', 'C1001',"
                                + " 'LEI', 'XLON', 'DVP', 10000, 0, 100, 10000, NULL, NULL, 1, 'operator.ho')");
                Sql.update(
                        c,
                        "INSERT INTO sec_trade_versions (trade_id, version, action, state, body, reason, made_by,"
                                + " made_at, checked_by, checked_at) VALUES (7, 2, 'CANCEL', 'PROPOSED', '{}',"
                                + " 'client withdrew', 'operator.ho', 5, NULL, NULL)");
                Sql.update(
                        c,
                        "INSERT INTO sec_corporate_actions (id, kind, isin, record_date, pay_date, rate, tax_rate,"
                                + " ratio_new, ratio_old, status, announced_by, announced_at, approved_by, approved_at)"
                                + " VALUES (30, 'DIVIDEND', 'GB00DEMO0015', '2026-11-25', '2026-12-01', '0.125', '15',"
                                + " NULL, NULL, 'ANNOUNCED', 'operator.ho', 9, NULL, NULL)");
                Sql.update(
                        c,
                        "INSERT INTO sec_corporate_actions (id, kind, isin, record_date, pay_date, rate, tax_rate,"
                                + " ratio_new, ratio_old, status, announced_by, announced_at, approved_by, approved_at)"
                                + " VALUES (31, 'SPLIT', 'GB00DEMO0015', '2026-11-25', '2026-12-01', NULL, NULL,"
                                + " 2, 1, 'ANNOUNCED', 'operator.ho', 10, NULL, NULL)");
                Sql.update(
                        c,
                        "INSERT INTO sec_corporate_actions (id, kind, isin, record_date, pay_date, rate, tax_rate,"
                                + " ratio_new, ratio_old, status, announced_by, announced_at, approved_by, approved_at)"
                                + " VALUES (32, 'DIVIDEND', 'GB00DEMO0015', '2026-10-25', '2026-11-01', '0.1', '0',"
                                + " NULL, NULL, 'APPLIED', 'operator.ho', 8, 'controller.ho', 9)");
            }

            ModuleSchema.migrate(database.url(), "securities");

            try (Connection c = DriverManager.getConnection(database.url())) {
                assertThat(Sql.query(
                                c,
                                "SELECT state, reason, checked_by FROM sec_trade_versions WHERE trade_id = 7",
                                rs -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3)))
                        .containsExactly("REJECTED | client withdrew / withdrawn on upgrade to documents:"
                                + " propose it again | upgrade");
                assertThat(Sql.query(
                                c,
                                "SELECT version, status FROM sec_trades WHERE id = 7",
                                rs -> rs.getInt(1) + " " + rs.getString(2)))
                        .containsExactly("1 NEW");

                List<String> documents = Sql.query(
                        c,
                        "SELECT id, type, branch, status, maker, body FROM documents ORDER BY id",
                        rs -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                                + " " + rs.getString(5));
                assertThat(documents)
                        .containsExactly(
                                "30 CorporateAction HO SUBMITTED operator.ho",
                                "31 CorporateAction HO SUBMITTED operator.ho");
                List<String> bodies = Sql.query(c, "SELECT body FROM documents ORDER BY id", rs -> rs.getString(1));
                assertThat(DOCUMENTS.readValue(bodies.get(0), NewCorporateAction.class))
                        .isEqualTo(NewCorporateAction.dividend(
                                "GB00DEMO0015",
                                LocalDate.of(2026, 11, 25),
                                LocalDate.of(2026, 12, 1),
                                new BigDecimal("0.125"),
                                new BigDecimal("15")));
                assertThat(DOCUMENTS.readValue(bodies.get(1), NewCorporateAction.class))
                        .isEqualTo(NewCorporateAction.split(
                                "GB00DEMO0015",
                                LocalDate.of(2026, 11, 25),
                                LocalDate.of(2026, 12, 1),
                                new SplitRatio(2, 1)));
                // The announced ones wait as documents now; the applied one stays as it was.
                assertThat(Sql.query(
                                c,
                                "SELECT id, status FROM sec_corporate_actions",
                                rs -> rs.getLong(1) + " " + rs.getString(2)))
                        .containsExactly("32 APPLIED");
            }
        }
    }
}
