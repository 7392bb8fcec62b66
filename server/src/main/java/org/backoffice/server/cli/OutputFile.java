package org.backoffice.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Function;

/**
 * The file an export or a report writes with {@code --out}: it appears only when complete, replacing what was
 * there; a failed write leaves no half file behind.
 */
final class OutputFile {
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private OutputFile() {}

    /** The target as an absolute path, refused when it is a folder or its folder does not exist. */
    static Path checked(Path out) {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw CliError.usage("--out", target + " is a folder");
        }
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw CliError.usage("--out", "the folder " + target.getParent() + " does not exist");
        }
        return target;
    }

    /** Writes beside the target and moves the file over it when complete. */
    static void replace(Path target, Content content) throws IOException {
        Path partial = target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            content.writeTo(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The format the file's name ends in, or a usage error of {@code --format} naming the choices. */
    static <F> F formatOf(Path out, F[] formats, Function<F, String> extension, String choices) {
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (F candidate : formats) {
            if (name.endsWith("." + extension.apply(candidate))) {
                return candidate;
            }
        }
        throw CliError.usage("--format", "must be " + choices + "; the name of the --out file does not say which");
    }
}
