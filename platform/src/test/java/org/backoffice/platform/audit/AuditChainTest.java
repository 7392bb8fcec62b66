package org.backoffice.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.Documents;
import org.backoffice.platform.internal.Json;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.IssuedToken;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit log: one entry per change, chained so that an altered, removed or cut-off entry is found. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class AuditChainTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();

    @Parameter
    TestDatabase database;

    /** A platform of the test's own, for tests that tamper with the log. */
    PlatformFixture own;

    @AfterEach
    void closeOwn() {
        if (own != null) {
            own.close();
        }
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void afterTheDemoAndSomeDocumentsTheChainIsIntact() {
        PlatformFixture fixture = FIXTURES.on(database);
        someDocuments(fixture);

        AuditVerification verification = fixture.platform().audit().verify();

        assertThat(verification.problems()).isEmpty();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isEqualTo(fixture.count("audit_log")).isGreaterThan(100);
    }

    @Test
    void anAlteredEntryIsFoundBySeq() {
        own = PlatformFixture.withDemo(database);
        someDocuments(own);
        long seq = own.count("audit_log") / 2;

        int altered = own.tamper(
                "UPDATE audit_log SET after_state = ? WHERE seq = ?", "{\"status\":\"POSTED\",\"amount\":1}", seq);

        assertThat(altered).isOne();
        AuditVerification verification = own.platform().audit().verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problems()).singleElement().asString().startsWith("entry " + seq + " was altered");
    }

    @Test
    void aRemovedEntryInTheMiddleIsFoundMissing() {
        own = PlatformFixture.withDemo(database);
        long seq = own.count("audit_log") / 2;

        own.tamper("DELETE FROM audit_log WHERE seq = ?", seq);

        AuditVerification verification = own.platform().audit().verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problems())
                .anySatisfy(p -> assertThat(p).startsWith("entries " + seq + " are missing"));
        assertThat(verification.checked()).isEqualTo(own.count("audit_log"));
    }

    @Test
    void aRemovedLastEntryIsFoundThroughTheHead() {
        own = PlatformFixture.withDemo(database);
        long last = own.count("audit_log");

        own.tamper("DELETE FROM audit_log WHERE seq = ?", last);

        AuditVerification verification = own.platform().audit().verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problems())
                .singleElement()
                .asString()
                .contains("head names entry " + last)
                .contains("ends at entry " + (last - 1));
    }

    @Test
    void theDemoLeavesOneEntryPerChange() {
        own = PlatformFixture.withDemo(database);
        long chart = own.count("chart_accounts");
        assertThat(entries("Installation", "PREPARE")).isOne();
        assertThat(entries("LegalEntity", "CREATE")).isOne();
        assertThat(entries("Branch", "CREATE")).isEqualTo(3);
        assertThat(entries("Department", "CREATE")).isEqualTo(4);
        assertThat(entries("Party", "CREATE")).isEqualTo(3);
        assertThat(entries("Calendar", "CREATE")).isOne();
        assertThat(entries("ChartAccount", "CREATE")).isEqualTo(chart).isEqualTo(15);
        assertThat(entries("Account", "OPEN")).isEqualTo(own.count("accounts")).isEqualTo(36);
        assertThat(entries("User", "CREATE")).isEqualTo(own.count("users")).isEqualTo(9);
        // Preparation, legal entity, branches, departments, parties, calendar, chart, accounts, users.
        long setUp = 1 + 1 + 3 + 4 + 3 + 1 + chart + 36 + 9;
        assertThat(own.rows("SELECT COUNT(*) FROM audit_log WHERE actor = ?", "demo"))
                .as("the demo's own changes")
                .isEqualTo(setUp);
        // Every voucher was submitted once, by its maker; three were approved and one rejected, by a controller.
        long vouchers = own.count("documents");
        assertThat(own.rows(
                        "SELECT COUNT(*) FROM audit_log a JOIN documents d ON a.entity_id = CAST(d.id AS VARCHAR(20))"
                                + " WHERE a.action = ? AND a.actor = d.maker AND a.branch = d.branch",
                        "SUBMIT"))
                .isEqualTo(entries("JournalVoucher", "SUBMIT"))
                .isEqualTo(vouchers);
        assertThat(entries("JournalVoucher", "APPROVE")).isEqualTo(3);
        assertThat(entries("JournalVoucher", "REJECT")).isOne();
        assertThat(own.rows(
                        "SELECT COUNT(*) FROM audit_log WHERE action IN ('APPROVE', 'REJECT') AND actor LIKE ?",
                        "controller.%"))
                .isEqualTo(4);
        assertThat(own.count("audit_log")).as("nothing else").isEqualTo(setUp + vouchers + 3 + 1);
    }

    @Test
    void eachDocumentChangeLeavesItsEntry() {
        PlatformFixture fixture = FIXTURES.on(database);
        Documents documents = fixture.platform().documents();
        var operator = fixture.actor("operator.ho");
        var controller = fixture.actor("controller.ho");

        var posted = only(
                        fixture,
                        () -> fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "7.00")
                                .document())
                .expect("operator.ho", "SUBMIT", "JournalVoucher", false, true);
        assertThat(state(posted.entry().after()))
                .containsEntry("status", "POSTED")
                .containsEntry("number", posted.result().number())
                .containsEntry("maker", "operator.ho");

        var draft = only(
                        fixture,
                        () -> documents
                                .create(
                                        operator,
                                        PlatformFixture.journal(
                                                "HO",
                                                PlatformFixture.voucher("HO-5030-USD", "HO-2910-USD", "12000.00")),
                                        false,
                                        null)
                                .document())
                .expect("operator.ho", "CREATE", "JournalVoucher", false, true);
        assertThat(state(draft.entry().after()))
                .containsEntry("status", "DRAFT")
                .containsEntry("number", null);

        var submitted = only(
                        fixture, () -> documents.submit(operator, draft.result().id(), 1))
                .expect("operator.ho", "SUBMIT", "JournalVoucher", true, true);
        assertThat(state(submitted.entry().before())).containsEntry("status", "DRAFT");
        assertThat(state(submitted.entry().after()))
                .containsEntry("status", "SUBMITTED")
                .containsEntry("number", submitted.result().number());

        var approved = only(
                        fixture,
                        () -> documents.approve(controller, draft.result().id(), "fine"))
                .expect("controller.ho", "APPROVE", "JournalVoucher", true, true);
        assertThat(state(approved.entry().before())).containsEntry("status", "SUBMITTED");
        assertThat(state(approved.entry().after()))
                .containsEntry("status", "POSTED")
                .containsEntry("approver", "controller.ho");

        Document waiting = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "13000.00")
                .document();
        var rejected = only(fixture, () -> documents.reject(controller, waiting.id(), "no invoice"))
                .expect("controller.ho", "REJECT", "JournalVoucher", true, true);
        assertThat(state(rejected.entry().after()))
                .containsEntry("status", "REJECTED")
                .containsEntry("comment", "no invoice");
    }

    @Test
    void eachUserTokenAndAccountChangeLeavesItsEntry() {
        PlatformFixture fixture = FIXTURES.on(database);
        var admin = fixture.actor("admin");
        var users = fixture.platform().users();

        var created = only(
                        fixture,
                        () -> users.create(
                                admin,
                                new NewUser("audited.user", "Audited User", Set.of(Role.OPERATOR), Set.of("B1"), false),
                                "a long enough password"))
                .expect("admin", "CREATE", "User", false, true);
        assertThat(created.entry().entityId()).isEqualTo("audited.user");
        assertThat(created.entry().after()).contains("OPERATOR").contains("B1").doesNotContain("a long enough");

        var operator = fixture.actor("operator.b1");
        var issued = only(fixture, () -> users.issueToken(operator, "scanner"))
                .expect("operator.b1", "ISSUE_TOKEN", "ApiToken", false, true);
        IssuedToken token = issued.result();
        assertThat(issued.entry().entityId())
                .isEqualTo(Long.toString(token.token().id()));
        assertThat(issued.entry().after()).contains("scanner").doesNotContain(token.secret());

        var revoked = only(fixture, () -> {
                    users.revokeToken(operator, token.token().id());
                    return token;
                })
                .expect("operator.b1", "REVOKE_TOKEN", "ApiToken", false, false);
        assertThat(revoked.entry().entityId())
                .isEqualTo(Long.toString(token.token().id()));

        var opened = only(
                        fixture,
                        () -> fixture.platform()
                                .accounts()
                                .open(
                                        admin,
                                        new OpenBookAccount(
                                                "B2", "2010", "USD", "901", "Customer 901", BalanceLimit.NONE)))
                .expect("admin", "OPEN", "Account", false, true);
        assertThat(opened.entry().entityId()).isEqualTo("B2-2010-USD-901");
        assertThat(opened.entry().branch()).isEqualTo("B2");
        assertThat(fixture.platform().audit().verify().intact()).isTrue();
    }

    /** Runs a change and checks that it appended exactly one entry. */
    private static <T> Change<T> only(PlatformFixture fixture, Supplier<T> change) {
        long before = fixture.count("audit_log");
        T result = change.get();
        List<AuditEntry> appended =
                fixture.platform().audit().list(fixture.actor("auditor"), null, 0, 10).items().stream()
                        .filter(e -> e.seq() > before)
                        .toList();
        assertThat(appended).as("entries appended by one change").hasSize(1);
        return new Change<>(result, appended.getFirst());
    }

    private record Change<T>(T result, AuditEntry entry) {
        Change<T> expect(String actor, String action, String entityType, boolean hasBefore, boolean hasAfter) {
            assertThat(entry.actor()).isEqualTo(actor);
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.entityType()).isEqualTo(entityType);
            assertThat(entry.before() != null).as("state before").isEqualTo(hasBefore);
            assertThat(entry.after() != null).as("state after").isEqualTo(hasAfter);
            if (result instanceof Document document) {
                assertThat(entry.entityId()).isEqualTo(document.id().toString());
                assertThat(entry.branch()).isEqualTo(document.branch());
            }
            return this;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(String json) {
        return json == null ? null : Json.read(json, Map.class);
    }

    private long entries(String entityType, String action) {
        return own.rows("SELECT COUNT(*) FROM audit_log WHERE entity_type = ? AND action = ?", entityType, action);
    }

    private static void someDocuments(PlatformFixture fixture) {
        Documents documents = fixture.platform().documents();
        fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "5.00");
        Document waiting = fixture.post("operator.b1", "B1", "B1-5030-USD", "B1-2910-USD", "11000.00")
                .document();
        documents.approve(fixture.actor("controller.b1"), waiting.id(), "ok");
    }
}
