package org.backoffice.ledger.rules;

import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule test: runs on every available database, each test on a fresh ledger from the fixture. */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
abstract class LedgerRuleTest {
    @Parameter
    TestDatabase database;

    LedgerFixture fixture;

    @BeforeEach
    final void openLedger() {
        fixture = LedgerFixture.open(database, companion());
        prepare();
    }

    /** The commit companion of the class's ledgers; none unless a class needs one. */
    CommitCompanion companion() {
        return null;
    }

    /** What every test of the class starts from beyond the fixture's chart of accounts. */
    void prepare() {}

    @AfterEach
    final void closeLedger() {
        fixture.close();
    }
}
