package org.backoffice.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.testing.PlatformFixture;
import org.backoffice.platform.testing.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class ApiTokensTest {
    static final SharedFixtures FIXTURES = new SharedFixtures();

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    Users users;

    @BeforeEach
    void open() {
        fixture = FIXTURES.on(database);
        users = fixture.platform().users();
    }

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @Test
    void aNewTokenIsListedActiveUntilItIsRevoked() {
        Actor owner = fixture.actor("operator.b1");
        IssuedToken issued = users.issueToken(owner, "listed");

        ApiToken listed = users.tokens(owner).stream()
                .filter(t -> t.id() == issued.token().id())
                .findFirst()
                .orElseThrow();
        assertThat(listed.active()).isTrue();
        assertThat(listed.revokedAt()).isNull();
        assertThat(users.authenticateToken(issued.secret())).isPresent();

        users.revokeToken(owner, issued.token().id());

        ApiToken revoked = users.tokens(owner).stream()
                .filter(t -> t.id() == issued.token().id())
                .findFirst()
                .orElseThrow();
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedAt()).isAfterOrEqualTo(revoked.createdAt());
        assertThat(users.authenticateToken(issued.secret())).isEmpty();
        assertThatThrownBy(() -> users.revokeToken(owner, issued.token().id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("revoked already");
    }
}
