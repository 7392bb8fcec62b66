package org.backoffice.securities.reconciliation;

import java.util.List;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.Breaks;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.HoldingsStatement;
import org.backoffice.platform.statement.StatementFile;
import org.backoffice.platform.statement.TransactionStatement;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.reconciliation.internal.BookFigures;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.trade.TradeBook;

/**
 * Reconciliation with the depository and the settlement bank: the entry point, over one unit per
 * check. A statement's account is one of our depo accounts or a firm account ({@link
 * FirmAccounts}); {@link HoldingsReconciliation} checks positions against an MT535, {@link
 * TransactionReconciliation} trades against an MT536 or MT537, {@link CashReconciliation} the
 * settlement account against a camt.053; each difference is a break ({@link SecuritiesBreaks}) on
 * the platform's break lifecycle, aged in business days, and {@link BreakReport} counts the open
 * ones by owner and age.
 */
public final class SecuritiesReconciliation {
    /** The module's name for its breaks among the platform's. */
    public static final String BREAKS = "SECURITIES";

    private final FirmAccounts accounts;
    private final HoldingsReconciliation holdings;
    private final TransactionReconciliation transactions;
    private final CashReconciliation cash;
    private final SecuritiesBreaks breaks;
    private final BreakReport report;

    public SecuritiesReconciliation(
            Platform platform,
            SecuritiesSettings settings,
            DepoAccounts depoAccounts,
            Instruments instruments,
            TradeBook trades,
            TradeReferences references) {
        // The firm has no calendar of its own yet: breaks age by weekdays.
        BusinessCalendar weekdays = BusinessCalendar.weekendsOnly(BREAKS);
        Breaks lifecycle = new Breaks(platform, BREAKS, () -> weekdays, settings.zone());
        BookFigures books = new BookFigures(platform);
        this.accounts = new FirmAccounts(platform, depoAccounts);
        this.breaks = new SecuritiesBreaks(platform, lifecycle);
        this.holdings = new HoldingsReconciliation(accounts, instruments, books, breaks);
        this.transactions = new TransactionReconciliation(platform, accounts, trades, references, breaks);
        this.cash = new CashReconciliation(platform, accounts, trades, references, books, breaks);
        this.report = new BreakReport(lifecycle);
    }

    /** See {@link FirmAccounts#register}. */
    public void registerFirmAccount(Actor actor, String account, String branch) {
        accounts.register(actor, account, branch);
    }

    /**
     * Reconciles what a statement file holds with the check for its kind: holdings (MT535) against
     * positions, transactions (MT536, MT537) against trades, each cash statement (camt.053) against
     * the settlement bank account.
     */
    public List<ReconciliationResult> reconcile(Actor actor, StatementFile file) {
        return switch (file) {
            case StatementFile.Holdings h -> List.of(positions(actor, h.statement()));
            case StatementFile.Transactions t -> List.of(transactions(actor, t.statement()));
            case StatementFile.Cash c ->
                c.statements().stream().map(s -> cash(actor, s)).toList();
        };
    }

    /** See {@link HoldingsReconciliation#positions}. */
    public ReconciliationResult positions(Actor actor, HoldingsStatement statement) {
        return holdings.positions(actor, statement);
    }

    /** See {@link TransactionReconciliation#transactions}. */
    public ReconciliationResult transactions(Actor actor, TransactionStatement statement) {
        return transactions.transactions(actor, statement);
    }

    /** See {@link CashReconciliation#cash}. */
    public ReconciliationResult cash(Actor actor, AccountStatement statement) {
        return cash.cash(actor, statement);
    }

    /** See {@link SecuritiesBreaks#breaks}. */
    public List<Break> breaks(Actor actor, BreakQuery query) {
        return breaks.breaks(actor, query);
    }

    public Break assign(Actor actor, long breakId, String owner) {
        return breaks.assign(actor, breakId, owner);
    }

    public Break resolve(Actor actor, long breakId, String resolution) {
        return breaks.resolve(actor, breakId, resolution);
    }

    /** See {@link BreakReport#table}. */
    public ReportTable report(Actor actor) {
        return report.table(actor);
    }

    public byte[] report(Actor actor, ReportFormat format) {
        return report.file(actor, format);
    }
}
