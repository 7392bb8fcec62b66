package org.backoffice.server;

import org.backoffice.server.security.UserDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the platform module's services become beans: this class is the one place that opens the platform and
 * adapts its users to the server's {@link UserDirectory}. Until the platform is wired in, the directory knows
 * nobody, so the server starts and every sign-in is refused.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformBeans {
    @Bean
    UserDirectory userDirectory() {
        return UserDirectory.NOBODY;
    }
}
