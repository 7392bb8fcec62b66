package org.backoffice.bench.cli;

import java.util.concurrent.Callable;
import org.backoffice.bench.payments.PaymentsBench;
import org.backoffice.bench.payments.PaymentsBenchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backoffice bench payments}: an incoming clearing file of a million payments, imported and posted. */
@Command(
        name = "payments",
        mixinStandardHelpOptions = true,
        description = {
            "Import and post an incoming clearing CSV of --count payments to --accounts accounts (default: a tenth)",
            "on a fresh SQLite file under data/bench, or a fresh schema in PostgreSQL that is dropped after,",
            "through the same import and chunk size as 'backoffice import clearing-file'.",
            "Opening the accounts and writing the file are not timed. The launcher's heap cap applies:"
                    + " BACKOFFICE_JAVA_OPTS=-Xmx1g for a million payments."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice bench payments --count 1000000", "  backoffice bench payments --db postgres"})
final class PaymentsBenchCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Mixin
    BenchTarget target;

    @Option(names = "--count", defaultValue = "1000000", description = "payments (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--accounts", description = "beneficiary accounts (default: count / 10)")
    Integer accounts;

    @Override
    public Integer call() throws Exception {
        String resolved = target.url();
        PaymentsBenchOptions options = new PaymentsBenchOptions(
                target.db, resolved, count, accounts == null ? Math.max(1, count / 10) : accounts);
        new PaymentsBench(options, bench.context.hasher(), System.out).run();
        return 0;
    }
}
