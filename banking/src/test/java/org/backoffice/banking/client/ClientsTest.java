package org.backoffice.banking.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backoffice.banking.testing.BankingFixture;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class ClientsTest {
    @Parameter
    TestDatabase database;

    BankingFixture bank;

    @BeforeEach
    void open() {
        bank = BankingFixture.open(database);
        bank.person("HO", "Alice", "Archer");
        bank.person("HO", "Bob", "Baker_Smith");
        bank.person("B1", "Carol", "Cooper");
    }

    @AfterEach
    void close() {
        bank.close();
    }

    private List<String> found(String user, String search) {
        return bank.banking().clients().list(bank.actor(user), null, search, 0, 10).items().stream()
                .map(Client::name)
                .toList();
    }

    @Test
    void aSearchMatchesPartOfTheNameInAnyCaseWithinTheUsersBranches() {
        assertThat(found("operator.ho", "ARCH")).containsExactly("Alice Archer");
        assertThat(found("operator.ho", "cooper")).isEmpty();
        assertThat(found("operator.b1", "cooper")).containsExactly("Carol Cooper");
    }

    @Test
    void wildcardsInTheSearchAreTakenAsTyped() {
        assertThat(found("operator.ho", "%")).isEmpty();
        assertThat(found("operator.ho", "_")).containsExactly("Bob Baker_Smith");
        assertThat(found("operator.ho", "r_s")).containsExactly("Bob Baker_Smith");
        assertThat(found("operator.ho", "e_a")).isEmpty();
    }
}
