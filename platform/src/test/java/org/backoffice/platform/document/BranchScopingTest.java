package org.backoffice.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Set;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.audit.AuditEntry;
import org.backoffice.platform.organisation.Accounts;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.TrialBalanceLine;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** A user sees and touches only the branches granted to them: documents, accounts, reports, audit. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class BranchScopingTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    Documents documents;
    Actor operatorB1;
    Actor controllerB1;

    @BeforeEach
    void open() {
        fixture = FIXTURES.on(database);
        documents = fixture.platform().documents();
        operatorB1 = fixture.actor("operator.b1");
        controllerB1 = fixture.actor("controller.b1");
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void aHeadOfficeDocumentIsInvisibleToABranchOperator() {
        Document ho = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "12.00")
                .document();

        assertThat(documents.find(operatorB1, ho.id())).isEmpty();
        assertThat(documents.find(fixture.actor("operator.ho"), ho.id())).isPresent();
        var everything = documents.list(operatorB1, DocumentQuery.firstPage(DocumentQuery.MAX_SIZE));
        assertThat(everything.items()).isNotEmpty().extracting(Document::branch).containsOnly("B1");
        assertThat(everything.items()).extracting(Document::id).doesNotContain(ho.id());
        var headOffice =
                documents.list(operatorB1, new DocumentQuery(null, null, "HO", null, null, null, null, null, 0, 100));
        assertThat(headOffice.items()).isEmpty();
        assertThat(headOffice.total()).isZero();
    }

    @Test
    void aBranchOperatorCannotCreateInTheHeadOffice() {
        long before = fixture.count("documents");
        assertThatThrownBy(() -> fixture.post("operator.b1", "HO", "HO-5030-USD", "HO-2910-USD", "12.00"))
                .isInstanceOf(SecurityException.class);
        assertThat(fixture.count("documents")).isEqualTo(before);
    }

    @Test
    void aBranchControllerCanNeitherApproveNorRejectAHeadOfficeDocument() {
        long cash = fixture.balance("HO-1010-USD");
        Document waiting = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-1010-USD", "15000.00")
                .document();
        assertThat(waiting.status()).isEqualTo(DocumentStatus.SUBMITTED);

        assertThatThrownBy(() -> documents.approve(controllerB1, waiting.id(), "looks fine"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> documents.reject(controllerB1, waiting.id(), "not mine to judge"))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(documents.awaitingApproval(controllerB1, 0, 1000).items())
                .extracting(Document::id)
                .doesNotContain(waiting.id());

        Document unchanged =
                documents.find(fixture.actor("controller.ho"), waiting.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(unchanged.version()).isEqualTo(waiting.version());
        assertThat(unchanged.approver()).isNull();
        assertThat(fixture.balance("HO-1010-USD")).isEqualTo(cash);
    }

    @Test
    void accountsOfAnotherBranchAreInvisible() {
        Accounts accounts = fixture.platform().accounts();
        assertThatThrownBy(() -> accounts.visible(operatorB1, "HO-1010-USD"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> accounts.balance(operatorB1, "HO-1010-USD", null))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> accounts.balance(operatorB1, "B2-1010-USD", null))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(accounts.visible(operatorB1, "B1-1010-USD").branch()).isEqualTo("B1");
        assertThat(accounts.balance(operatorB1, "B1-1010-USD", null).posted()).isPositive();

        var mine = accounts.list(operatorB1, null, null, 0, 1000);
        assertThat(mine.items()).extracting(BookAccount::branch).containsOnly("B1");
        assertThat(mine.total())
                .isEqualTo(fixture.rows("SELECT COUNT(*) FROM accounts WHERE branch = ?", "B1"))
                .isPositive();
        assertThat(accounts.list(operatorB1, "HO", null, 0, 1000).items()).isEmpty();
    }

    @Test
    void aBranchUsersTrialBalanceHoldsOnlyTheirBranchsAccounts() {
        var reports = fixture.platform().reports();
        var lines = reports.trialBalance(operatorB1, "USD", null, null);
        assertThat(lines).extracting(l -> l.account().branch()).containsOnly("B1");
        assertThat(lines).extracting(l -> l.account().number()).contains("B1-1010-USD", "B1-3010-USD");
        assertThat(lines.stream().mapToLong(TrialBalanceLine::debit).sum())
                .isEqualTo(lines.stream().mapToLong(TrialBalanceLine::credit).sum());
        assertThatThrownBy(() -> reports.trialBalance(operatorB1, "USD", "HO", null))
                .isInstanceOf(SecurityException.class);
        assertThat(reports.trialBalance(fixture.actor("auditor"), "USD", null, null))
                .extracting(l -> l.account().branch())
                .contains("HO", "B1", "B2");
    }

    @Test
    void aBranchUserReadsOnlyTheirBranchsAuditEntriesAndAnAuditorReadsAll() {
        Document ho = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "3.00")
                .document();
        var audit = fixture.platform().audit();

        var mine = audit.list(operatorB1, null, 0, 1000);
        assertThat(mine.items()).isNotEmpty().extracting(AuditEntry::branch).containsOnly("B1");
        assertThat(mine.total()).isEqualTo(fixture.rows("SELECT COUNT(*) FROM audit_log WHERE branch = ?", "B1"));
        assertThat(audit.list(operatorB1, ho.id().toString(), 0, 10).items()).isEmpty();

        var all = audit.list(fixture.actor("auditor"), null, 0, 1000);
        assertThat(all.total()).isEqualTo(fixture.count("audit_log"));
        assertThat(all.items()).extracting(AuditEntry::branch).contains("HO", "B1", "B2", null);
        assertThat(audit.list(fixture.actor("auditor"), ho.id().toString(), 0, 10)
                        .items())
                .singleElement()
                .satisfies(e -> assertThat(e.branch()).isEqualTo("HO"));
    }

    @Test
    void aControllerOfEveryBranchReadsEveryBranchsAuditEntriesButNotTheUsers() {
        var admin = fixture.actor("admin");
        var users = fixture.platform().users();
        String name = "controller.all";
        users.create(
                admin,
                new NewUser(name, "Claire Controller (all)", Set.of(Role.CONTROLLER), Set.of(), true),
                "a long enough password");
        var audit = fixture.platform().audit();

        var seen = audit.list(fixture.actor(name), null, 0, 1000);

        assertThat(seen.items())
                .extracting(AuditEntry::branch)
                .contains("HO", "B1", "B2")
                .doesNotContainNull();
        assertThat(seen.total()).isEqualTo(fixture.rows("SELECT COUNT(*) FROM audit_log WHERE branch IS NOT NULL"));
    }
}
