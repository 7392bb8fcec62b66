package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A bank installed through the command line: head office HO, a few USD accounts, an accountant. */
final class Installations {
    static final String ACCOUNTS = """
            branch,chartCode,asset,suffix,name,limit
            HO,1010,USD,,Cash on hand,CREDITS_MUST_NOT_EXCEED_DEBITS
            HO,3010,USD,,Share capital,NONE
            HO,5030,USD,,Operating expenses,
            HO,2010,USD,001,"Northwind Traders, current account",DEBITS_MUST_NOT_EXCEED_CREDITS
            """;

    private Installations() {}

    /** Initialises a bank in {@code dir}/backoffice.db and returns its URL. */
    static String bank(Path dir) throws IOException {
        String url = "jdbc:sqlite:" + dir.resolve("backoffice.db");
        require(Cli.on(url, "init", "--profile", "bank"));
        Path accounts = Files.writeString(dir.resolve("accounts.csv"), ACCOUNTS);
        require(Cli.on(url, "import", "accounts", "--file", accounts.toString()));
        require(Cli.on(url, "user", "create", "anna", "--role", "accountant", "--branch", "HO"));
        require(Cli.on(url, "user", "create", "avery", "--role", "auditor", "--all-branches"));
        return url;
    }

    private static void require(Cli.Run run) {
        assertThat(run.exit()).as(run.toString()).isZero();
    }
}
