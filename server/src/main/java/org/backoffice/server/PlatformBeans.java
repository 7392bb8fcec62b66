package org.backoffice.server;

import org.backoffice.banking.Banking;
import org.backoffice.banking.demo.DemoBank;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.demo.DemoOrganisation;
import org.backoffice.platform.security.PasswordHasher;
import org.backoffice.reporting.FinancialReports;
import org.backoffice.securities.Securities;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.demo.DemoBroker;
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
    Modules modules(BackofficeProperties properties, PasswordEncoder encoder) {
        Modules modules = Modules.open(
                PlatformConfig.of(LedgerConfig.of(properties.dbUrl()).withReaders(READERS), hasher(encoder)),
                properties.bankingSettings(),
                SecuritiesSettings.defaults());
        try {
            Platform platform = modules.platform();
            Banking banking = modules.banking();
            if (properties.demo() && DemoOrganisation.loadInto(platform)) {
                LOG.info("event=demo_loaded branches={}", DemoOrganisation.BRANCHES);
            }
            if (properties.demo() && DemoBank.loadInto(banking, properties.demoEndOfDay())) {
                LOG.info("event=demo_bank_day_loaded payments={}", DemoBank.PAYMENTS);
            }
            if (properties.demo()) {
                int trades = DemoBroker.loadInto(modules.securities());
                if (trades > 0) {
                    LOG.info("event=demo_broker_loaded trades={}", trades);
                }
            }
            if (!platform.users().anyAdministrator()) {
                LOG.warn("event=no_users hint=\"run ./backoffice init --profile bank to create the first administrator,"
                        + " or serve --demo\"");
            }
            return modules;
        } catch (RuntimeException e) {
            modules.close();
            throw e;
        }
    }

    /** The bank's back office; closed with the modules. */
    @Bean(destroyMethod = "")
    Banking banking(Modules modules) {
        return modules.banking();
    }

    /** The securities back office; closed with the modules. */
    @Bean(destroyMethod = "")
    Securities securities(Modules modules) {
        return modules.securities();
    }

    /** The platform both modules stand on; closed with them. */
    @Bean(destroyMethod = "")
    Platform platform(Modules modules) {
        return modules.platform();
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
