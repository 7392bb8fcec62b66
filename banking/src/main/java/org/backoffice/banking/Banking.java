package org.backoffice.banking;

import java.util.List;
import java.util.Map;
import org.backoffice.banking.account.CustomerAccounts;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.cash.CashDesk;
import org.backoffice.banking.clearing.Clearing;
import org.backoffice.banking.clearing.ClearingCycles;
import org.backoffice.banking.clearing.ClearingExceptions;
import org.backoffice.banking.clearing.IncomingClearing;
import org.backoffice.banking.client.Clients;
import org.backoffice.banking.eod.EndOfDay;
import org.backoffice.banking.internal.BankingSchema;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.banking.payment.Payments;
import org.backoffice.banking.payment.Rates;
import org.backoffice.banking.payment.ValueDates;
import org.backoffice.banking.reconciliation.Reconciliation;
import org.backoffice.banking.reconciliation.ReconciliationSettings;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.organisation.BusinessCalendar;

/**
 * The bank's back office over an open platform: clients, their accounts, payments and rates. The
 * platform must have been opened with {@link BankProfile#profile()} among its profiles.
 */
public final class Banking implements AutoCloseable {
    private final Platform platform;
    private final BankingSettings settings;
    private final Clients clients;
    private final HouseAccounts house;
    private final CustomerAccounts accounts;
    private final Rates rates;
    private final Payments payments;
    private final Reconciliation reconciliation;
    private final CashDesk cash;
    private final Clearing clearing;
    private final EndOfDay endOfDay;

    private Banking(Platform platform, BankProfile profile) {
        this.platform = platform;
        this.settings = profile.settings();
        this.clients = new Clients(platform, platform.ids());
        this.house = new HouseAccounts(platform, settings);
        this.accounts = new CustomerAccounts(platform, settings, clients, house);
        this.rates = new Rates(platform);
        ValueDates valueDates = new ValueDates(
                platform.clock(),
                settings.zone(),
                settings.cutOff(),
                this::calendar,
                () -> BusinessDays.lastClosed(platform.ledger().readers()));
        this.payments = new Payments(platform, profile.directory(), valueDates, rates);
        this.reconciliation = new Reconciliation(platform, settings, ReconciliationSettings.defaults(), this::calendar);
        this.cash = new CashDesk(platform, settings, house, valueDates);
        this.clearing = new Clearing(
                new ClearingCycles(platform, settings, house, valueDates),
                new IncomingClearing(platform, house, valueDates),
                new ClearingExceptions(platform, house, valueDates));
        this.endOfDay = new EndOfDay(platform, settings, this::calendar);
    }

    /**
     * Migrates the banking tables, then opens the platform with the bank profile (the platform's
     * own with the banking document types) and binds those types to its database. Closing the
     * banking module closes the platform.
     */
    public static Banking open(PlatformConfig config, BankingSettings settings) {
        migrate(config.ledger().url());
        BankProfile profile = BankProfile.of(settings);
        Platform platform = Platform.open(config.withProfiles(List.of(profile.profile())));
        try {
            return attach(platform, profile);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** Migrates the banking tables; run it before the platform opens on the database. */
    public static void migrate(String url) {
        BankingSchema.migrate(url);
    }

    /**
     * The banking module over a platform opened with {@code profile}'s profile among its own (perhaps
     * extended by another module), binding the profile's document types to the platform's database.
     * Closing the banking module closes the platform.
     */
    public static Banking attach(Platform platform, BankProfile profile) {
        profile.directory().bind(platform.ledger().readers());
        profile.cash().bind(platform.ledger());
        Banking banking = new Banking(platform, profile);
        profile.bindHeadOffice(banking.house::headOffice);
        return banking;
    }

    @Override
    public void close() {
        platform.close();
    }

    /** The bank's business calendar; weekends only until one is set up under the settings' code. */
    public BusinessCalendar calendar() {
        return platform.organisation()
                .calendar(settings.calendar())
                .orElseGet(() -> new BusinessCalendar(settings.calendar(), "Weekends only", Map.of()));
    }

    public Platform platform() {
        return platform;
    }

    public BankingSettings settings() {
        return settings;
    }

    public Clients clients() {
        return clients;
    }

    public CustomerAccounts accounts() {
        return accounts;
    }

    public HouseAccounts house() {
        return house;
    }

    public Rates rates() {
        return rates;
    }

    public Payments payments() {
        return payments;
    }

    /** Nostro accounts reconciled with the correspondents' statements. */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /** The cash desk: desks, cashiers' shifts, cash orders and collections, the cash book. */
    public CashDesk cash() {
        return cash;
    }

    /** Clearing cycles and netting, incoming clearing files, the exceptions queue. */
    public Clearing clearing() {
        return clearing;
    }

    /** End of day: accrual, fees, the day's close, balance snapshots and the report. */
    public EndOfDay endOfDay() {
        return endOfDay;
    }
}
