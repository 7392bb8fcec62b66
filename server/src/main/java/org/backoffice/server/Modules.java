package org.backoffice.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backoffice.banking.BankProfile;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.profile.Profile;
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
        return open(config, bank, securities, null);
    }

    /**
     * As {@link #open(PlatformConfig, BankingSettings, SecuritiesSettings)}, but a database not yet prepared opens
     * with the named profile ({@code bank} or {@code broker}), so that {@code init --profile broker} prepares a broker.
     */
    public static Modules open(
            PlatformConfig config, BankingSettings bank, SecuritiesSettings securities, String preparedAs) {
        String url = config.ledger().url();
        Banking.migrate(url);
        Securities.migrate(url);
        BankProfile bankProfile = BankProfile.of(bank);
        SecuritiesProfile securitiesProfile = SecuritiesProfile.of(securities);
        List<Profile> profiles = new ArrayList<>(
                List.of(securitiesProfile.extend(bankProfile.profile()), securitiesProfile.extend(Profiles.broker())));
        // The platform takes the first profile until the installation is prepared with one.
        profiles.sort(Comparator.comparing(p -> !p.name().equals(preparedAs)));
        Platform platform = Platform.open(config.withProfiles(profiles));
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
