package org.backoffice.server;

import java.nio.file.Path;
import org.backoffice.banking.BankingSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's settings, under {@code backoffice.*}; {@code backoffice serve} sets the first three from its
 * options.
 *
 * @param dbUrl the JDBC URL of the database ({@code jdbc:sqlite:...} or {@code jdbc:postgresql:...})
 * @param dataDir where files live: the SQLite database, attachments
 * @param demo whether to open the demo organisation with its well-known passwords
 * @param demoEndOfDay whether the demo closes the previous business day, as last night's end of day
 * @param login limits on sign-in attempts
 * @param bank the bank's own settings: approval threshold and cut-off
 */
@ConfigurationProperties("backoffice")
public record BackofficeProperties(
        @DefaultValue(DEFAULT_DB_URL) String dbUrl,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue("true") boolean demoEndOfDay,
        @DefaultValue Login login,
        @DefaultValue Bank bank) {

    public static final String DEFAULT_DB_URL = "jdbc:sqlite:./data/backoffice.db";

    public BackofficeProperties {
        DatabaseUrl.parse(dbUrl);
    }

    /** The banking module's settings: the demo bank's, with the threshold and cut-off as configured. */
    public BankingSettings bankingSettings() {
        return BankingSettings.defaults()
                .withPaymentApprovalThreshold(bank.paymentApprovalThreshold())
                .withCutOff(bank.cutOff());
    }

    /**
     * @param paymentApprovalThreshold payments from this amount up need a second user's approval
     * @param cutOff after this time of the bank's day, payments take the next business day's value date
     */
    public record Bank(
            @DefaultValue("10000.00") java.math.BigDecimal paymentApprovalThreshold,
            @DefaultValue("16:00") java.time.LocalTime cutOff) {
        public Bank {
            if (paymentApprovalThreshold.signum() < 0) {
                throw new IllegalArgumentException("bank.payment-approval-threshold: must be zero or more");
            }
        }
    }

    /**
     * Sign-in attempts allowed per minute, counted per user name and per client address. Form sign-ins count
     * every attempt; API requests with a password or token count failed ones.
     */
    public record Login(
            @DefaultValue("10") int maxAttemptsPerMinute,
            @DefaultValue("30") int maxAttemptsPerMinutePerAddress) {
        public Login {
            if (maxAttemptsPerMinute < 1) {
                throw new IllegalArgumentException("login.max-attempts-per-minute: must be at least 1");
            }
            if (maxAttemptsPerMinutePerAddress < 1) {
                throw new IllegalArgumentException("login.max-attempts-per-minute-per-address: must be at least 1");
            }
        }
    }
}
