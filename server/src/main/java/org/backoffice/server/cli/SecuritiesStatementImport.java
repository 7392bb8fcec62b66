package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.util.List;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.securities.reconciliation.ReconciliationResult;
import org.backoffice.server.securities.StatementFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code backoffice import securities-statement --file F}: a depository's or settlement bank's statement reconciled
 * against the books, its kind told from its content.
 */
@Command(
        name = "securities-statement",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reconcile a statement against the securities books: an MT535 statement of holdings (positions), an"
                    + " MT536 or MT537 statement of transactions (settled or pending), or a camt.053 cash statement."
                    + " The kind is read from the file: the MT's message type, the camt.053 document.",
            "The statement's account must be a depo account or a firm account registered to a branch. Each"
                    + " difference opens a break; importing the same statement again opens none twice.",
            "Prints each statement's counts and every break it opened.",
            "Exit code 0 when the statement was reconciled (its breaks listed), 1 when the file was refused."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice import securities-statement --file crest-mt535-20261125.txt --as operator.ho"})
final class SecuritiesStatementImport extends InstallationTask {
    @Mixin
    ImportCommand.Source source;

    @Mixin
    ActingUser as;

    private String text;

    @Override
    void before() {
        byte[] bytes = source.bytes();
        try {
            text = StatementFiles.text(bytes);
            StatementFiles.sniff(text);
        } catch (IllegalArgumentException e) {
            throw CliError.failed("--file", message(e.getMessage()));
        }
    }

    @Override
    int run(Installation installation, PrintWriter out) {
        List<ReconciliationResult> results;
        try {
            results = as.act(
                    installation,
                    Installation.CLI,
                    actor -> StatementFiles.reconcile(installation.securities(), actor, text));
        } catch (InvalidDocumentException e) {
            throw CliError.failed("--file", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliError.failed("--file", message(e.getMessage()));
        }
        for (ReconciliationResult result : results) {
            for (Break b : result.opened()) {
                out.println("break  " + b.kind() + " " + b.account() + " " + b.subject() + " " + b.detail() + ": ours "
                        + b.ours() + ", theirs " + b.theirs() + ", difference " + b.amount());
            }
            out.println(result.statementRef() + ": " + result.compared() + " compared, "
                    + result.opened().size() + " new break(s), " + result.alreadyKnown() + " already known");
        }
        return BackofficeCli.OK;
    }

    /** The reader's "field: rule" without a leading "file: " that the option's name replaces. */
    private static String message(String text) {
        return text != null && text.startsWith("file: ") ? text.substring("file: ".length()) : text;
    }
}
