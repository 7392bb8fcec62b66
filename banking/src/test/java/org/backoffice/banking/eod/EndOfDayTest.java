package org.backoffice.banking.eod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.eod.internal.Checkpoint;
import org.backoffice.banking.payment.TransferOrder;
import org.backoffice.banking.testing.BankingFixture;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class EndOfDayTest {
    static final LocalDate WED = LocalDate.of(2026, 11, 25);
    static final LocalDate FRI = LocalDate.of(2026, 11, 27);
    static final LocalDate MONTH_END = LocalDate.of(2026, 11, 30);
    static final LocalDate FEE_DAY = LocalDate.of(2026, 12, 1);
    static final String PAYABLE = HouseAccounts.number("HO", HouseAccounts.INTEREST_PAYABLE, "USD");
    static final String EXPENSE = HouseAccounts.number("HO", HouseAccounts.INTEREST_EXPENSE, "USD");

    @Parameter
    TestDatabase database;

    final List<BankingFixture> banks = new ArrayList<>();

    @AfterEach
    void close() {
        banks.forEach(BankingFixture::close);
    }

    /** A bank with a current account (0.10 %, ACT/365, 2.50 a month) and a deposit (3 %, ACT/360). */
    private Bank bank(String current, String deposit) {
        BankingFixture fixture = BankingFixture.open(database);
        banks.add(fixture);
        CustomerAccount alice = fixture.account(fixture.person("HO", "Alice", "Archer"), "USD", "CURRENT");
        CustomerAccount bob = fixture.account(fixture.person("HO", "Bob", "Baker"), "USD", "DEPOSIT");
        fixture.fund(alice, current);
        fixture.fund(bob, deposit);
        return new Bank(fixture, fixture.banking().endOfDay(), alice, bob);
    }

    record Bank(BankingFixture fixture, EndOfDay eod, CustomerAccount current, CustomerAccount deposit) {
        EodRun run(LocalDate date) {
            at(date);
            return eod.run(fixture.actor("controller.ho"), date);
        }

        void at(LocalDate date) {
            Instant evening = date.atTime(18, 0).toInstant(java.time.ZoneOffset.UTC);
            Duration ahead = Duration.between(fixture.clock().instant(), evening);
            if (!ahead.isNegative()) {
                fixture.clock().advance(ahead);
            }
        }

        long accrual(CustomerAccount account, LocalDate date, String column) {
            return fixture.rows(
                    "SELECT " + column + " FROM eod_accruals WHERE business_date = ? AND ledger_id = ?",
                    date.toString(),
                    account.ledgerId());
        }

        /** What a user would compare: balances by account number, sub-ledger rows by IBAN, transactions. */
        Map<String, Object> books() {
            Map<String, Object> books = new TreeMap<>();
            var readers = fixture.platform().ledger().readers();
            for (Object[] row : Sql.query(
                    readers,
                    "SELECT a.number, b.debits_posted, b.credits_posted FROM accounts a"
                            + " JOIN ledger_balances b ON b.account_id = a.ledger_id",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)})) {
                books.put("balance " + row[0], row[1] + "/" + row[2]);
            }
            for (Object[] row : Sql.query(
                    readers,
                    "SELECT b.iban, e.business_date, e.day_micros, e.cumulative_micros, e.posted, e.capitalised,"
                            + " e.carried_micros FROM eod_accruals e JOIN bank_accounts b ON b.ledger_id = e.ledger_id",
                    rs -> new Object[] {
                        rs.getString(1) + " " + rs.getString(2),
                        rs.getLong(3) + "," + rs.getLong(4) + "," + rs.getLong(5) + "," + rs.getLong(6) + ","
                                + rs.getLong(7)
                    })) {
                books.put("accrual " + row[0], row[1]);
            }
            for (Object[] row : Sql.query(
                    readers,
                    "SELECT b.iban, f.amount, f.charged FROM eod_fees f JOIN bank_accounts b ON b.ledger_id = f.ledger_id",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2) + "," + rs.getInt(3)})) {
                books.put("fee " + row[0], row[1]);
            }
            books.put("transactions", fixture.rows("SELECT COUNT(*) FROM ledger_transactions"));
            books.put("snapshots", fixture.rows("SELECT COUNT(*) FROM balance_snapshots"));
            books.put("closed", fixture.rows("SELECT COUNT(*) FROM bank_business_days"));
            return books;
        }
    }

    @Test
    void fridayAccruesTheWeekendByEachProductsDayCount() {
        Bank bank = bank("10000.00", "10000.00");
        long payable = bank.fixture().balance(PAYABLE);
        long expense = bank.fixture().balance(EXPENSE);

        EodRun run = bank.run(FRI);

        assertThat(run.status()).isEqualTo(EodStatus.DONE);
        assertThat(run.steps()).extracting(EodStepResult::status).containsOnly(EodStatus.DONE);
        // ACT/365 at 0.10 %: 1,000,000 cents × 0.10 / 100 × 3 / 365 = 8.219178 cents (Fri, Sat, Sun).
        assertThat(bank.accrual(bank.current(), FRI, "days")).isEqualTo(3);
        assertThat(bank.accrual(bank.current(), FRI, "day_micros")).isEqualTo(8_219_178);
        assertThat(bank.accrual(bank.current(), FRI, "posted")).isEqualTo(8);
        // ACT/360 at 3 %: 1,000,000 × 3 / 100 × 3 / 360 = 250 cents exactly.
        assertThat(bank.accrual(bank.deposit(), FRI, "day_micros")).isEqualTo(250_000_000);
        assertThat(bank.accrual(bank.deposit(), FRI, "posted")).isEqualTo(250);
        // One posting per branch, currency and product: Dr interest expense / Cr interest payable.
        assertThat(bank.fixture().balance(PAYABLE) - payable).isEqualTo(258);
        assertThat(bank.fixture().balance(EXPENSE) - expense).isEqualTo(258);
        assertThat(bank.fixture()
                        .rows("SELECT COUNT(*) FROM ledger_transactions WHERE reason_code = 'INTEREST_ACCRUAL'"))
                .isEqualTo(2);
        assertThat(bank.fixture().balance(bank.current())).isEqualTo(1_000_000);
    }

    @Test
    void theMonthsLastBusinessDayCreditsEachAccountItsInterestAndStartsAgain() {
        Bank bank = bank("10000.00", "10000.00");
        long payable = bank.fixture().balance(PAYABLE);
        bank.run(FRI);

        bank.run(MONTH_END);

        // Current: 8.219178 + 2.739726 = 10.958904 cents → 11, of which 8 were posted on Friday.
        assertThat(bank.accrual(bank.current(), MONTH_END, "posted")).isEqualTo(3);
        assertThat(bank.accrual(bank.current(), MONTH_END, "capitalised")).isEqualTo(11);
        assertThat(bank.fixture().balance(bank.current())).isEqualTo(1_000_011);
        // Deposit: 250 + 83.333333 = 333.333333 → 333.
        assertThat(bank.fixture().balance(bank.deposit())).isEqualTo(1_000_333);
        assertThat(bank.accrual(bank.deposit(), MONTH_END, "carried_micros")).isZero();
        assertThat(bank.fixture().balance(PAYABLE)).isEqualTo(payable);
    }

    @Test
    void theRoundedCumulativeAccrualOverThirtyDaysIsTheRoundedExactSum() {
        Bank bank = bank("0.01", "1234.57");
        long payable = bank.fixture().balance(PAYABLE);
        LocalDate day = FEE_DAY;
        BigDecimal exact = BigDecimal.ZERO;
        long naive = 0;
        long posted = 0;
        while (day.isBefore(LocalDate.of(2026, 12, 31))) {
            bank.run(day);
            long days = bank.accrual(bank.deposit(), day, "days");
            BigDecimal interest = BigDecimal.valueOf(123_457L * 3 * days)
                    .divide(BigDecimal.valueOf(100 * 360), MathContext.DECIMAL128);
            exact = exact.add(interest);
            naive += interest.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            posted += bank.accrual(bank.deposit(), day, "posted");
            day = bank.fixture().banking().calendar().nextBusinessDay(day);
        }

        // Dec 1 to Dec 31 is 30 days over 21 runs (Fridays and Christmas accrue several days at once).
        assertThat(exact.setScale(20, RoundingMode.HALF_EVEN)).isEqualByComparingTo("308.6425");
        long expected = exact.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        assertThat(expected).isEqualTo(309);
        assertThat(posted).isEqualTo(expected);
        assertThat(naive).as("rounding each day would drift").isNotEqualTo(expected);
        // The current account's 1 cent earns under half a cent all month: nothing posted for it.
        assertThat(bank.fixture().balance(PAYABLE) - payable).isEqualTo(expected);
    }

    @Test
    void theFirstBusinessDayChargesTheMonthlyFeeOrSkipsItWhenTheBalanceCannotCoverIt() {
        Bank bank = bank("100.00", "50.00");
        CustomerAccount poor = bank.fixture().account(bank.fixture().person("HO", "Carol", "Cooper"), "USD", "CURRENT");
        bank.fixture().fund(poor, "1.00");
        String income = HouseAccounts.number("HO", HouseAccounts.FEE_INCOME, "USD");
        long before = bank.fixture().balance(income);

        EodRun run = bank.run(FEE_DAY);

        assertThat(bank.fixture().balance(bank.current())).isEqualTo(10_000 - 250);
        assertThat(bank.fixture().balance(poor)).isEqualTo(100);
        assertThat(bank.fixture().balance(bank.deposit())).isEqualTo(5_000); // the deposit charges no fee
        assertThat(bank.fixture().balance(income) - before).isEqualTo(250);
        assertThat(bank.fixture()
                        .rows(
                                "SELECT COUNT(*) FROM eod_fees WHERE ledger_id = ? AND charged = 0"
                                        + " AND reason = 'INSUFFICIENT_BALANCE'",
                                poor.ledgerId()))
                .isEqualTo(1);
        assertThat(run.steps().get(EodStep.FEES.ordinal()).detail()).isEqualTo("1 fees charged, 1 skipped");
        EodReport report = bank.eod()
                .report(bank.fixture().actor("controller.ho"), FEE_DAY)
                .orElseThrow();
        EodReportLine usd = report.lines().stream()
                .filter(l -> l.branch().equals("HO") && l.currency().equals("USD"))
                .findFirst()
                .orElseThrow();
        assertThat(usd.feesCharged()).isEqualTo(250);
        assertThat(usd.feesCount()).isEqualTo(1);
        assertThat(usd.feesSkipped()).isEqualTo(1);
        assertThat(usd.accounts()).isEqualTo(3);
        assertThat(usd.snapshots()).isPositive();
        assertThat(report.balanced()).isTrue();
    }

    @Test
    void aClosedDayMovesATransferToTheNextDayButTakesAControllersApprovedAdjustment() {
        Bank bank = bank("100.00", "100.00");
        BankingFixture fixture = bank.fixture();
        // 10:00 on Wednesday, before the cut-off: a transfer could still be valued today, were it open.
        bank.eod().run(fixture.actor("controller.ho"), WED);

        // Asked for the closed day, a transfer takes the next business day, as after the cut-off.
        var moved = fixture.banking()
                .payments()
                .transfer(
                        fixture.actor("operator.ho"),
                        new TransferOrder(
                                bank.current().iban().value(),
                                bank.deposit().iban().value(),
                                "USD",
                                BigDecimal.ONE,
                                WED,
                                null),
                        true,
                        null)
                .document();
        assertThat(moved.body(org.backoffice.banking.payment.InternalTransfer.class)
                        .valueDate())
                .isEqualTo(WED.plusDays(1));

        BackValueAdjustment adjustment = new BackValueAdjustment(
                "USD",
                WED,
                "late bank charge",
                List.of(
                        new JournalLine("HO-5030-USD", Side.DEBIT, 1_500),
                        new JournalLine("HO-2910-USD", Side.CREDIT, 1_500)));
        NewDocument request = new NewDocument(BackValueAdjustmentKind.TYPE, "HO", fixture.today(), adjustment);
        assertThatThrownBy(
                        () -> fixture.platform().documents().create(fixture.actor("operator.ho"), request, true, null))
                .isInstanceOf(SecurityException.class);
        Document waiting = fixture.platform()
                .documents()
                .create(fixture.actor("controller.ho"), request, true, null)
                .document();
        assertThat(waiting.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(waiting.number()).startsWith("ADJ-HO-2026-");
        assertThatThrownBy(() ->
                        fixture.platform().documents().approve(fixture.actor("controller.ho"), waiting.id(), "mine"))
                .isInstanceOf(SecurityException.class);
        long expenses = fixture.balance("HO-5030-USD");

        fixture.platform()
                .users()
                .create(
                        fixture.actor("admin"),
                        new NewUser(
                                "controller2.ho", "Second controller", Set.of(Role.CONTROLLER), Set.of("HO"), false),
                        "a long password 1");
        Document posted = fixture.platform().documents().approve(fixture.actor("controller2.ho"), waiting.id(), "ok");

        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(fixture.balance("HO-5030-USD") - expenses).isEqualTo(1_500);
        assertThat(fixture.platform()
                        .ledger()
                        .transaction(posted.id().transactionId())
                        .orElseThrow()
                        .valueDate())
                .isEqualTo(WED);
    }

    @Test
    void runningTwiceForOneDayPostsOnce() {
        Bank bank = bank("10000.00", "10000.00");
        bank.run(FRI);
        Map<String, Object> once = bank.books();

        assertThatThrownBy(() -> bank.run(FRI))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("date");
                            assertThat(f.message()).contains("has run already");
                        }));
        assertThat(bank.books()).isEqualTo(once);
    }

    @Test
    void aRunStoppedMidwayResumesToTheSameBooksAsOneThatWasNot() {
        Bank straight = bank("10000.00", "2500.00");
        Bank chunked = bank("10000.00", "2500.00");
        Bank stepped = bank("10000.00", "2500.00");
        for (Bank bank : List.of(straight, chunked, stepped)) {
            for (int i = 0; i < 3; i++) {
                bank.fixture()
                        .fund(
                                bank.fixture()
                                        .account(bank.fixture().person("HO", "Dan" + i, "Dean"), "USD", "CURRENT"),
                                (i + 1) + "00.00");
            }
            bank.eod().chunkSize(2);
        }
        straight.run(MONTH_END);

        chunked.eod().failAfter(EodStep.ACCRUAL, 1);
        assertThatThrownBy(() -> chunked.run(MONTH_END)).hasMessageContaining("injected failure");
        assertThat(chunked.eod().find(MONTH_END).orElseThrow().status()).isEqualTo(EodStatus.FAILED);
        assertThat(chunked.fixture().rows("SELECT COUNT(*) FROM eod_accruals")).isEqualTo(2);
        chunked.run(MONTH_END);

        stepped.eod().failAfter(EodStep.ACCRUAL, Checkpoint.STEP_DONE);
        assertThatThrownBy(() -> stepped.run(MONTH_END)).hasMessageContaining("injected failure");
        stepped.run(MONTH_END);

        Map<String, Object> expected = straight.books();
        assertThat(chunked.books()).isEqualTo(expected);
        assertThat(stepped.books()).isEqualTo(expected);
        assertThat(stepped.eod().find(MONTH_END).orElseThrow().status()).isEqualTo(EodStatus.DONE);
        assertThat(expected.get("accrual " + straight.current().iban().value() + " " + MONTH_END))
                .isEqualTo("2739726,2739726,3,3,0");
    }

    @Test
    void aMonthEndAndAFeeDayInterruptedMidwayCapitaliseAndChargeEachAccountOnce() {
        Bank straight = bank("10000.00", "2500.00");
        Bank interrupted = bank("10000.00", "2500.00");
        for (Bank bank : List.of(straight, interrupted)) {
            for (int i = 0; i < 3; i++) {
                bank.fixture()
                        .fund(
                                bank.fixture()
                                        .account(bank.fixture().person("HO", "Eve" + i, "Evans"), "USD", "CURRENT"),
                                (i + 1) + "000.00");
            }
            bank.eod().chunkSize(2);
            bank.run(FRI);
        }
        straight.run(MONTH_END);
        straight.run(FEE_DAY);

        // Five accounts in chunks of two: three accrual chunks, then the first chunk of capitalisation.
        interrupted.eod().failAfter(EodStep.ACCRUAL, 4);
        assertThatThrownBy(() -> interrupted.run(MONTH_END)).hasMessageContaining("injected failure");
        assertThat(interrupted.fixture().rows("SELECT COUNT(*) FROM eod_postings WHERE step = 'CAPITALISE'"))
                .isEqualTo(2);
        assertThat(interrupted.fixture().violations("end of day")).isEmpty();
        interrupted.run(MONTH_END);
        interrupted.eod().failAfter(EodStep.FEES, 1);
        assertThatThrownBy(() -> interrupted.run(FEE_DAY)).hasMessageContaining("injected failure");
        assertThat(interrupted.fixture().rows("SELECT COUNT(*) FROM eod_fees")).isEqualTo(2);
        assertThat(interrupted.fixture().violations("end of day")).isEmpty();
        interrupted.run(FEE_DAY);

        assertThat(interrupted.books()).isEqualTo(straight.books());
        for (Bank bank : List.of(straight, interrupted)) {
            BankingFixture f = bank.fixture();
            assertThat(f.rows("SELECT COUNT(*) FROM eod_postings WHERE step = 'CAPITALISE'"))
                    .isEqualTo(f.rows(
                            "SELECT COUNT(*) FROM eod_accruals WHERE business_date = ? AND capitalised > 0",
                            MONTH_END.toString()))
                    .isEqualTo(5);
            // The four current accounts pay 2.50 each; the deposit charges none.
            assertThat(f.rows("SELECT COUNT(*) FROM eod_fees WHERE charged = 1"))
                    .isEqualTo(4);
            assertThat(f.rows("SELECT COUNT(*) FROM eod_postings WHERE step = 'FEE'"))
                    .isEqualTo(4);
            assertThat(f.rows("SELECT COALESCE(SUM(amount), 0) FROM eod_postings WHERE step = 'FEE'"))
                    .isEqualTo(4 * 250);
            assertThat(f.violations("end of day")).isEmpty();
        }
    }

    @Test
    void badDatesAndUsersAreRefusedAndChangeNothing() {
        Bank bank = bank("100.00", "100.00");
        Map<String, Object> before = bank.books();

        assertThatThrownBy(() -> bank.eod().run(bank.fixture().actor("operator.ho"), WED))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("controller");
        assertRefused(bank, LocalDate.of(2026, 11, 26), "must not be in the future");
        assertRefused(bank, LocalDate.of(2026, 11, 22), "not a business day");
        assertRefused(bank, null, "must be given");
        assertThat(bank.books()).isEqualTo(before);
        assertThat(bank.eod().history(10)).isEmpty();

        bank.run(WED);
        bank.at(FRI);
        assertRefused(bank, WED, "has run already");
        assertRefused(bank, LocalDate.of(2026, 11, 24), "must not be before the last closed business day, 2026-11-25");
    }

    private static void assertRefused(Bank bank, LocalDate date, String message) {
        assertThatThrownBy(() -> bank.eod().run(bank.fixture().actor("controller.ho"), date))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("date");
                            assertThat(f.message()).contains(message);
                        }));
    }
}
