package org.backoffice.server;

import org.backoffice.banking.Banking;
import org.backoffice.banking.demo.DemoBank;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.security.PasswordHasher;
import org.backoffice.reporting.FinancialReports;
import org.backoffice.server.security.PlatformUserDirectory;
import org.backoffice.server.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Where the platform module's services become beans: the one place that opens the platform over
 * the configured database and adapts its users to the server's {@link UserDirectory}.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformBeans {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformBeans.class);
    /** Read connections: every concurrent request reads (documents, balances, its idempotency key). */
    private static final int READERS = 16;

    @Bean(destroyMethod = "close")
    Banking banking(BackofficeProperties properties, PasswordEncoder encoder) {
        Banking banking = Banking.open(
                PlatformConfig.of(LedgerConfig.of(properties.dbUrl()).withReaders(READERS), hasher(encoder)),
                properties.bankingSettings());
        try {
            Platform platform = banking.platform();
            if (properties.demo() && DemoOrganisation.loadInto(platform)) {
                LOG.info("event=demo_loaded branches={}", DemoOrganisation.BRANCHES);
            }
            if (properties.demo() && DemoBank.loadInto(banking, properties.demoEndOfDay())) {
                LOG.info("event=demo_bank_day_loaded payments={}", DemoBank.PAYMENTS);
            }
            if (!platform.users().anyAdministrator()) {
                LOG.warn("event=no_users hint=\"run ./backoffice init --profile bank to create the first administrator,"
                        + " or serve --demo\"");
            }
            return banking;
        } catch (RuntimeException e) {
            banking.close();
            throw e;
        }
    }

    /** The platform the banking module opened; closed with it. */
    @Bean(destroyMethod = "")
    Platform platform(Banking banking) {
        return banking.platform();
    }

    @Bean
    FinancialReports financialReports(Platform platform) {
        return new FinancialReports(platform);
    }

    @Bean
    UserDirectory userDirectory(Platform platform) {
        return new PlatformUserDirectory(platform.users(), platform.clock());
    }

    public static PasswordHasher hasher(PasswordEncoder encoder) {
        return new PasswordHasher() {
            @Override
            public String hash(CharSequence password) {
                return encoder.encode(password);
            }

            @Override
            public boolean matches(CharSequence password, String hash) {
                return encoder.matches(password, hash);
            }
        };
    }
}
