package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.backoffice.banking.eod.EodProgress;
import org.backoffice.banking.eod.EodReport;
import org.backoffice.banking.eod.EodReportLine;
import org.backoffice.banking.eod.EodRun;
import org.backoffice.banking.eod.EodStep;
import org.backoffice.banking.eod.EodStepResult;
import org.backoffice.platform.document.InvalidDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backoffice eod --date D}: end of day for a business day, or the resumption of its unfinished run. */
@Command(
        name = "eod",
        mixinStandardHelpOptions = true,
        description = {
            "Run end of day for a business day: interest accrual, monthly fees, closing the day,",
            "balance snapshots and the report. A run that stopped midway resumes where it stopped."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the day is closed and its report written",
            "1:end of day stopped on a step; run the same command again to resume",
            "2:the date is refused (in the future, not a business day, closed already, before the last closed day)",
            "3:the database cannot be opened, or holds no installation yet"
        },
        footerHeading = "%nExample:%n",
        footer = "  backoffice eod --date 2026-11-25 --db jdbc:postgresql://db/bo?user=bo")
final class EodCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "the business day, e.g. 2026-11-25")
    LocalDate date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Installation installation = Installation.open(database.resolve())) {
            EodRun run;
            try (Progress progress = Progress.start(spec.commandLine().getErr(), "accounts", 0)) {
                run = installation.banking().endOfDay().run(Installation.CLI, date, new EodProgress() {
                    @Override
                    public void advanced(EodStep step, long items) {
                        progress.update(items);
                    }

                    @Override
                    public void finished(EodStepResult result) {
                        progress.println(
                                out,
                                String.format(
                                        java.util.Locale.ROOT,
                                        "%-22s %7.1f s %,10d  %s",
                                        result.step().label(),
                                        result.millis() / 1000.0,
                                        result.items(),
                                        result.detail()));
                    }
                });
            } catch (InvalidDocumentException e) {
                throw CliError.usage("--date", e.errors().get(0).message());
            } catch (IllegalStateException e) {
                throw CliError.failed(null, "end of day stopped: " + e.getMessage() + "; run it again to resume");
            }
            EodReport report = installation
                    .banking()
                    .endOfDay()
                    .report(Installation.CLI, run.date())
                    .orElseThrow();
            for (EodReportLine line : report.lines()) {
                out.printf(
                        java.util.Locale.ROOT,
                        "%-6s %s  accounts %,d  accrued %,d  fees %,d charged / %,d skipped  snapshots %,d  %s%n",
                        line.branch(),
                        line.currency(),
                        line.accounts(),
                        line.accrued(),
                        line.feesCount(),
                        line.feesSkipped(),
                        line.snapshots(),
                        line.balanced() ? "balanced" : "NOT BALANCED");
            }
            out.println("End of day for " + run.date() + " is done; the business day is closed.");
            out.flush();
            return report.balanced() ? BackofficeCli.OK : BackofficeCli.FAILED;
        }
    }
}
