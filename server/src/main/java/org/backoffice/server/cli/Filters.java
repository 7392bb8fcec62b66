package org.backoffice.server.cli;

import java.time.LocalDate;
import org.backoffice.platform.Platform;
import picocli.CommandLine.Option;

/** The filters exports share, each with the check that refuses what the installation does not have. */
final class Filters {
    private Filters() {}

    /** {@code --branch CODE}: only what belongs to one branch. */
    static final class Branch {
        @Option(
                names = "--branch",
                paramLabel = "CODE",
                description = "only this branch's rows (default: every branch)")
        String code;

        void check(Platform platform) {
            if (code != null && platform.organisation().branch(code).isEmpty()) {
                throw CliError.usage("--branch", "there is no branch '" + code + "'");
            }
        }
    }

    /** {@code --asset CODE}: only what is kept in one asset. */
    static final class Asset {
        @Option(
                names = "--asset",
                paramLabel = "CODE",
                description = "only this asset, e.g. USD (default: every asset)")
        String code;

        void check(Platform platform) {
            if (code != null && platform.accounts().asset(code).isEmpty()) {
                throw CliError.usage("--asset", "there is no asset '" + code + "'");
            }
        }
    }

    /** {@code --from DATE --to DATE}: only what is dated within, both ends included. */
    static final class Dates {
        @Option(names = "--from", paramLabel = "DATE", description = "only what is dated on or after, yyyy-mm-dd")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "only what is dated on or before, yyyy-mm-dd")
        LocalDate to;

        void check() {
            if (from != null && to != null && from.isAfter(to)) {
                throw CliError.usage("--from", "must not be after --to");
            }
        }
    }
}
