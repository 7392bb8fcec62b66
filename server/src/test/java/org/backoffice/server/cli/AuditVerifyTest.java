package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditVerifyTest {
    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void anIntactChainExitsZeroAndOneAlteredRowExitsOneNamingTheEntry(TestDatabase kind) throws Exception {
        try (ScratchDatabase database = kind.create()) {
            assertThat(Cli.on(database.url(), "init", "--profile", "bank").exit())
                    .isZero();
            assertThat(Cli.on(database.url(), "user", "create", "olivia", "--role", "operator", "--branch", "HO")
                            .exit())
                    .isZero();

            Cli.Run intact = Cli.on(database.url(), "audit", "verify");

            assertThat(intact.exit()).as(intact.toString()).isZero();
            assertThat(intact.out()).matches("audit log intact: \\d+ entries checked\\R");
            long entries = Long.parseLong(intact.out().replaceAll("\\D", ""));
            assertThat(entries).isGreaterThan(15);
            assertThat(intact.err()).isEmpty();

            // Someone with database access makes olivia an administrator behind the application's back.
            try (Connection c = DriverManager.getConnection(database.url());
                    PreparedStatement tamper = c.prepareStatement(
                            "UPDATE audit_log SET after_state = ? WHERE entity_id = ? AND action = 'CREATE'")) {
                tamper.setString(1, "{\"roles\":\"[ADMINISTRATOR]\",\"branches\":\"ALL\"}");
                tamper.setString(2, "olivia");
                assertThat(tamper.executeUpdate()).isOne();
            }

            Cli.Run broken = Cli.on(database.url(), "audit", "verify");

            assertThat(broken.exit()).as(broken.toString()).isEqualTo(1);
            assertThat(broken.out())
                    .isEqualTo("entry " + entries + " was altered: its content does not match its hash\n"
                            + "audit log BROKEN: 1 problem in " + entries + " entries checked\n");
        }
    }
}
