package org.backoffice.server;

import java.util.Set;
import org.backoffice.server.security.InMemoryUserDirectory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The users of the web tests, in place of the platform's directory. */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {
    public static final String ALICE = "alice";
    public static final String ALICE_PASSWORD = "alice-secret-1";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-secret-1";
    public static final String AUDITOR = "auditor";
    public static final String AUDITOR_PASSWORD = "auditor-secret-1";
    public static final String ALICE_TOKEN = "bo_alice_0123456789";
    public static final String ADMIN_TOKEN = "bo_admin_0123456789";
    public static final String AUDITOR_TOKEN = "bo_auditor_0123456789";

    @Bean
    @Primary
    InMemoryUserDirectory testUserDirectory() {
        return new InMemoryUserDirectory()
                .add(ALICE, ALICE_PASSWORD, Set.of("OPERATOR"), Set.of("HO"))
                .add(ADMIN, ADMIN_PASSWORD, Set.of("ADMINISTRATOR"), Set.of())
                .add(AUDITOR, AUDITOR_PASSWORD, Set.of("AUDITOR"), Set.of())
                .addToken(ALICE_TOKEN, ALICE)
                .addToken(ADMIN_TOKEN, ADMIN)
                .addToken(AUDITOR_TOKEN, AUDITOR);
    }
}
