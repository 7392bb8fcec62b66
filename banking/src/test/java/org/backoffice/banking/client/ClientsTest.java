package org.backoffice.banking.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backoffice.banking.testing.BankTest;
import org.junit.jupiter.api.Test;

class ClientsTest extends BankTest {

    @Override
    protected void prepare() {
        bank.person("HO", "Alice", "Archer");
        bank.person("HO", "Bob", "Baker_Smith");
        bank.person("B1", "Carol", "Cooper");
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
