package org.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerSmokeTest {
    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void transferMovesMoneyAndKeepsTheBooksBalanced(TestDatabase kind) {
        try (ScratchDatabase db = kind.create();
                Ledger ledger = Ledger.open(db.config())) {
            ledger.defineAsset(Asset.currency("USD", 2));
            ledger.openAccount(OpenAccount.of(1, "1010", "USD", Side.DEBIT, BalanceLimit.NONE));
            ledger.openAccount(
                    OpenAccount.of(2, "2010", "USD", Side.CREDIT, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS));
            Outcome outcome = ledger.execute(
                    Transfer.of(TransactionId.of(10), LocalDate.of(2026, 11, 2), Posting.of(1, 2, "USD", 500)));
            assertThat(outcome.accepted()).isTrue();
            assertThat(ledger.balance(AccountId.of(2)).orElseThrow().posted()).isEqualTo(500);
            assertThat(ledger.trialBalance().isBalanced()).isTrue();
            Outcome overdraft = ledger.execute(
                    Transfer.of(TransactionId.of(11), LocalDate.of(2026, 11, 2), Posting.of(2, 1, "USD", 501)));
            assertThat(overdraft).isInstanceOf(Outcome.Rejected.class);
            assertThat(((Outcome.Rejected) overdraft).reason()).isEqualTo(RejectionReason.INSUFFICIENT_BALANCE);
            StatementPage page = ledger.statement(StatementQuery.all(AccountId.of(2), 10));
            assertThat(page.lines()).hasSize(1);
            assertThat(page.closingBalance()).isEqualTo(500);
        }
    }
}
