package org.backoffice.platform.testing;

import java.util.EnumMap;
import java.util.Map;
import org.backoffice.ledger.testing.TestDatabase;

/** One demo platform per database for a test class whose tests may share it; close it after all. */
public final class SharedFixtures implements AutoCloseable {
    private final Map<TestDatabase, PlatformFixture> fixtures = new EnumMap<>(TestDatabase.class);

    public synchronized PlatformFixture on(TestDatabase database) {
        return fixtures.computeIfAbsent(database, PlatformFixture::withDemo);
    }

    @Override
    public synchronized void close() {
        fixtures.values().forEach(PlatformFixture::close);
        fixtures.clear();
    }
}
