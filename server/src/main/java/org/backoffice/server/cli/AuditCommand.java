package org.backoffice.server.cli;

import java.io.PrintWriter;
import org.backoffice.platform.audit.AuditLog;
import org.backoffice.platform.audit.AuditVerification;
import picocli.CommandLine.Command;

/** {@code backoffice audit ...}: the hash-chained audit log. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Verify the audit log's hash chain.",
            "The audit log records every change, who made it and when; each entry's hash covers the one before."
        },
        footerHeading = "%nExample:%n",
        footer = "  backoffice audit verify",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand extends CommandGroup {
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Walk the whole audit chain and recompute every entry's hash: finds any entry altered, removed"
                        + " or inserted behind the application's back.",
                "Exit code 0 when the chain is intact, 1 when it is broken (each problem is listed)."
            },
            footerHeading = "%nExample:%n",
            footer = {
                "  backoffice audit verify",
                "  backoffice audit verify --db jdbc:postgresql://db/backoffice?user=auditor"
            })
    static final class Verify extends InstallationTask {
        @Override
        int run(Installation installation, PrintWriter out) {
            AuditLog log = installation.platform().audit();
            AuditVerification result;
            try (Progress progress = Progress.start(spec.commandLine().getErr(), "entries", log.size())) {
                result = log.verify(progress::update);
            }
            if (result.intact()) {
                out.println("audit log intact: " + result.checked() + " entries checked");
                return BackofficeCli.OK;
            }
            result.problems().forEach(out::println);
            out.println("audit log BROKEN: " + result.problems().size() + " problem"
                    + (result.problems().size() == 1 ? "" : "s") + " in " + result.checked()
                    + " entries checked");
            return BackofficeCli.FAILED;
        }
    }
}
