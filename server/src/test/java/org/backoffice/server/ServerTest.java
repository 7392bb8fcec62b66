package org.backoffice.server;

import java.nio.file.Path;
import org.backoffice.platform.Platform;
import org.backoffice.server.web.ProblemTestController;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server on a random port over a fresh SQLite file with the demo organisation and the demo bank's
 * day (without last night's end of day), plus the test API controller; every subclass shares one running server. The limit per client address is
 * raised because every test request comes from 127.0.0.1.
 */
@SpringBootTest(
        classes = {BackofficeApplication.class, ProblemTestController.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "backoffice.login.max-attempts-per-minute-per-address=100000",
            "backoffice.demo=true",
            // Tests date vouchers on past days, which a closed business day would refuse.
            "backoffice.demo-end-of-day=false"
        })
public abstract class ServerTest {
    private static final Path DATABASE =
            Path.of(System.getProperty("java.io.tmpdir"), "server-test-" + System.nanoTime(), "backoffice.db");

    @LocalServerPort
    protected int port;

    @Autowired
    protected Platform platform;

    protected TestUsers users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("backoffice.db-url", () -> "jdbc:sqlite:" + DATABASE);
    }

    @BeforeEach
    void testUsers() {
        users = new TestUsers(platform);
    }

    /** A client with its own cookies, as one browser would be. */
    protected Http http() {
        return new Http(port);
    }
}
