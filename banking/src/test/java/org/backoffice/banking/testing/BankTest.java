package org.backoffice.banking.testing;

import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.security.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bank test: runs on every available database, each test on a fresh bank from {@link BankingFixture}, with head
 * office's operator and controller at hand.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
public abstract class BankTest {
    @Parameter
    protected TestDatabase database;

    protected BankingFixture bank;
    protected Actor operator;
    protected Actor controller;

    @BeforeEach
    final void openBank() {
        bank = BankingFixture.open(database);
        operator = bank.actor("operator.ho");
        controller = bank.actor("controller.ho");
        prepare();
    }

    /** What every test of the class starts from beyond the fixture's bank. */
    protected void prepare() {}

    @AfterEach
    final void closeBank() {
        bank.close();
    }
}
