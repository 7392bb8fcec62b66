package org.backoffice.server;

import org.backoffice.server.security.InMemoryUserDirectory;
import org.backoffice.server.web.ProblemTestController;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server on a random port with the test users and the test API controller; every subclass shares one running
 * server. The limit per client address is raised because every test request comes from 127.0.0.1.
 */
@SpringBootTest(
        classes = {BackofficeApplication.class, TestUsers.class, ProblemTestController.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"backoffice.login.max-attempts-per-minute-per-address=100000"})
public abstract class ServerTest {
    @LocalServerPort
    protected int port;

    @Autowired
    protected InMemoryUserDirectory users;

    /** A client with its own cookies, as one browser would be. */
    protected Http http() {
        return new Http(port);
    }
}
