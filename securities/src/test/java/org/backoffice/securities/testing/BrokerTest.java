package org.backoffice.securities.testing;

import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.security.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broker test: runs on every available database, each test on a fresh broker from {@link SecuritiesFixture}, with
 * head office's operator and controller at hand.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
public abstract class BrokerTest {
    @Parameter
    protected TestDatabase database;

    protected SecuritiesFixture broker;
    protected Actor operator;
    protected Actor controller;

    @BeforeEach
    final void openBroker() {
        broker = SecuritiesFixture.open(database);
        operator = broker.actor("operator.ho");
        controller = broker.actor("controller.ho");
        prepare();
    }

    /** What every test of the class starts from beyond the fixture's reference data. */
    protected void prepare() {}

    @AfterEach
    final void closeBroker() {
        broker.close();
    }
}
