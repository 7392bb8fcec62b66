package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.settlement.ImportedMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backoffice import settlement-messages --file F}: the depository's statuses and confirmations, message by message. */
@Command(
        name = "settlement-messages",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Read the depository's settlement messages from a file: SWIFT MT548 (status), MT544-547 (confirmations),"
                    + " or ISO 20022 sese.024 and sese.025; one or several messages in one file.",
            "Each message moves its instruction (matched, pending, failing, settled in part or in full) and prints"
                    + " its fate; a message that cannot be applied changes nothing and does not stop the others.",
            "Exit code 0 when every message was applied, 1 otherwise."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice import settlement-messages --file crest-20261127.fin --as operator.ho"})
final class SettlementMessagesImport extends InstallationTask {
    @Option(names = "--file", required = true, paramLabel = "FILE", description = "the messages, UTF-8 text")
    Path file;

    @Mixin
    ActingUser as;

    private String text;

    @Override
    void before() {
        text = InputFiles.utf8(InputFiles.read(file, "--file"), "--file", "is not UTF-8 text");
    }

    @Override
    int run(Installation installation, PrintWriter out) {
        Actor actor = as.actor(installation, Installation.CLI);
        List<ImportedMessage> messages;
        try {
            messages = installation.securities().settlement().importMessages(actor, text);
        } catch (SecurityException e) {
            throw CliError.failed("--as", e.getMessage());
        } catch (InvalidDocumentException e) {
            throw CliError.failed("--file", e.getMessage());
        }
        long applied = 0;
        for (ImportedMessage m : messages) {
            String what = m.kind() + (m.reference() == null ? "" : " " + m.reference());
            out.println("message " + m.index() + " " + what + ": " + (m.applied() ? "applied" : m.error()));
            applied += m.applied() ? 1 : 0;
        }
        out.println(
                "messages " + messages.size() + ", applied " + applied + ", refused " + (messages.size() - applied));
        return applied == messages.size() ? BackofficeCli.OK : BackofficeCli.FAILED;
    }
}
