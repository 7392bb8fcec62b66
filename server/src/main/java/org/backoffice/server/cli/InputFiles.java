package org.backoffice.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backoffice.server.web.Steps;

/** The files an import reads, refused with the option that named them. */
final class InputFiles {
    private InputFiles() {}

    /** The file's bytes; a missing or unreadable file is a usage error of {@code option}. */
    static byte[] read(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw CliError.usage(option, "there is no file " + file);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw CliError.usage(option, "cannot read " + file + ": " + CliError.reason(e));
        }
    }

    /** The bytes as UTF-8 text; anything else is refused with {@code rule}, never decoded with replacements. */
    static String utf8(byte[] bytes, String option, String rule) {
        return Steps.utf8(bytes).orElseThrow(() -> CliError.failed(option, rule));
    }
}
