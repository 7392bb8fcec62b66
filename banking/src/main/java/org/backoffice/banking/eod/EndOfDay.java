package org.backoffice.banking.eod;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.eod.internal.BalanceSnapshots;
import org.backoffice.banking.eod.internal.Checkpoint;
import org.backoffice.banking.eod.internal.DayClose;
import org.backoffice.banking.eod.internal.EodJournal;
import org.backoffice.banking.eod.internal.EodKinds;
import org.backoffice.banking.eod.internal.EodReports;
import org.backoffice.banking.eod.internal.InterestAccrual;
import org.backoffice.banking.eod.internal.MonthlyFees;
import org.backoffice.banking.eod.internal.StepContext;
import org.backoffice.banking.eod.internal.StepOutcome;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;

/**
 * End of day for one business day: interest accrual, monthly fees, closing the day, balance
 * snapshots and the report, in that order. Each step and each committed chunk of a step is recorded,
 * so a run that stopped midway (a crash, a failure) resumes where it stopped when it is run again for
 * the same day, and every posting has an id derived from what it is, so nothing posts twice.
 *
 * <p>Only a controller (or an administrator, which is what the command line acts as) may run it; the
 * day must be a business day, not in the future, not before the last closed day, and not closed
 * already unless its run is unfinished.
 */
public final class EndOfDay {
    /** Accounts per chunk: large enough for few round trips, small enough to keep the heap flat. */
    public static final int CHUNK = 50_000;

    /** The type permissions to run end of day are granted on ({@code CREATE}); its steps' kinds are granted alike. */
    public static final String TYPE = "EndOfDay";

    /** The operation types of the steps' postings. */
    public static final List<String> STEP_TYPES = EodKinds.TYPES;

    private final Platform platform;
    private final BankingSettings settings;
    private final Supplier<BusinessCalendar> calendar;
    private final EodJournal journal;
    private final EodKinds kinds;
    private volatile Checkpoint checkpoint = Checkpoint.NONE;
    private volatile int chunkSize = CHUNK;

    public EndOfDay(Platform platform, BankingSettings settings, Supplier<BusinessCalendar> calendar) {
        this.platform = platform;
        this.settings = settings;
        this.calendar = calendar;
        this.journal = new EodJournal(platform);
        this.kinds = EodKinds.register(platform.operations());
    }

    public EodRun run(Actor actor, LocalDate date) {
        return run(actor, date, EodProgress.NONE);
    }

    /** Runs (or resumes) end of day for {@code date} and returns the finished run. */
    public synchronized EodRun run(Actor actor, LocalDate date, EodProgress progress) {
        if (!platform.permissions().allows(actor, TYPE, Action.CREATE)) {
            throw new SecurityException(actor.username() + " may not run end of day: a controller must");
        }
        boolean resume = check(date);
        journal.begin(date, actor.username(), resume);
        StepContext context = new StepContext(
                platform,
                date,
                calendar.get(),
                StepContext.byCode(settings.products()),
                chunkSize,
                checkpoint,
                progress == null ? EodProgress.NONE : progress,
                new Actor(actor.username(), actor.roles(), Set.of(), true),
                kinds);
        EodRun run = journal.run(date).orElseThrow();
        for (EodStepResult done : run.steps()) {
            if (done.status() == EodStatus.DONE) {
                continue;
            }
            EodStep step = done.step();
            context.progress().started(step);
            journal.stepStarted(date, step);
            long started = System.nanoTime();
            StepOutcome outcome;
            try {
                outcome = switch (step) {
                    case ACCRUAL -> InterestAccrual.run(context, journal);
                    case FEES -> MonthlyFees.run(context, journal);
                    case CLOSE_DAY -> DayClose.run(context, actor.username());
                    case SNAPSHOTS -> BalanceSnapshots.run(context, journal);
                    case REPORT -> EodReports.run(context);
                };
            } catch (RuntimeException e) {
                journal.stepFailed(date, step, (System.nanoTime() - started) / 1_000_000);
                journal.failed(date, step.label() + ": " + e.getMessage());
                throw e;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            journal.stepDone(date, step, outcome.items(), millis, outcome.detail());
            context.progress()
                    .finished(new EodStepResult(step, EodStatus.DONE, outcome.items(), millis, outcome.detail()));
            try {
                context.reached(step, Checkpoint.STEP_DONE);
            } catch (RuntimeException e) {
                journal.failed(date, e.getMessage());
                throw e;
            }
        }
        journal.finished(date, actor.username());
        return journal.run(date).orElseThrow();
    }

    /** Refuses a day end of day must not run for; says whether it resumes an unfinished run. */
    private boolean check(LocalDate date) {
        if (date == null) {
            throw InvalidDocumentException.of("date", "must be given");
        }
        LocalDate today = platform.clock().instant().atZone(settings.zone()).toLocalDate();
        if (date.isAfter(today)) {
            throw InvalidDocumentException.of(
                    "date", "must not be in the future: " + date + " is after today, " + today);
        }
        if (!calendar.get().isBusinessDay(date)) {
            throw InvalidDocumentException.of("date", date + " is not a business day");
        }
        Optional<EodRun> earlier = journal.run(date);
        if (earlier.isPresent() && earlier.get().completed()) {
            throw InvalidDocumentException.of(
                    "date", "end of day for " + date + " has run already; the business day is closed");
        }
        Optional<LocalDate> unfinished = journal.unfinished();
        if (unfinished.isPresent() && !unfinished.get().equals(date)) {
            throw InvalidDocumentException.of(
                    "date",
                    "end of day for " + unfinished.get() + " is unfinished; run it again for " + unfinished.get()
                            + " first");
        }
        if (earlier.isPresent()) {
            return true;
        }
        Optional<LocalDate> closed;
        try (java.sql.Connection c = platform.ledger().readers().getConnection()) {
            closed = BusinessDays.lastClosed(c);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the last closed business day: " + e.getMessage(), e);
        }
        if (closed.isPresent() && !date.isAfter(closed.get())) {
            throw InvalidDocumentException.of(
                    "date",
                    date.equals(closed.get())
                            ? "business day " + date + " is closed already"
                            : "must not be before the last closed business day, " + closed.get());
        }
        return false;
    }

    public Optional<EodRun> find(LocalDate date) {
        return date == null ? Optional.empty() : journal.run(date);
    }

    /** The latest runs first. */
    public List<EodRun> history(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit: must be within 1..1000");
        }
        return journal.history(limit);
    }

    /** The report of a finished run, with the lines of the actor's branches. */
    public Optional<EodReport> report(Actor actor, LocalDate date) {
        return find(date)
                .map(run -> new EodReport(
                        run,
                        EodReports.lines(platform.ledger().readers(), date).stream()
                                .filter(line -> actor.canSee(line.branch()))
                                .toList()));
    }

    /** For tests: fail once, as a crash would, after {@code chunk} chunks of {@code step} (or after the step). */
    void failAfter(EodStep step, int chunk) {
        checkpoint = new Checkpoint() {
            private boolean fired;

            @Override
            public void reached(EodStep reached, int at) {
                if (!fired && reached == step && at == chunk) {
                    fired = true;
                    throw new IllegalStateException("injected failure after " + step + " chunk " + chunk);
                }
            }
        };
    }

    /** For tests: smaller chunks, so that a handful of accounts spans several. */
    void chunkSize(int size) {
        chunkSize = size;
    }
}
