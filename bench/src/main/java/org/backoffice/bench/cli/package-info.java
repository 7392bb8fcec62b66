/**
 * {@code backoffice bench ...}: the benchmarks as commands of the application's command line, which finds them
 * through {@link org.backoffice.cli.spi.CommandProvider} when this module is on its class path.
 */
package org.backoffice.bench.cli;
