package org.backoffice.banking.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.cash.DisbursementOrder;
import org.backoffice.banking.cash.FloatLine;
import org.backoffice.banking.cash.PieceCount;
import org.backoffice.banking.cash.ReceiptOrder;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.payment.PaymentOrder;
import org.backoffice.banking.payment.TransferOrder;
import org.backoffice.banking.testing.BankingFixture;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.reporting.BalanceSheet;
import org.backoffice.reporting.FinancialReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One realistic day at the bank, end to end: accounts opened, ten thousand payments made by tellers
 * in parallel, the clearing cycle closed and settled, a cashier's shift, end of day, and the books at
 * the end of it balancing to the cent against a model of every client's balance kept by the test.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class BankDayTest {
    private static final int CLIENTS = 120;
    private static final int PAYMENTS = 10_000;
    private static final long OPENING = 9_000_00;

    @Parameter
    TestDatabase database;

    @Test
    void aDayOfTenThousandPaymentsBalancesToTheCent() throws Exception {
        try (BankingFixture bank = BankingFixture.open(database)) {
            List<CustomerAccount> accounts = openAndFund(bank);
            Map<String, Long> model = new HashMap<>();
            accounts.forEach(a -> model.put(a.iban().value(), OPENING));

            Random random = new Random(42);
            List<Payment> planned = new ArrayList<>(PAYMENTS);
            for (int i = 0; i < PAYMENTS; i++) {
                CustomerAccount from = accounts.get(random.nextInt(accounts.size()));
                CustomerAccount to = accounts.get(random.nextInt(accounts.size()));
                boolean outgoing = random.nextInt(100) < 15 || to.iban().equals(from.iban());
                planned.add(new Payment(i, from, to, outgoing, 100 + random.nextInt(20_000)));
            }
            AtomicInteger refused = new AtomicInteger();
            ExecutorService tellers = Executors.newFixedThreadPool(16);
            List<Future<Boolean>> results = new ArrayList<>();
            for (Payment payment : planned) {
                results.add(tellers.submit(() -> make(bank, payment, refused)));
            }
            for (int i = 0; i < planned.size(); i++) {
                if (results.get(i).get()) {
                    Payment p = planned.get(i);
                    model.merge(p.from.iban().value(), -p.cents, Long::sum);
                    if (!p.outgoing) {
                        model.merge(p.to.iban().value(), p.cents, Long::sum);
                    }
                }
            }
            tellers.shutdown();

            long posted =
                    bank.rows("SELECT COUNT(*) FROM documents WHERE type IN ('InternalTransfer', 'OutgoingPayment')"
                            + " AND status = 'POSTED'");
            assertThat(posted + refused.get()).isEqualTo(PAYMENTS);
            assertThat(posted).isGreaterThan(PAYMENTS * 9L / 10);
            long clientsTotal =
                    model.values().stream().mapToLong(Long::longValue).sum();
            String payable = HouseAccounts.number("HO", HouseAccounts.CLEARING_PAYABLE, "USD");
            String settlement = HouseAccounts.number("HO", HouseAccounts.SETTLEMENT, "USD");
            long sentOut = bank.balance(payable);
            assertThat(clientsTotal + sentOut)
                    .as("money only moved, none was made or lost")
                    .isEqualTo(accounts.size() * OPENING);

            // The treasurer closes the clearing cycle; once a controller approves, the bank's net leaves
            // the settlement account and the clearing payable account is empty.
            long settlementBefore = bank.balance(settlement);
            var run = bank.banking()
                    .clearing()
                    .cycles()
                    .close(bank.actor("treasurer.ho"), null)
                    .document();
            bank.platform()
                    .documents()
                    .approve(bank.actor("controller.ho"), run.id(), "agrees with the clearing house");
            assertThat(bank.balance(payable)).isZero();
            assertThat(bank.balance(settlement) - settlementBefore).isEqualTo(-sentOut);

            // A cashier's shift at head office: a float from the vault, cash in and out, the count at the close.
            cashierShift(bank, accounts, model);

            // End of day accrues interest on the sub-ledger and closes the business day.
            var day = bank.banking().endOfDay().run(bank.actor("controller.ho"), bank.today());
            assertThat(day.status().name()).isEqualTo("DONE");
            assertThat(bank.rows(
                            "SELECT COUNT(*) FROM bank_business_days WHERE business_date = ?",
                            bank.today().toString()))
                    .isEqualTo(1);

            for (CustomerAccount account : accounts) {
                assertThat(bank.balance(account))
                        .as(account.iban().value())
                        .isEqualTo(model.get(account.iban().value()));
            }
            assertThat(bank.platform().ledger().trialBalance().isBalanced()).isTrue();
            Actor admin = bank.actor("admin");
            for (String branch : List.of("HO", "B1", "B2")) {
                BalanceSheet sheet = new FinancialReports(bank.platform()).balanceSheet(admin, bank.today(), branch);
                assertThat(sheet.currencies())
                        .allSatisfy(c ->
                                assertThat(c.difference()).as(branch + " " + c).isZero());
            }
        }
    }

    private static void cashierShift(BankingFixture bank, List<CustomerAccount> accounts, Map<String, Long> model) {
        Actor cashier = bank.actor("operator.ho");
        var cash = bank.banking().cash();
        cash.setUp(bank.actor("accountant.ho"), "HO", "D01", "Counter 1");
        String vault = HouseAccounts.number("HO", HouseAccounts.VAULT, "USD");
        var delivery = bank.platform()
                .documents()
                .create(
                        bank.actor("accountant.ho"),
                        new NewDocument(
                                JournalVoucherKind.TYPE,
                                "HO",
                                bank.today(),
                                new JournalVoucher(
                                        "USD",
                                        "banknotes delivered",
                                        List.of(
                                                new JournalLine(vault, Side.DEBIT, 3_000_000),
                                                new JournalLine("HO-1020-USD", Side.CREDIT, 3_000_000)))),
                        true,
                        null)
                .document();
        bank.platform().documents().approve(bank.actor("controller.ho"), delivery.id(), "delivery note checked");
        var shift = cash.openShift(cashier, "HO", "D01", List.of(new FloatLine("USD", new BigDecimal("5000.00"))));
        List<CustomerAccount> ho =
                accounts.stream().filter(a -> a.branch().equals("HO")).toList();
        for (int i = 0; i < 6; i++) {
            CustomerAccount account = ho.get(i);
            if (i % 2 == 0) {
                cash.receive(
                        cashier,
                        "HO",
                        new ReceiptOrder(
                                "D01",
                                "USD",
                                new BigDecimal("250.00"),
                                account.iban().value(),
                                null,
                                "holder",
                                "P" + i,
                                "deposit"),
                        null);
                model.merge(account.iban().value(), 25_000L, Long::sum);
            } else {
                cash.disburse(
                        cashier,
                        "HO",
                        new DisbursementOrder(
                                "D01",
                                "USD",
                                new BigDecimal("100.00"),
                                account.iban().value(),
                                "holder",
                                "P" + i,
                                "withdrawal"),
                        null);
                model.merge(account.iban().value(), -10_000L, Long::sum);
            }
        }
        long inTheDesk = cash.cash(cashier, "HO", "D01").get("USD");
        assertThat(inTheDesk).isEqualTo(500_000 + 3 * 25_000 - 3 * 10_000);
        long shortage = 1_000;
        long counted = inTheDesk - shortage;
        cash.closeShift(
                cashier,
                shift.id(),
                List.of(
                        new PieceCount("USD", 10_000, counted / 10_000),
                        new PieceCount("USD", 1_000, counted % 10_000 / 1_000)),
                true);
        assertThat(cash.cash(cashier, "HO", "D01").get("USD")).isZero();
        // The vault gets back the float, the day's net cash in, less what the cashier was short.
        assertThat(bank.balance(vault)).isEqualTo(3_000_000 + 3 * 25_000 - 3 * 10_000 - shortage);
    }

    private static boolean make(BankingFixture bank, Payment p, AtomicInteger refused) {
        Actor clerk = bank.actor("operator." + p.from.branch().toLowerCase(java.util.Locale.ROOT));
        BigDecimal amount = BigDecimal.valueOf(p.cents, 2);
        try {
            var result = p.outgoing
                    ? bank.banking()
                            .payments()
                            .pay(
                                    clerk,
                                    new PaymentOrder(
                                            p.from.iban().value(),
                                            "Supplier",
                                            "DE89370400440532013000",
                                            "COBADEFFXXX",
                                            "USD",
                                            amount,
                                            null,
                                            "DAY-" + p.number,
                                            null),
                                    true,
                                    null)
                    : bank.banking()
                            .payments()
                            .transfer(
                                    clerk,
                                    new TransferOrder(
                                            p.from.iban().value(),
                                            p.to.iban().value(),
                                            "USD",
                                            amount,
                                            null,
                                            "DAY-" + p.number),
                                    true,
                                    null);
            assertThat(result.document().status()).isEqualTo(DocumentStatus.POSTED);
            return true;
        } catch (InvalidDocumentException e) {
            assertThat(e.getMessage()).contains("INSUFFICIENT_BALANCE");
            refused.incrementAndGet();
            return false;
        }
    }

    private static List<CustomerAccount> openAndFund(BankingFixture bank) {
        List<CustomerAccount> accounts = new ArrayList<>();
        String[] branches = {"HO", "B1", "B2"};
        for (int i = 0; i < CLIENTS; i++) {
            String branch = branches[i % 3];
            Client client = bank.person(branch, "Client" + i, "Day");
            String clerk = "operator." + branch.toLowerCase(java.util.Locale.ROOT);
            accounts.add(bank.banking()
                    .accounts()
                    .open(bank.actor(clerk), new OpenCustomerAccount(client.id(), "USD", "CURRENT")));
        }
        for (CustomerAccount account : accounts) {
            bank.fund(account, BigDecimal.valueOf(OPENING, 2).toPlainString());
        }
        return accounts;
    }

    private record Payment(int number, CustomerAccount from, CustomerAccount to, boolean outgoing, long cents) {}
}
