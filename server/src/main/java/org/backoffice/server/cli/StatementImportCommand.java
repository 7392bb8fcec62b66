package org.backoffice.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.backoffice.banking.reconciliation.ImportResult;
import org.backoffice.banking.reconciliation.StatementImport;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.statement.StatementFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backoffice import statement FILE}: a correspondent's camt.053, MT940 or MT950 statement file. */
@Command(
        name = "statement",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Import a correspondent's statement file (camt.053.001.08, MT940 or MT950) for reconciliation.",
            "Each statement is imported or refused on its own: its account must be registered as a nostro"
                    + " account, and a statement imported before (same account and statement id) is refused."
                    + " An opening balance that does not continue the previous statement is reported as a gap."
                    + " The matching rules run on the account after each statement.",
            "Exit code 0 when every statement was imported, 1 when any was refused."
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  backoffice import statement chase-20261127.xml",
            "  backoffice import statement mt950.fin --format mt950"
        })
final class StatementImportCommand extends InstallationTask {
    /** The command line on the machine itself: imports as the bank's back office would. */
    private static final Actor MACHINE = new Actor("cli", Set.of(Role.ACCOUNTANT), Set.of(), true);

    @Parameters(index = "0", paramLabel = "FILE", description = "the statement file")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "camt053, mt940 or mt950 (default: told from the content)")
    String format;

    @Mixin
    ActingUser as;

    private StatementFormat kind;
    private String content;

    @Override
    void before() {
        try {
            kind = StatementFormat.parse("--format", format, StatementFormat.CASH);
        } catch (IllegalArgumentException e) {
            throw CliError.usage("--format", FieldError.parse(e.getMessage()).message());
        }
        if (!Files.isRegularFile(file)) {
            throw CliError.usage("FILE", "there is no file " + file);
        }
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliError.failed("FILE", "cannot read " + file + ": " + CliError.reason(e));
        }
    }

    @Override
    int run(Installation installation, PrintWriter out) {
        ImportResult result;
        try {
            result = as.act(
                    installation,
                    MACHINE,
                    actor -> installation.banking().reconciliation().importFile(actor, content, kind));
        } catch (IllegalArgumentException e) {
            throw CliError.failed("FILE", e.getMessage());
        }
        for (StatementImport outcome : result.statements()) {
            switch (outcome) {
                case StatementImport.Imported i -> {
                    out.println("statement " + i.statementId() + " of " + i.account() + " ("
                            + i.statement().nostro()
                            + "): imported " + i.statement().entryCount() + " entries; matched "
                            + i.matching().matched() + ", breaks opened "
                            + i.matching().breaksOpened()
                            + ", closed " + i.matching().breaksClosed());
                    if (i.gapWarning() != null) {
                        out.println("  gap: " + i.gapWarning());
                    }
                }
                case StatementImport.Refused r ->
                    out.println("statement " + r.statementId() + " of " + r.account() + ": refused: " + r);
            }
        }
        out.println(result.format().label() + ": imported " + result.imported().size() + ", refused "
                + result.refused().size());
        return result.refused().isEmpty() ? BackofficeCli.OK : BackofficeCli.FAILED;
    }
}
