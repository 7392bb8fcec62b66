package org.backoffice.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.Page;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** A list a user filters: only the branches the actor sees, each filter given, pages with their total. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class WhereTest {
    @Parameter
    TestDatabase database;

    ScratchDatabase scratch;
    DataSource readers;

    @BeforeEach
    void open() throws SQLException {
        scratch = database.create();
        try (Connection c = DriverManager.getConnection(scratch.url());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id bigint PRIMARY KEY, branch varchar(8) NOT NULL, status varchar(8))");
            for (int id = 1; id <= 7; id++) {
                s.execute("INSERT INTO items VALUES (" + id + ", '" + (id % 2 == 0 ? "B2" : "HO") + "', '"
                        + (id <= 3 ? "NEW" : "DONE") + "')");
            }
        }
        readers = dataSource(scratch.url());
    }

    private static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            return postgres;
        }
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl(url);
        return sqlite;
    }

    @AfterEach
    void close() {
        scratch.close();
    }

    private static Actor of(String... branches) {
        return new Actor("clerk", Set.of(Role.OPERATOR), Set.of(branches), false);
    }

    private Page<Long> page(Where where, int page, int size) {
        return where.page(readers, "items", "id", "id DESC", rs -> rs.getLong(1), page, size);
    }

    @Test
    void theActorSeesOnlyItsBranchesAndEachFilterGivenNarrowsTheList() {
        assertThat(page(Where.scoped(of("HO"), null), 0, 10).items()).containsExactly(7L, 5L, 3L, 1L);
        assertThat(page(Where.scoped(of("HO"), null).equal("status", "NEW"), 0, 10)
                        .items())
                .containsExactly(3L, 1L);
        assertThat(page(Where.scoped(of("HO", "B2"), null).equal("status", null), 0, 10)
                        .total())
                .isEqualTo(7);
        assertThat(page(Where.scoped(Actor.system("eod"), "B2"), 0, 10).items()).containsExactly(6L, 4L, 2L);
    }

    @Test
    void aBranchNotGrantedOrNoBranchAtAllShowsNothing() {
        assertThat(page(Where.scoped(of("HO"), "B2"), 0, 10).total()).isZero();
        assertThat(page(Where.scoped(of(), null), 0, 10).items()).isEmpty();
        assertThat(Where.scoped(of(), null).all(readers, "items", "id", "id", rs -> rs.getLong(1)))
                .isEmpty();
    }

    @Test
    void aPageHoldsItsSliceAndTheTotalOfAll() {
        Page<Long> second = page(Where.scoped(of("HO", "B2"), null), 1, 3);

        assertThat(second.items()).containsExactly(4L, 3L, 2L);
        assertThat(second.total()).isEqualTo(7);
        assertThat(Where.scoped(of("B2"), null).all(readers, "items", "id", "id", rs -> rs.getLong(1)))
                .isEqualTo(List.of(2L, 4L, 6L));
    }
}
