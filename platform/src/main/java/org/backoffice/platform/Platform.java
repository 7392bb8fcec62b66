package org.backoffice.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.attachment.Attachments;
import org.backoffice.platform.audit.AuditChain;
import org.backoffice.platform.audit.AuditLog;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.Consistency;
import org.backoffice.platform.document.ApprovalPolicy;
import org.backoffice.platform.document.DocumentKinds;
import org.backoffice.platform.document.Documents;
import org.backoffice.platform.document.internal.DocumentCodec;
import org.backoffice.platform.document.internal.DocumentRows;
import org.backoffice.platform.document.internal.DocumentStore;
import org.backoffice.platform.internal.Schema;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.journal.OpeningBalances;
import org.backoffice.platform.operation.Operations;
import org.backoffice.platform.operation.internal.OperationCompanion;
import org.backoffice.platform.organisation.Accounts;
import org.backoffice.platform.organisation.ChartAccount;
import org.backoffice.platform.organisation.Organisation;
import org.backoffice.platform.organisation.Reports;
import org.backoffice.platform.profile.Profile;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.Users;

/**
 * The platform every back office stands on: documents with maker-checker over the ledger, the
 * audit log, reference data, users and profiles. One instance per process, over one database.
 */
public final class Platform implements AutoCloseable {
    private static final String PROFILE_SETTING = "profile";

    private final Ledger ledger;
    private final Profile profile;
    private final boolean prepared;
    private final AuditChain chain;
    private final Clock clock;
    private final Documents documents;
    private final Accounts accounts;
    private final Organisation organisation;
    private final Users users;
    private final AuditLog audit;
    private final Attachments attachments;
    private final Reports reports;
    private final TransactionIds ids;
    private final Operations operations;
    private final Consistency consistency;
    private final OpeningBalances openingBalances = new OpeningBalances();

    private Platform(PlatformConfig config, Profile profile, boolean prepared) {
        this.profile = profile;
        this.prepared = prepared;
        this.clock = config.ledger().clock();
        boolean postgres = config.ledger().url().startsWith("jdbc:postgresql:");
        DocumentKinds kinds = new DocumentKinds(profile.documentKinds());
        this.ledger = Ledger.open(config.ledger().withCompanion(new OperationCompanion(postgres, clock)));
        try {
            this.chain = new AuditChain(postgres);
            this.ids = new TransactionIds(clock, config.node());
            this.accounts = new Accounts(ledger, chain, clock, ids);
            Map<String, ApprovalPolicy> policies = new HashMap<>();
            profile.policies().forEach(p -> policies.put(p.documentType(), p));
            DocumentStore store = new DocumentStore(ledger.readers(), new DocumentCodec(kinds));
            DocumentRows rows = new DocumentRows(kinds, postgres, clock);
            this.documents =
                    new Documents(ledger, rows, store, kinds, policies, profile.permissions(), accounts, clock, ids);
            this.operations = new Operations(ledger, profile.permissions());
            operations.register(openingBalances);
            this.organisation = new Organisation(ledger, chain, clock);
            this.users = new Users(ledger, chain, config.hasher(), clock, ids);
            this.audit = new AuditLog(ledger.readers());
            this.attachments = new Attachments(ledger, documents, chain, clock);
            this.reports = new Reports(ledger);
            this.consistency = new Consistency(ledger, kinds, operations, audit, profile.permissions());
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    /**
     * Opens the platform, migrating its schema; the profile is the one the installation was prepared
     * with, or the first of the configuration's before it is prepared.
     */
    public static Platform open(PlatformConfig config) {
        String url = config.ledger().url();
        Schema.migrate(url);
        Optional<String> profileName = setting(url, PROFILE_SETTING);
        Profile profile =
                profileName.map(config::profile).orElse(config.profiles().get(0));
        return new Platform(config, profile, profileName.isPresent());
    }

    /**
     * Prepares the installation with its profile: assets, chart of accounts, and the profile's name.
     * Does nothing if it was prepared before with the same profile.
     */
    public void prepare(Actor actor) {
        actor.requireRole(Role.ADMINISTRATOR);
        for (Asset asset : profile.assets()) {
            if (ledger.asset(asset.code()).isEmpty()) {
                ledger.defineAsset(asset);
            }
        }
        List<String> existing =
                organisation.chart().stream().map(ChartAccount::code).toList();
        for (ChartAccount account : profile.chart()) {
            if (!existing.contains(account.code())) {
                organisation.add(actor, account);
            }
        }
        if (!preparedNow()) {
            long now = Micros.now(clock);
            ledger.change(c -> {
                Sql.update(
                        c,
                        "INSERT INTO platform_settings (name, value) VALUES (?, ?)",
                        PROFILE_SETTING,
                        profile.name());
                chain.append(
                        c,
                        now,
                        List.of(new AuditRecord(
                                actor.username(),
                                "PREPARE",
                                "Installation",
                                profile.name(),
                                null,
                                null,
                                "{\"profile\":\"" + profile.name() + "\"}")));
                return null;
            });
        }
    }

    /** Whether {@link #prepare} has run on this database. */
    public boolean prepared() {
        return prepared || preparedNow();
    }

    private boolean preparedNow() {
        return Sql.count(ledger.readers(), "SELECT COUNT(*) FROM platform_settings WHERE name = ?", PROFILE_SETTING)
                > 0;
    }

    public Profile profile() {
        return profile;
    }

    public Clock clock() {
        return clock;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Documents documents() {
        return documents;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Users users() {
        return users;
    }

    public AuditLog audit() {
        return audit;
    }

    public Attachments attachments() {
        return attachments;
    }

    public Reports reports() {
        return reports;
    }

    /** Who may take which action on which document or operation type: the one permission mechanism. */
    public org.backoffice.platform.security.Permissions permissions() {
        return profile.permissions();
    }

    /** Opening balances, the demo data's and a benchmark's funding: recorded by an administrator. */
    public OpeningBalances openingBalances() {
        return openingBalances;
    }

    /** The one path on which modules record their operations. */
    public Operations operations() {
        return operations;
    }

    /** What {@code backoffice check} verifies: the ledger, the documents and every module's rows. */
    public Consistency consistency() {
        return consistency;
    }

    /** Time-ordered ids, unique across the nodes sharing the database, for modules' own rows. */
    public TransactionIds ids() {
        return ids;
    }

    /**
     * Changes a module's own rows in one transaction on the writer's connection, with their audit
     * entries appended to the hash chain in the same transaction: both commit or neither does.
     */
    public <T> T change(List<AuditRecord> records, Ledger.SqlWork<T> work) {
        long now = Micros.now(clock);
        return ledger.change(c -> {
            T result = work.run(c);
            chain.append(c, now, records);
            return result;
        });
    }

    @Override
    public void close() {
        ledger.close();
    }

    private static Optional<String> setting(String url, String name) {
        try (Connection c = DriverManager.getConnection(url)) {
            return Sql.query(c, "SELECT value FROM platform_settings WHERE name = ?", rs -> rs.getString(1), name)
                    .stream()
                    .findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the platform's settings: " + e.getMessage(), e);
        }
    }
}
