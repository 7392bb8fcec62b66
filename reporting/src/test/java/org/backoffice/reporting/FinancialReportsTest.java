package org.backoffice.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.testing.PlatformFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo bank, plus three days well before its history: on day 1 head office earns 500.00 of fees
 * in cash and Riverside (B1) 70.00; on day 2 head office spends 120.00 of it; on day 3 a customer
 * pays 300.00 of cash into their current account at head office.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class FinancialReportsTest {
    private static final org.backoffice.platform.testing.SharedFixtures FIXTURES =
            new org.backoffice.platform.testing.SharedFixtures();
    private static final java.util.Set<TestDatabase> PREPARED = java.util.EnumSet.noneOf(TestDatabase.class);

    static final LocalDate DAY_1 = LocalDate.now().minusDays(60);
    static final LocalDate DAY_2 = DAY_1.plusDays(1);
    static final LocalDate DAY_3 = DAY_1.plusDays(2);

    @Parameter
    TestDatabase database;

    PlatformFixture fixture;
    FinancialReports reports;

    @BeforeEach
    void threeDaysOfPostings() {
        fixture = FIXTURES.on(database);
        reports = new FinancialReports(fixture.platform());
        synchronized (PREPARED) {
            if (PREPARED.add(database)) {
                post("accountant.ho", "HO", DAY_1, "HO-1010-USD", "HO-4020-USD", "500.00");
                post("operator.b1", "B1", DAY_1, "B1-1010-USD", "B1-4020-USD", "70.00");
                post("accountant.ho", "HO", DAY_2, "HO-5030-USD", "HO-1010-USD", "120.00");
                post("accountant.ho", "HO", DAY_3, "HO-1010-USD", "HO-2010-USD-001", "300.00");
            }
        }
    }

    @AfterAll
    static void closeFixtures() {
        FIXTURES.close();
    }

    private void post(String maker, String branch, LocalDate date, String debit, String credit, String amount) {
        var result = fixture.platform()
                .documents()
                .create(
                        fixture.actor(maker),
                        new NewDocument(
                                JournalVoucherKind.TYPE, branch, date, PlatformFixture.voucher(debit, credit, amount)),
                        true,
                        null);
        assertThat(result.document().status()).isEqualTo(DocumentStatus.POSTED);
    }

    private Actor actor(String username) {
        return fixture.actor(username);
    }

    private static Optional<TurnoverLine> line(TurnoverReport report, String number) {
        return report.lines().stream()
                .filter(l -> l.account().number().equals(number))
                .findFirst();
    }

    @Test
    void theTurnoverTrialBalanceSplitsOpeningPeriodAndClosing() {
        TurnoverReport report = reports.turnover(actor("admin"), Period.of(DAY_2, DAY_3), null);

        TurnoverLine cash = line(report, "HO-1010-USD").orElseThrow();
        assertThat(cash).isEqualTo(new TurnoverLine(cash.account(), 500_00, 0, 300_00, 120_00, 680_00, 0));
        TurnoverLine fees = line(report, "HO-4020-USD").orElseThrow();
        assertThat(fees).isEqualTo(new TurnoverLine(fees.account(), 0, 500_00, 0, 0, 0, 500_00));
        TurnoverLine deposits = line(report, "HO-2010-USD-001").orElseThrow();
        assertThat(deposits).isEqualTo(new TurnoverLine(deposits.account(), 0, 0, 0, 300_00, 0, 300_00));
        assertThat(line(report, "HO-3010-USD"))
                .as("nothing posted by the period's end")
                .isEmpty();
        TurnoverTotals usd = report.totals("USD").orElseThrow();
        assertThat(usd)
                .as("the expense of 120.00 closes on the debit side too")
                .isEqualTo(new TurnoverTotals("USD", 570_00, 570_00, 420_00, 420_00, 870_00, 870_00));
        assertThat(usd.balanced()).isTrue();
    }

    @Test
    void overTheWholeHistoryEveryAssetsTurnoverBalancesAndTheClosingIsTheTrialBalance() {
        LocalDate today = LocalDate.now();
        TurnoverReport report = reports.turnover(actor("auditor"), Period.of(DAY_1, today), null);

        assertThat(report.balanced()).isTrue();
        assertThat(report.totals("USD").orElseThrow().debitTurnover()).isGreaterThan(250_000_00L);
        for (TurnoverLine line : report.lines()) {
            long posted = fixture.balance(line.account().number());
            assertThat(line.closingDebit() - line.closingCredit())
                    .as(line.account().number())
                    .isEqualTo(posted);
        }
    }

    @Test
    void aBranchUserSeesTheirBranchOnlyAndNoOtherBranch() {
        TurnoverReport report = reports.turnover(actor("operator.b1"), Period.of(DAY_1, DAY_3), null);

        assertThat(report.lines())
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.account().branch()).isEqualTo("B1"));
        assertThat(line(report, "B1-4020-USD").orElseThrow().creditTurnover()).isEqualTo(70_00);
        assertThatThrownBy(() -> reports.turnover(actor("operator.b1"), Period.of(DAY_1, DAY_3), "HO"))
                .isInstanceOf(SecurityException.class);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reports.turnover(actor("admin"), Period.of(DAY_1, DAY_3), "NOPE"))
                .withMessageStartingWith("branch:");
        TurnoverReport headOffice = reports.turnover(actor("admin"), Period.of(DAY_1, DAY_3), "HO");
        assertThat(headOffice.branch()).isEqualTo("HO");
        assertThat(headOffice.totals("USD").orElseThrow().debitTurnover()).isEqualTo(920_00);
    }

    @Test
    void theIncomeStatementIsWhatIncomeAndExpenseMovedWithinThePeriod() {
        IncomeStatement.Currency all = reports.incomeStatement(actor("admin"), Period.of(DAY_1, DAY_3), null)
                .currency("USD")
                .orElseThrow();
        assertThat(all.totalIncome()).isEqualTo(570_00);
        assertThat(all.totalExpenses()).isEqualTo(120_00);
        assertThat(all.result()).isEqualTo(450_00);
        assertThat(all.income()).contains(new StatementLine("4020", "Fee and commission income", 570_00));
        assertThat(all.expenses()).contains(new StatementLine("5030", "Operating expenses", 120_00));

        IncomeStatement.Currency headOffice = reports.incomeStatement(actor("admin"), Period.of(DAY_2, DAY_3), "HO")
                .currency("USD")
                .orElseThrow();
        assertThat(headOffice.totalIncome()).isZero();
        assertThat(headOffice.result()).isEqualTo(-120_00);
    }

    @Test
    void theBalanceSheetBalancesWithTheResultNotYetClosed() {
        BalanceSheet.Currency day3 = reports.balanceSheet(actor("admin"), DAY_3, null)
                .currency("USD")
                .orElseThrow();
        assertThat(day3.totalAssets()).isEqualTo(750_00);
        assertThat(day3.assets()).contains(new StatementLine("1010", "Cash on hand", 750_00));
        assertThat(day3.totalLiabilities()).isEqualTo(300_00);
        assertThat(day3.totalEquity()).isZero();
        assertThat(day3.result()).isEqualTo(450_00);
        assertThat(day3.balanced()).isTrue();

        // Each demo voucher stays within one branch, so each branch balances on its own too.
        for (String branch : List.of("", "HO", "B1", "B2")) {
            BalanceSheet.Currency today = reports.balanceSheet(actor("admin"), LocalDate.now(), branch)
                    .currency("USD")
                    .orElseThrow();
            assertThat(today.totalAssets()).as(branch).isNotZero();
            assertThat(today.difference()).as(branch).isZero();
        }
        assertThat(reports.balanceSheet(actor("admin"), DAY_1.minusDays(1), null)
                        .currency("USD")
                        .orElseThrow()
                        .totalAssets())
                .isZero();
        assertThat(reports.balanceSheet(actor("admin"), DAY_3, null).currency("EUR"))
                .as("every currency on its own")
                .isPresent();
    }

    @Test
    void dailyBalancesFollowThePostingsDayByDay() {
        List<DailyBalance> days = reports.dailyBalances(
                actor("controller.ho"), "HO-1010-USD", Period.of(DAY_1.minusDays(1), DAY_3.plusDays(1)));

        assertThat(days)
                .containsExactly(
                        new DailyBalance(DAY_1.minusDays(1), 0),
                        new DailyBalance(DAY_1, 500_00),
                        new DailyBalance(DAY_2, 380_00),
                        new DailyBalance(DAY_3, 680_00),
                        new DailyBalance(DAY_3.plusDays(1), 680_00));
        assertThat(reports.dailyBalances(actor("admin"), "HO-2010-USD-001", Period.of(DAY_3, DAY_3)))
                .as("a liability's balance is positive on the credit side")
                .containsExactly(new DailyBalance(DAY_3, 300_00));
        assertThatThrownBy(() -> reports.dailyBalances(actor("operator.b1"), "HO-1010-USD", Period.of(DAY_1, DAY_3)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        reports.dailyBalances(actor("admin"), "HO-1010-USD", Period.of(DAY_1.minusYears(2), DAY_3)))
                .withMessageStartingWith("from:");
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsIsRefusedNamingFrom() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Period.of(DAY_3, DAY_1))
                .withMessageStartingWith("from: must not be after to");
    }
}
