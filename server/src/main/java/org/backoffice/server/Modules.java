package org.backoffice.server;

import java.util.List;
import org.backoffice.banking.BankProfile;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.profile.Profiles;
import org.backoffice.securities.Securities;
import org.backoffice.securities.SecuritiesProfile;
import org.backoffice.securities.SecuritiesSettings;

/**
 * The back office as one process runs it: one platform over one database, with the banking and
 * securities modules on it. An installation is prepared with the {@code bank} profile (a bank with
 * securities enabled) or the {@code broker} profile (securities without the bank's document types).
 */
public record Modules(Platform platform, Banking banking, Securities securities) implements AutoCloseable {

    public static Modules open(PlatformConfig config, BankingSettings bank, SecuritiesSettings securities) {
        String url = config.ledger().url();
        Banking.migrate(url);
        Securities.migrate(url);
        BankProfile bankProfile = BankProfile.of(bank);
        SecuritiesProfile securitiesProfile = SecuritiesProfile.of(securities);
        Platform platform = Platform.open(config.withProfiles(
                List.of(securitiesProfile.extend(bankProfile.profile()), securitiesProfile.extend(Profiles.broker()))));
        try {
            return new Modules(
                    platform, Banking.attach(platform, bankProfile), Securities.attach(platform, securitiesProfile));
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    @Override
    public void close() {
        securities.close();
        banking.close();
    }
}
