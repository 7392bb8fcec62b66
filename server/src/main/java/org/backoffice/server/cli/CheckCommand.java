package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.backoffice.platform.check.ConsistencyReport;
import picocli.CommandLine.Command;

/** {@code backoffice check}: the consistency of a live installation. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Verify that the books agree with themselves: every balance equals the sum of its postings, every",
            "ledger transaction belongs to a document or an operation and every operation has its transaction,",
            "every module row (instructions, settlements, clearing payments, accruals...) has its transaction,",
            "document numbers are unique, and the audit log's hash chain is intact. Reads only."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every rule holds",
            "1:a rule is broken: each is listed with its first violations",
            "3:the database cannot be opened, or holds no installation yet"
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice check", "  backoffice check --db jdbc:postgresql://db/backoffice?user=auditor"})
final class CheckCommand extends InstallationTask {
    @Override
    int run(Installation installation, PrintWriter out) {
        ConsistencyReport report = installation.platform().consistency().run(Installation.CLI);
        for (ConsistencyReport.RuleResult rule : report.rules()) {
            if (rule.violations() == 0) {
                out.printf(Locale.ROOT, "ok    %s (%,d ms)%n", rule.name(), rule.millis());
            } else {
                out.printf(Locale.ROOT, "FAIL  %s: %,d found%n", rule.name(), rule.violations());
                rule.examples().forEach(example -> out.println("        " + example));
                if (rule.violations() > rule.examples().size()) {
                    out.printf(
                            Locale.ROOT,
                            "        ... and %,d more%n",
                            rule.violations() - rule.examples().size());
                }
            }
        }
        out.println(
                report.clean()
                        ? "check: clean, " + report.rules().size() + " rules hold"
                        : "check: " + report.violations() + " violations found");
        return report.clean() ? BackofficeCli.OK : BackofficeCli.FAILED;
    }
}
