package org.backoffice.server.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backoffice.platform.document.InvalidDocumentException;
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

    @Override
    void before() {
        requireUtf8(file);
    }

    @Override
    int run(Installation installation, PrintWriter out) {
        long[] applied = {0};
        long messages;
        try {
            // The pages, the API and the benchmark apply messages through the same import, in its chunks.
            messages = as.act(
                    installation,
                    Installation.CLI,
                    actor -> installation
                            .securities()
                            .settlement()
                            .messageImport()
                            .importFile(actor, file, chunk -> {
                                for (ImportedMessage m : chunk) {
                                    String what = m.kind() + (m.reference() == null ? "" : " " + m.reference());
                                    out.println("message " + m.index() + " " + what + ": "
                                            + (m.applied() ? "applied" : m.error()));
                                    applied[0] += m.applied() ? 1 : 0;
                                }
                                out.flush();
                            }));
        } catch (InvalidDocumentException e) {
            throw CliError.failed("--file", e.getMessage());
        } catch (UncheckedIOException e) {
            throw CliError.usage("--file", "cannot read " + file + ": " + CliError.reason(e.getCause()));
        }
        out.println("messages " + messages + ", applied " + applied[0] + ", refused " + (messages - applied[0]));
        return applied[0] == messages ? BackofficeCli.OK : BackofficeCli.FAILED;
    }

    /** Refuses a file that is not UTF-8 text before a message of it is applied, reading it without holding it. */
    private static void requireUtf8(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CliError.usage("--file", "there is no file " + file);
        }
        try (Reader in = new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[65_536];
            while (in.read(buffer) >= 0) {
                // decoding is the check
            }
        } catch (CharacterCodingException e) {
            throw CliError.failed("--file", "is not UTF-8 text");
        } catch (IOException e) {
            throw CliError.usage("--file", "cannot read " + file + ": " + CliError.reason(e));
        }
    }
}
