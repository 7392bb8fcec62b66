package org.backoffice.server.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = BackofficeCli.class.getPackage().getImplementationVersion();
        return new String[] {"backoffice " + (version == null ? "development build" : version)};
    }
}
