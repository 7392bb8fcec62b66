package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.backoffice.server.ConsoleCapture;
import org.backoffice.server.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServeCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void theReadyLineShowsWhereAndWhichDatabaseWithoutSecrets() {
        String line = ServeCommand.readyLine(
                8080,
                DatabaseUrl.parse("jdbc:postgresql://bo:s3cret@db.example.org:5432/backoffice?password=s3cret"),
                2.345);

        assertThat(line)
                .isEqualTo("Backoffice is ready at http://localhost:8080"
                        + " (database: postgresql db.example.org:5432/backoffice, started in 2.3 s)");
    }

    @Test
    void theDatabaseIsTheOptionElseTheEnvironmentElseSqliteInTheDataDirectory() {
        assertThat(ServeCommand.databaseUrl("jdbc:sqlite:x.db", "jdbc:postgresql://h/db", Path.of("./data")))
                .isEqualTo("jdbc:sqlite:x.db");
        assertThat(ServeCommand.databaseUrl(null, "jdbc:postgresql://h/db", Path.of("./data")))
                .isEqualTo("jdbc:postgresql://h/db");
        assertThat(ServeCommand.databaseUrl(null, null, Path.of("./data")))
                .isEqualTo("jdbc:sqlite:./data/backoffice.db");
        assertThat(ServeCommand.databaseUrl(null, "", Path.of("/srv/bo")))
                .isEqualTo("jdbc:sqlite:/srv/bo/backoffice.db");
    }

    @Test
    void aBadDatabaseUrlIsOneLineAndExitCodeOne() {
        int exit = BackofficeCli.execute("serve", "--port", "0", "--db", "jdbc:mysql://localhost/bo");

        assertThat(exit).isEqualTo(1);
        assertThat(console.err().strip()).isEqualTo("error: db: must be a jdbc:sqlite: or jdbc:postgresql: URL");
    }

    @Test
    void aTakenPortIsOneLineWithoutAStackTraceAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            int exit = BackofficeCli.execute(
                    "serve", "--port", String.valueOf(taken.getLocalPort()), "--db", "jdbc:sqlite:target/tmp/serve.db");

            assertThat(exit).isEqualTo(1);
            String errors = console.err();
            assertThat(errors)
                    .contains("error: Backoffice could not start: port " + taken.getLocalPort() + " is already in use")
                    .doesNotContain("\tat ", "Exception");
            assertThat(console.out()).doesNotContain("ready");
        }
    }
}
