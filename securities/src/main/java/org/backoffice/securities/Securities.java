package org.backoffice.securities;

import java.util.List;
import org.backoffice.platform.Platform;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.profile.Profiles;
import org.backoffice.securities.confirmation.Confirmations;
import org.backoffice.securities.corporate.CorporateActions;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.fail.Fails;
import org.backoffice.securities.internal.SecuritiesSchema;
import org.backoffice.securities.position.Positions;
import org.backoffice.securities.reconciliation.SecuritiesReconciliation;
import org.backoffice.securities.reconciliation.TradeReferences;
import org.backoffice.securities.reference.Counterparties;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.reference.Markets;
import org.backoffice.securities.registrar.TransferOrders;
import org.backoffice.securities.settlement.Settlement;
import org.backoffice.securities.trade.DropCopyCapture;
import org.backoffice.securities.trade.TradeBook;

/**
 * The securities back office over an open platform whose profile the {@link SecuritiesProfile}
 * extended: reference data, the trade book, settlement, positions and reconciliation.
 */
public final class Securities implements AutoCloseable {
    private final Platform platform;
    private final SecuritiesSettings settings;
    private final Markets markets;
    private final Instruments instruments;
    private final Counterparties counterparties;
    private final DepoAccounts depoAccounts;
    private final Books books;
    private final TradeBook trades;
    private final DropCopyCapture dropCopy;
    private final Positions positions;
    private final Fails fails;
    private final CorporateActions corporateActions;
    private final Confirmations confirmations;
    private final SecuritiesReconciliation reconciliation;
    private final Settlement settlement;
    private final TransferOrders transferOrders;
    private final boolean ownsPlatform;

    private Securities(Platform platform, SecuritiesProfile profile, boolean ownsPlatform) {
        this.platform = platform;
        this.settings = profile.settings();
        this.ownsPlatform = ownsPlatform;
        this.markets = new Markets(platform);
        this.instruments = new Instruments(platform, markets);
        this.counterparties = new Counterparties(platform, markets);
        this.depoAccounts = new DepoAccounts(platform);
        this.books = new Books(platform);
        this.trades = new TradeBook(platform, settings, markets, instruments, counterparties, depoAccounts, books);
        this.dropCopy = new DropCopyCapture(trades, counterparties, instruments);
        this.positions = new Positions(platform, instruments, depoAccounts);
        this.fails = new Fails(platform, markets, instruments, depoAccounts, books);
        this.corporateActions = new CorporateActions(platform, instruments, depoAccounts, books);
        this.confirmations = new Confirmations(platform, settings, trades, instruments, counterparties, depoAccounts);
        // A statement quotes our instruction's reference back; a trade reference is tried after it.
        this.reconciliation = new SecuritiesReconciliation(
                platform,
                settings,
                depoAccounts,
                instruments,
                trades,
                TradeReferences.either(TradeReferences.instructions(platform), TradeReferences.tradeRefs(platform)));
        this.settlement = new Settlement(platform, settings, instruments, counterparties, depoAccounts, books);
        this.transferOrders = new TransferOrders(platform, settings, settlement, trades, counterparties, depoAccounts);
        // The securities document types computing from the open module.
        profile.bind(this);
    }

    /** Migrates the module's tables; run it before the platform opens on the database. */
    public static void migrate(String url) {
        SecuritiesSchema.migrate(url);
    }

    /** The module over a platform opened with a profile {@code profile} extended. */
    public static Securities attach(Platform platform, SecuritiesProfile profile) {
        return new Securities(platform, profile, false);
    }

    /**
     * Migrates the tables and opens a platform of its own with the {@code broker} profile and
     * securities; closing the module closes that platform.
     */
    public static Securities open(PlatformConfig config, SecuritiesSettings settings) {
        migrate(config.ledger().url());
        SecuritiesProfile profile = SecuritiesProfile.of(settings);
        Platform platform = Platform.open(config.withProfiles(List.of(profile.extend(Profiles.broker()))));
        try {
            return new Securities(platform, profile, true);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (ownsPlatform) {
            platform.close();
        }
    }

    public Platform platform() {
        return platform;
    }

    public SecuritiesSettings settings() {
        return settings;
    }

    public Markets markets() {
        return markets;
    }

    public Instruments instruments() {
        return instruments;
    }

    public Counterparties counterparties() {
        return counterparties;
    }

    public DepoAccounts depoAccounts() {
        return depoAccounts;
    }

    /** The book accounts of custody, client money and settlement, opened on first use. */
    public Books books() {
        return books;
    }

    /** The trade book: capture, enrichment, validation, the repair queue, amendments and cancellations. */
    public TradeBook trades() {
        return trades;
    }

    /** Trades from a FIX drop copy: a message log, or a live session on loopback. */
    public DropCopyCapture dropCopy() {
        return dropCopy;
    }

    /** Positions on trade-date and settlement-date basis, cash, and realised P&amp;L. */
    public Positions positions() {
        return positions;
    }

    /** Settlement fails and their CSDR penalties. */
    public Fails fails() {
        return fails;
    }

    /** Dividends, coupons and splits: announcement, approval and entitlements. */
    public CorporateActions corporateActions() {
        return corporateActions;
    }

    /** Sale contracts, affirmations and matching against the counterparty's confirmations. */
    public Confirmations confirmations() {
        return confirmations;
    }

    /** Reconciliation with the depository and the settlement bank, and its breaks. */
    public SecuritiesReconciliation reconciliation() {
        return reconciliation;
    }

    /** Settlement instructions, their statuses and confirmations, DvP in the ledger, cancellations. */
    public Settlement settlement() {
        return settlement;
    }

    /** Transfer orders to the registrar for registrar-held instruments. */
    public TransferOrders transferOrders() {
        return transferOrders;
    }
}
