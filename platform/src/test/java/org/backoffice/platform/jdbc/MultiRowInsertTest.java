package org.backoffice.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row lands once with its own values, whether the rows fill no statement, part of one or several. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class MultiRowInsertTest {
    @Parameter
    TestDatabase database;

    ScratchDatabase scratch;
    Connection c;

    @BeforeEach
    void open() throws SQLException {
        scratch = database.create();
        c = DriverManager.getConnection(scratch.url());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE moves (id bigint PRIMARY KEY, branch varchar(8) NOT NULL, amount bigint)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
        scratch.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 63, 64, 65, 130})
    void everyRowIsInsertedOnceWithItsValues(int count) throws SQLException {
        List<Long> ids = LongStream.rangeClosed(1, count).boxed().toList();

        MultiRowInsert.insert(
                c, "moves", List.of("id", "branch", "amount"), ids, id -> new Object[] {id, "B" + id % 3, id * 100});

        List<String> rows = new ArrayList<>();
        for (long id : ids) {
            rows.add(id + " B" + id % 3 + " " + id * 100);
        }
        assertThat(Sql.query(
                        c,
                        "SELECT * FROM moves ORDER BY id",
                        rs -> rs.getLong("id") + " " + rs.getString("branch") + " " + rs.getLong("amount")))
                .containsExactlyElementsOf(rows);
    }
}
