package org.backoffice.banking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.backoffice.banking.testing.BankingFixture;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class DemoBankTest {
    @Parameter
    TestDatabase database;

    @Test
    void theDemoDayHasClientsAccountsAndThousandsOfPaymentsThatBalance() {
        try (BankingFixture bank = BankingFixture.open(database)) {
            assertThat(DemoBank.loadInto(bank.banking())).isTrue();
            assertThat(DemoBank.loadInto(bank.banking()))
                    .as("a second load does nothing")
                    .isFalse();

            Actor admin = bank.actor("admin");
            assertThat(bank.banking().clients().list(admin, null, null, 0, 100).total())
                    .isEqualTo(36);
            assertThat(bank.banking().accounts().list(admin, null, null, 0, 1).total())
                    .isGreaterThan(50);
            long payments = bank.rows("SELECT COUNT(*) FROM documents WHERE type IN"
                    + " ('InternalTransfer', 'OutgoingPayment', 'CurrencyConversion') AND status = 'POSTED'");
            assertThat(payments).isGreaterThan(2_500);
            assertThat(bank.rows(
                            "SELECT COUNT(*) FROM documents WHERE type = 'InternalTransfer' AND status = 'SUBMITTED'"))
                    .isPositive();
            assertThat(bank.rows("SELECT COUNT(*) FROM clearing_exceptions")).isEqualTo(3);
            assertThat(bank.rows("SELECT COUNT(*) FROM documents WHERE type = 'ClearingRun' AND status = 'POSTED'"))
                    .isEqualTo(1);
            assertThat(bank.rows("SELECT COUNT(*) FROM documents WHERE type = 'ShiftClose' AND status = 'POSTED'"))
                    .as("the shift closed five dollars short")
                    .isEqualTo(1);
            assertThat(bank.rows("SELECT COUNT(*) FROM bank_business_days WHERE business_date = '2026-11-24'"))
                    .as("last night's end of day closed Tuesday")
                    .isEqualTo(1);
            assertThat(bank.platform().ledger().trialBalance().isBalanced()).isTrue();
        }
    }
}
