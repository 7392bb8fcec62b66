package org.backoffice.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.organisation.TrialBalanceLine;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo organisation as a visitor of {@code serve --demo} finds it. These tests only read. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class DemoOrganisationTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;

    @BeforeEach
    void open() {
        fixture = FIXTURES.on(database);
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void loadingItAgainDoesNothing() {
        List<String> tables = List.of("users", "accounts", "documents", "audit_log", "branches", "ledger_transactions");
        List<Long> before = tables.stream().map(fixture::count).toList();

        assertThat(DemoOrganisation.loadInto(fixture.platform())).isFalse();

        assertThat(tables.stream().map(fixture::count).toList()).isEqualTo(before);
        assertThat(fixture.platform().audit().verify().intact()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "EUR"})
    void theTrialBalanceOfEachAssetBalances(String asset) {
        List<TrialBalanceLine> lines =
                fixture.platform().reports().trialBalance(fixture.actor("auditor"), asset, null, null);

        assertThat(lines).extracting(l -> l.account().asset()).containsOnly(asset);
        assertThat(lines).hasSize((int) fixture.rows("SELECT COUNT(*) FROM accounts WHERE asset = ?", asset));
        long debits = lines.stream().mapToLong(TrialBalanceLine::debit).sum();
        long credits = lines.stream().mapToLong(TrialBalanceLine::credit).sum();
        assertThat(debits).isEqualTo(credits);
        assertThat(fixture.platform().ledger().trialBalance().isBalanced()).isTrue();
    }

    @Test
    void theHistoryPutsMoneyWhereTheStoryTellsIt() {
        // Capital 250,000.00, 40,000.00 sent to Hillside, salaries 9,800.00, fees in and stationery out.
        assertThat(fixture.balance("HO-3010-USD")).isEqualTo(-25_000_000);
        assertThat(fixture.balance("B1-3010-USD")).isEqualTo(-8_000_000);
        assertThat(fixture.balance("HO-1910-USD")).isEqualTo(4_000_000);
        assertThat(fixture.balance("B2-1010-USD")).isEqualTo(950_000 - 4 * 21_000);
        assertThat(fixture.balance("HO-5020-USD")).isEqualTo(980_000);
    }

    @Test
    void theHeadOfficeControllerHasTheWaitingVoucherInTheInbox() {
        var inbox = fixture.platform().documents().awaitingApproval(fixture.actor("controller.ho"), 0, 50);

        assertThat(inbox.items()).singleElement().satisfies(d -> {
            assertThat(d.branch()).isEqualTo("HO");
            assertThat(d.status()).isEqualTo(DocumentStatus.SUBMITTED);
            assertThat(d.maker()).isEqualTo("operator.ho");
            assertThat(d.amount()).isEqualTo(1_850_000);
            assertThat(d.number()).isNotNull();
            assertThat(d.body(JournalVoucher.class).narrative()).isEqualTo("Equipment purchase: server racks");
        });
        assertThat(inbox.total()).isOne();
        assertThat(fixture.platform()
                        .documents()
                        .awaitingApproval(fixture.actor("operator.ho"), 0, 50)
                        .items())
                .isEmpty();
    }

    @Test
    void theRefurbishmentAdvanceWasSentBackWithTheControllersComment() {
        var rejected = fixture.platform()
                .documents()
                .list(fixture.actor("operator.b1"), DocumentQuery.firstPage(100).withStatus(DocumentStatus.REJECTED));

        assertThat(rejected.items()).singleElement().satisfies(d -> {
            assertThat(d.branch()).isEqualTo("B1");
            assertThat(d.maker()).isEqualTo("operator.b1");
            assertThat(d.approver()).isEqualTo("controller.b1");
            assertThat(d.amount()).isEqualTo(2_500_000);
            assertThat(d.comment()).isEqualTo("Attach the contractor's invoice and split by cost centre");
            assertThat(d.body(JournalVoucher.class).narrative()).isEqualTo("Branch refurbishment advance");
        });
        Document sentBack = rejected.items().getFirst();
        assertThat(fixture.balance("B1-5030-USD"))
                .as("nothing of it was posted")
                .isZero();
        assertThat(sentBack.status().editable()).isTrue();
    }
}
