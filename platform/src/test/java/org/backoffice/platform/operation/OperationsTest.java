package org.backoffice.platform.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.check.ConsistencyReport;
import org.backoffice.platform.check.ConsistencyRule;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.testing.PlatformFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A module's operation on the one path: a fee charged from an expense account to suspense, with
 * a row of the module's own. The row, the ledger transaction, the operation's record and its audit
 * entry commit together or not at all, and {@code check} sees when they do not agree.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class OperationsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    Operations operations;
    FeeKind fees;
    Actor operator;
    long expensesBefore;

    /** A fee: its id, branch, how many minor units, and whether its row-writer should fail (to show atomicity). */
    record Fee(long id, String branch, long expenseAccount, long suspenseAccount, long amount, boolean linked) {}

    /** The module's kind: posts the fee (or the fee and a refund of one unit, linked) and writes a fee row. */
    static final class FeeKind implements OperationKind<Fee> {
        volatile boolean failWrites;
        volatile Long refuse;
        final List<Long> written = new ArrayList<>();

        @Override
        public String type() {
            return "TestFee";
        }

        @Override
        public String branch(Fee fee) {
            return fee.branch();
        }

        @Override
        public List<TransactionRequest> movements(Fee fee) {
            Transfer charge = Transfer.of(
                    TransactionId.of(fee.id()),
                    TODAY,
                    Posting.of(fee.expenseAccount(), fee.suspenseAccount(), "USD", fee.amount()));
            if (!fee.linked()) {
                return List.of(charge);
            }
            return List.of(
                    charge,
                    Transfer.of(
                            TransactionId.of(fee.id() + org.backoffice.ledger.TransactionIds.step()),
                            TODAY,
                            Posting.of(fee.suspenseAccount(), fee.expenseAccount(), "USD", 1)));
        }

        @Override
        public String[] refusals(Connection c, List<Fee> fees) {
            String[] answers = new String[fees.size()];
            for (int i = 0; i < fees.size(); i++) {
                if (refuse != null && fees.get(i).id() == refuse) {
                    answers[i] = "amount: this fee was waived";
                }
            }
            return answers;
        }

        @Override
        public List<AuditRecord> write(Connection c, List<Fee> accepted) throws SQLException {
            if (failWrites) {
                throw new SQLException("the fee table is broken");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO test_fees (id, amount) VALUES (?, ?)")) {
                for (Fee fee : accepted) {
                    insert.setLong(1, fee.id());
                    insert.setLong(2, fee.amount());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            accepted.forEach(f -> written.add(f.id()));
            return List.of(new AuditRecord(
                    "system",
                    "CHARGE",
                    "TestFee",
                    accepted.get(0).id() + "",
                    null,
                    null,
                    "{\"fees\":" + accepted.size() + "}"));
        }

        @Override
        public List<ConsistencyRule> consistency() {
            return List.of(new ConsistencyRule(
                    "every test fee has its ledger transaction",
                    "SELECT f.id, 'fee without its transaction' FROM test_fees f"
                            + " WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = f.id)"));
        }
    }

    @BeforeEach
    void open() {
        fixture = PlatformFixture.withDemo(database);
        fixture.tamper("CREATE TABLE test_fees (id BIGINT PRIMARY KEY, amount BIGINT NOT NULL)");
        operations = fixture.platform().operations();
        fees = new FeeKind();
        operations.register(fees);
        fixture.platform().profile().permissions().grant("TestFee", Action.CREATE, Role.OPERATOR);
        operator = fixture.actor("operator.ho");
        expensesBefore = fixture.balance("HO-5030-USD");
    }

    /** What the fees moved on the expense account. */
    private long expensesCharged() {
        return fixture.balance("HO-5030-USD") - expensesBefore;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Fee fee(long amount) {
        return fee(amount, false);
    }

    private Fee fee(long amount, boolean linked) {
        long id = fixture.platform().ids().reserve(2).value();
        return new Fee(id, "HO", ledgerId("HO-5030-USD"), ledgerId("HO-2910-USD"), amount, linked);
    }

    private long ledgerId(String number) {
        return fixture.platform()
                .accounts()
                .account(number)
                .orElseThrow()
                .ledgerId()
                .value();
    }

    private long operationRows() {
        return fixture.count("platform_operations");
    }

    @Test
    void anOperationCommitsItsMovementItsRowsItsRecordAndItsAuditEntryTogether() {
        long auditBefore = fixture.count("audit_log");

        List<Outcome> outcomes = operations.record(operator, fees, List.of(fee(5_00), fee(7_00)));

        assertThat(outcomes).allMatch(Outcome::accepted);
        assertThat(expensesCharged()).isEqualTo(12_00);
        assertThat(fixture.count("test_fees")).isEqualTo(2);
        assertThat(fixture.strings("SELECT actor FROM platform_operations")).containsOnly("operator.ho");
        assertThat(fixture.count("audit_log")).isGreaterThan(auditBefore);
        assertThat(fixture.platform().consistency().run().clean()).isTrue();
    }

    @Test
    void linkedMovementsAreEachRecordedUnderTheOneOperation() {
        Fee fee = fee(5_00, true);

        assertThat(operations.record(operator, fees, fee).accepted()).isTrue();

        assertThat(expensesCharged()).isEqualTo(4_99);
        assertThat(fixture.rows("SELECT COUNT(*) FROM platform_operations WHERE operation_id = ?", fee.id()))
                .isEqualTo(2);
    }

    @Test
    void aRefusedMovementWritesNothingOfItsOperation() {
        Fee nowhere =
                new Fee(fixture.platform().ids().next().value(), "HO", 999_999, ledgerId("HO-2910-USD"), 5_00, false);

        Outcome outcome = operations.record(operator, fees, nowhere);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(RejectionReason.ACCOUNT_NOT_FOUND));
        assertThat(fixture.count("test_fees")).isZero();
        assertThat(operationRows()).isZero();
    }

    @Test
    void theModuleMayRefuseInTheTransactionAndItsNeighboursGoOn() {
        Fee waived = fee(5_00);
        Fee charged = fee(6_00);
        fees.refuse = waived.id();

        List<Outcome> outcomes = operations.record(operator, fees, List.of(waived, charged));

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.PRECONDITION_FAILED);
            assertThat(r.detail()).isEqualTo("amount: this fee was waived");
        });
        assertThat(outcomes.get(1).accepted()).isTrue();
        assertThat(expensesCharged()).isEqualTo(6_00);
    }

    @Test
    void whenTheModuleCannotWriteItsRowsTheLedgerKeepsNothingEither() {
        fees.failWrites = true;
        Fee fee = fee(5_00);

        assertThatThrownBy(() -> operations.record(operator, fees, fee))
                .hasMessageContaining("the fee table is broken");

        assertThat(fixture.platform().ledger().transaction(TransactionId.of(fee.id())))
                .isEmpty();
        assertThat(expensesCharged()).isZero();
        assertThat(operationRows()).isZero();
        fees.failWrites = false;
        assertThat(operations.record(operator, fees, fee).accepted()).isTrue();
        assertThat(fixture.platform().consistency().run().clean()).isTrue();
    }

    @Test
    void aRetryIsAReplayThatWritesNothingAgain() {
        Fee fee = fee(5_00);
        operations.record(operator, fees, fee);

        Outcome again = operations.record(operator, fees, fee);

        assertThat(again)
                .isInstanceOfSatisfying(
                        Outcome.Accepted.class, a -> assertThat(a.replay()).isTrue());
        assertThat(fees.written).containsExactly(fee.id());
        assertThat(fixture.count("test_fees")).isEqualTo(1);
    }

    @Test
    void thePlatformChecksThePermissionTheBranchAndTheRegistration() {
        Fee headOffice = fee(5_00);

        assertThatThrownBy(() -> operations.record(fixture.actor("auditor"), fees, headOffice))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> operations.record(fixture.actor("operator.b1"), fees, headOffice))
                .isInstanceOf(SecurityException.class);
        FeeKind stranger = new FeeKind();
        assertThatThrownBy(() -> operations.record(operator, stranger, headOffice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not registered");
        assertThat(operationRows()).isZero();
    }

    @Test
    void checkFindsATransactionWithoutItsOperationAndARowWithoutItsTransaction() {
        operations.record(operator, fees, fee(5_00));
        long loose = fixture.platform().ids().next().value();
        fixture.platform()
                .ledger()
                .execute(Transfer.of(
                        TransactionId.of(loose),
                        TODAY,
                        Posting.of(ledgerId("HO-5030-USD"), ledgerId("HO-2910-USD"), "USD", 1_00)));
        fixture.tamper("INSERT INTO test_fees (id, amount) VALUES (?, ?)", 42L, 1L);

        ConsistencyReport report = fixture.platform().consistency().run();

        assertThat(report.clean()).isFalse();
        assertThat(report.rules())
                .filteredOn(r -> r.violations() > 0)
                .extracting(ConsistencyReport.RuleResult::name)
                .containsExactlyInAnyOrder(
                        "every ledger transaction belongs to a document or an operation",
                        "every test fee has its ledger transaction");
        assertThat(report.rules())
                .filteredOn(r -> r.violations() > 0)
                .flatExtracting(ConsistencyReport.RuleResult::examples)
                .anyMatch(e -> e.startsWith(loose + ": "))
                .anyMatch(e -> e.startsWith("42: "));
    }

    @Test
    void checkFindsABalanceThatDoesNotEqualItsPostings() {
        operations.record(operator, fees, fee(5_00));
        fixture.tamper(
                "UPDATE ledger_balances SET debits_posted = debits_posted + 1 WHERE account_id = ?",
                ledgerId("HO-5030-USD"));

        ConsistencyReport report = fixture.platform().consistency().run();

        assertThat(report.rules())
                .filteredOn(r -> r.violations() > 0)
                .extracting(ConsistencyReport.RuleResult::name)
                .containsExactly("every balance equals the sum of its postings, posted and pending");
    }
}
