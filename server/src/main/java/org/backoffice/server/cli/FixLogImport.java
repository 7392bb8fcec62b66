package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backoffice.securities.trade.DropCopySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backoffice import fix-log --file F.log}: the fills of a FIX drop-copy log into the trade book. */
@Command(
        name = "fix-log",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Capture the fills of a FIX drop copy (a log of ExecutionReports, one message a line) as trades.",
            "A fill already in the book is a duplicate; a correction or cancellation of a fill is proposed for a"
                    + " checker; a line that cannot be read is named by its number and does not stop the others.",
            "Prints the counts, and the unreadable lines. Exit code 0 when no fill was refused and every line was read,"
                    + " 1 otherwise."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice import fix-log --file dropcopy-20261125.log --as operator.ho"})
final class FixLogImport extends InstallationTask {

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "the FIX log")
    Path file;

    @Mixin
    ActingUser as;

    @Override
    void before() {
        if (!Files.isRegularFile(file)) {
            throw CliError.usage("--file", "there is no file " + file);
        }
    }

    @Override
    int run(Installation installation, PrintWriter out) {
        DropCopySummary s = as.act(
                installation,
                Installation.CLI,
                actor -> installation.securities().dropCopy().captureLog(actor, file, batch -> {}));
        for (String problem : s.problems()) {
            out.println("unreadable  " + problem);
        }
        out.println("lines " + s.lines() + ", fills " + s.fills() + ": captured " + s.captured() + ", repair "
                + s.repair() + ", duplicate " + s.duplicates() + ", refused " + s.refused() + ", corrections "
                + s.corrections() + ", skipped " + s.skipped() + ", unreadable " + s.unreadable());
        return s.refused() == 0 && s.unreadable() == 0 ? BackofficeCli.OK : BackofficeCli.FAILED;
    }
}
