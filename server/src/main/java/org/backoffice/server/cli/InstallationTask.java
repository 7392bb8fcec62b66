package org.backoffice.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on an installation: it checks what it can before the database is opened, then runs on
 * the open installation; what it printed is flushed and its exit code returned.
 */
abstract class InstallationTask implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Override
    public final Integer call() throws Exception {
        before();
        PrintWriter out = spec.commandLine().getOut();
        try (Installation installation = Installation.open(database.resolve())) {
            int code = run(installation, out);
            out.flush();
            return code;
        }
    }

    /** Refuses, or reads, what needs no database: the files named, options that contradict each other. */
    void before() {}

    abstract int run(Installation installation, PrintWriter out) throws Exception;
}
