package org.backoffice.bench.cli;

import org.backoffice.cli.spi.CommandContext;
import org.backoffice.cli.spi.CommandProvider;

/** Adds {@code backoffice bench ...} to the command line when the benchmarks are on its class path. */
public final class BenchCommands implements CommandProvider {
    @Override
    public Object command(CommandContext context) {
        return new BenchCommand(context);
    }
}
