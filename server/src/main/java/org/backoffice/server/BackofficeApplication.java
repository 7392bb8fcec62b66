package org.backoffice.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Spring configuration of the server: web UI, REST API, security and metrics.
 *
 * <p>The ledger and the platform open the database themselves, so no DataSource, Flyway or JPA
 * auto-configuration may run here, even if a starter brings one onto the classpath later.
 */
@SpringBootApplication(
        excludeName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"
        })
@EnableConfigurationProperties(BackofficeProperties.class)
public class BackofficeApplication {}
