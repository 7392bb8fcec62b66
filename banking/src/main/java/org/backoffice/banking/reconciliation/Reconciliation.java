package org.backoffice.banking.reconciliation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.reconciliation.internal.NostroPostings;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.Breaks;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.StatementFormat;

/**
 * Reconciles the bank's nostro book accounts with the statements of its correspondents: the entry
 * point, over one unit per job. {@link NostroRegister} registers the nostro accounts, {@link
 * StatementImports} imports the statements, {@link NostroMatching} matches their entries with our
 * postings, {@link NostroBreaks} handles what stays unmatched on the platform's break lifecycle, and
 * {@link ReconciliationReports} reconciles a day. Each unit checks the roles and branches itself.
 */
public final class Reconciliation {
    /** The module's name for its breaks among the platform's. */
    public static final String BREAKS = "BANKING";

    private final NostroRegister register;
    private final StatementImports imports;
    private final NostroMatching matching;
    private final NostroBreaks breaks;
    private final ReconciliationReports reports;

    public Reconciliation(
            Platform platform,
            BankingSettings settings,
            ReconciliationSettings rules,
            Supplier<BusinessCalendar> calendar) {
        NostroPostings postings = new NostroPostings(platform);
        Breaks lifecycle = new Breaks(platform, BREAKS, calendar, settings.zone());
        this.register = new NostroRegister(platform);
        this.matching = new NostroMatching(platform, register, rules, calendar, postings, lifecycle);
        this.imports = new StatementImports(platform, register, matching);
        this.breaks = new NostroBreaks(platform, register, postings, lifecycle);
        this.reports = new ReconciliationReports(platform, register, postings, lifecycle);
    }

    public ReconciliationSettings rules() {
        return matching.rules();
    }

    /** See {@link NostroRegister#register}. */
    public NostroAccount register(Actor actor, RegisterNostro request) {
        return register.register(actor, request);
    }

    public List<NostroAccount> nostros(Actor actor) {
        return register.nostros(actor);
    }

    public NostroAccount nostro(Actor actor, String bookNumber) {
        return register.nostro(actor, bookNumber);
    }

    /** See {@link StatementImports#importFile}. */
    public ImportResult importFile(Actor actor, String content, StatementFormat format) {
        return imports.importFile(actor, content, format);
    }

    public List<ImportedStatement> statements(Actor actor, String bookNumber) {
        return imports.statements(actor, bookNumber);
    }

    public List<StatementItem> entries(Actor actor, String bookNumber) {
        return imports.entries(actor, bookNumber);
    }

    /** See {@link NostroMatching#match}. */
    public MatchRun match(Actor actor, String bookNumber) {
        return matching.match(actor, bookNumber);
    }

    public List<NostroPosting> postings(Actor actor, String bookNumber) {
        return reports.postings(actor, bookNumber);
    }

    public List<Match> matches(Actor actor, String bookNumber) {
        return reports.matches(actor, bookNumber);
    }

    /** See {@link NostroBreaks#breaks}. */
    public List<Break> breaks(Actor actor, BreakQuery query) {
        return breaks.breaks(actor, query);
    }

    public Break breakOf(Actor actor, long id) {
        return breaks.breakOf(actor, id);
    }

    public Break assign(Actor actor, long id, String owner) {
        return breaks.assign(actor, id, owner);
    }

    public Break resolve(Actor actor, long id, Resolve resolve) {
        return breaks.resolve(actor, id, resolve);
    }

    /** See {@link ReconciliationReports#report}. */
    public ReconciliationReport report(Actor actor, String bookNumber, LocalDate date) {
        return reports.report(actor, bookNumber, date);
    }
}
