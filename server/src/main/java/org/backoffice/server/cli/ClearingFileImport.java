package org.backoffice.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.backoffice.banking.Banking;
import org.backoffice.banking.clearing.ClearingFormat;
import org.backoffice.banking.clearing.ImportProgress;
import org.backoffice.banking.clearing.ImportResult;
import org.backoffice.banking.clearing.ImportRow;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backoffice import clearing-file FILE}: an incoming clearing file, credited or held payment by payment. */
@Command(
        name = "clearing-file",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Import an incoming clearing file: an ISO 20022 pacs.008.001.08 or the clearing house's CSV.",
            "Each good payment is credited to its beneficiary's account, or held in head office's suspense"
                    + " account as an exception when the account is unknown, closed, frozen or kept in another"
                    + " currency; what cannot be read is reported by line (CSV) or position (pacs.008).",
            "A file imported before is refused; importing a file whose import was interrupted finishes it,"
                    + " posting nothing twice.",
            "Exit code 0 when every item was read, 1 when any was unreadable."
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  backoffice import clearing-file incoming-2026-11-25.xml",
            "  backoffice import clearing-file in.csv --format csv"
        })
final class ClearingFileImport implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the clearing file")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "pacs008|csv",
            description = "the file's format (default: told by the content, XML being pacs.008)")
    String format;

    @Option(
            names = "--as",
            paramLabel = "USERNAME",
            description = "the head-office user who imports it (default: the command line, as an operator)")
    String username;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw CliError.usage("FILE", "there is no file " + file);
        }
        ClearingFormat chosen;
        try {
            chosen = format == null ? null : ClearingFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw CliError.usage("--format", "must be pacs008 or csv, was '" + format + "'");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CliError.usage("FILE", "cannot read " + file + ": " + CliError.reason(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Installation installation = Installation.open(database.resolve())) {
            Banking banking = installation.banking();
            Actor actor = username == null
                    ? new Actor("cli", Set.of(Role.OPERATOR), Set.of(), true)
                    : banking.platform()
                            .users()
                            .find(username)
                            .filter(User::enabled)
                            .map(User::actor)
                            .orElseThrow(() -> CliError.usage("--as", "there is no enabled user '" + username + "'"));
            ImportResult result;
            try (Progress progress = Progress.start(spec.commandLine().getErr(), "items", 0)) {
                result = banking.clearing()
                        .incoming()
                        .importFile(actor, file.getFileName().toString(), content, chosen, new ImportProgress() {
                            @Override
                            public void recorded(int done, int total) {
                                progress.update(done);
                            }
                        });
            } catch (InvalidDocumentException e) {
                throw CliError.failed("FILE", e.getMessage());
            } catch (SecurityException e) {
                throw CliError.failed("--as", e.getMessage());
            }
            for (ImportRow row : result.rows()) {
                if (!row.outcome().equals("CREDITED")) {
                    out.println(row.outcome().toLowerCase(java.util.Locale.ROOT) + " item " + row.item()
                            + (row.endToEndId() == null ? "" : " " + row.endToEndId()) + ": " + row.detail());
                }
            }
            var f = result.file();
            out.println((result.resumed() ? "resumed " : "imported ") + f.fileName() + " (file " + f.id() + "): "
                    + f.credited() + " credited, " + f.suspended() + " held in suspense, " + f.unreadable()
                    + " unreadable");
            out.flush();
            return f.unreadable() == 0 ? 0 : 1;
        }
    }
}
