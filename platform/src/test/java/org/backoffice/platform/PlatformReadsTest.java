package org.backoffice.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.security.ApiToken;
import org.backoffice.platform.security.IssuedToken;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** What the REST API reads from the platform: documents as stored, counts, tokens, accounts by ledger id. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class PlatformReadsTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    Platform platform;

    @BeforeEach
    void open() {
        fixture = FIXTURES.on(database);
        platform = fixture.platform();
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void aDocumentAsReturnedEqualsTheDocumentAsStored() {
        Document posted = fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "12.00")
                .document();

        Document stored = platform.documents()
                .find(fixture.actor("operator.ho"), posted.id())
                .orElseThrow();
        assertThat(stored).isEqualTo(posted);

        Document reversed = platform.documents().reverse(fixture.actor("controller.ho"), posted.id(), "twice");
        assertThat(platform.documents().find(fixture.actor("operator.ho"), posted.id()))
                .contains(reversed);
    }

    @Test
    void documentsAreCountedByStatusWithEveryStatusNamed() {
        Map<DocumentStatus, Long> before = platform.documents().countByStatus();
        assertThat(before).containsOnlyKeys(DocumentStatus.values());
        assertThat(before.get(DocumentStatus.REJECTED)).isPositive();

        fixture.post("operator.ho", "HO", "HO-5030-USD", "HO-2910-USD", "1.00");

        Map<DocumentStatus, Long> after = platform.documents().countByStatus();
        assertThat(after.get(DocumentStatus.POSTED)).isEqualTo(before.get(DocumentStatus.POSTED) + 1);
        assertThat(after.get(DocumentStatus.DRAFT)).isEqualTo(before.get(DocumentStatus.DRAFT));
    }

    @Test
    void aListedTokenIsActiveUntilRevoked() {
        IssuedToken issued = platform.users().issueToken(fixture.actor("operator.b1"), "listing");

        assertThat(token(issued.token().id()).active()).isTrue();
        assertThat(token(issued.token().id()).revokedAt()).isNull();

        platform.users()
                .revokeToken(fixture.actor("operator.b1"), issued.token().id());
        assertThat(token(issued.token().id()).active()).isFalse();
        assertThatThrownBy(() -> platform.users()
                        .revokeToken(
                                fixture.actor("operator.b1"), issued.token().id()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAuditorsAndAdministratorsVerifyTheAuditLog() {
        assertThat(platform.audit().verify(fixture.actor("auditor")).intact()).isTrue();
        assertThat(platform.audit().verify(fixture.actor("admin")).checked()).isPositive();
        assertThatThrownBy(() -> platform.audit().verify(fixture.actor("controller.ho")))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void aBookAccountIsFoundByItsLedgerAccount() {
        BookAccount cash = platform.accounts().account("B2-1010-USD").orElseThrow();

        assertThat(platform.accounts().byLedgerId(cash.ledgerId())).contains(cash);
        assertThat(platform.accounts().byLedgerId(org.backoffice.ledger.AccountId.of(1)))
                .isEmpty();
    }

    private ApiToken token(long id) {
        return platform.users().tokens(fixture.actor("operator.b1")).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
