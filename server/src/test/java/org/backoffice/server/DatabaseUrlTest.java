package org.backoffice.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:sqlite:./data/backoffice.db | sqlite ./data/backoffice.db",
                "jdbc:sqlite:/var/lib/backoffice/bo.db?journal_mode=WAL | sqlite /var/lib/backoffice/bo.db",
                "jdbc:sqlite:file:data/bo.db?cache=shared | sqlite data/bo.db",
                "jdbc:postgresql://db.example.org:5432/backoffice | postgresql db.example.org:5432/backoffice",
                "jdbc:postgresql://db.example.org/backoffice?user=bo&password=s3cret | postgresql db.example.org/backoffice",
                "jdbc:postgresql://bo:s3cret@db.example.org:5432/backoffice?sslmode=require | postgresql db.example.org:5432/backoffice",
                "jdbc:postgresql://h1:5432,h2:5432/bo?targetServerType=primary&password=x | postgresql h1:5432,h2:5432/bo",
                "jdbc:postgresql:backoffice?password=s3cret | postgresql backoffice",
                "JDBC:POSTGRESQL://Db:5432/Bo#frag | postgresql Db:5432/Bo"
            })
    void theDisplayedFormHasNoSecrets(String url, String shown) {
        DatabaseUrl database = DatabaseUrl.parse(url);

        assertThat(database.display()).isEqualTo(shown);
        assertThat(database.toString()).isEqualTo(shown).doesNotContain("s3cret", "password", "user=");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "  ", "jdbc:mysql://localhost/bo", "sqlite:./data/bo.db", "jdbc:sqlite:", "postgres://x"})
    void onlySqliteAndPostgresqlUrlsAreAccepted(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("db: ");
    }
}
