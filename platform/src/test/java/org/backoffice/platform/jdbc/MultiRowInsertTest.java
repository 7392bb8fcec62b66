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

    @org.junit.jupiter.api.Test
    void textWithTabsNewlinesAndBackslashesAndNullsArrivesAsGivenAndRollsBackWithTheTransaction() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id bigint PRIMARY KEY, text varchar(100), n integer)");
        }
        List<Object[]> rows = List.of(
                new Object[] {1L, "a\tb\nc\\d\re", 7},
                new Object[] {2L, null, null},
                new Object[] {3L, "\\N", 0},
                new Object[] {4L, "", -1});

        c.setAutoCommit(false);
        MultiRowInsert.insert(c, "notes", List.of("id", "text", "n"), rows, row -> row);
        assertThat(Sql.query(c, "SELECT text, n FROM notes ORDER BY id", rs -> {
                    String text = rs.getString(1);
                    int n = rs.getInt(2);
                    return (text == null ? "<null>" : "[" + text + "]") + (rs.wasNull() ? " <null>" : " " + n);
                }))
                .containsExactly("[a\tb\nc\\d\re] 7", "<null> <null>", "[\\N] 0", "[] -1");
        c.rollback();
        c.setAutoCommit(true);

        assertThat(Sql.query(c, "SELECT COUNT(*) FROM notes", rs -> rs.getLong(1)))
                .containsExactly(0L);
    }
}
