package org.backoffice.banking.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.cash.Denomination;
import org.backoffice.banking.cash.Denominations;
import org.backoffice.banking.cash.DisbursementOrder;
import org.backoffice.banking.cash.FloatLine;
import org.backoffice.banking.cash.PieceCount;
import org.backoffice.banking.cash.ReceiptOrder;
import org.backoffice.banking.cash.Shift;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.banking.message.ClearingCsv;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.banking.payment.ConversionOrder;
import org.backoffice.banking.payment.PaymentOrder;
import org.backoffice.banking.payment.TransferOrder;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Side;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;

/**
 * A day at the demo bank, grown on top of the demo organisation: last night's end of day, clients
 * in every branch with their accounts and opening balances, the day's rates, a few thousand
 * payments (transfers between clients, payments to other banks, conversions), a few of them waiting
 * for approval, this morning's incoming clearing file with three payments in the exceptions queue,
 * the clearing cycle closed and settled, and a cashier's shift counted at the close. Seeded, so
 * every demo looks the same.
 */
public final class DemoBank {
    /** Payments the demo day makes. */
    public static final int PAYMENTS = 3_000;

    private static final String[][] PEOPLE = {
        {"Ada", "Lovelace"}, {"Alan", "Turing"}, {"Grace", "Hopper"}, {"Edsger", "Dijkstra"},
        {"Barbara", "Liskov"}, {"Donald", "Knuth"}, {"Frances", "Allen"}, {"Tony", "Hoare"},
        {"Margaret", "Hamilton"}, {"John", "Backus"}, {"Radia", "Perlman"}, {"Niklaus", "Wirth"},
        {"Karen", "Sparck Jones"}, {"Ken", "Thompson"}, {"Sophie", "Wilson"}, {"Tim", "Berners-Lee"},
        {"Hedy", "Lamarr"}, {"Claude", "Shannon"}, {"Katherine", "Johnson"}, {"Dennis", "Ritchie"},
        {"Annie", "Easley"}, {"Leslie", "Lamport"}, {"Mary", "Keller"}, {"Robin", "Milner"}
    };
    private static final String[] COMPANIES = {
        "Northwind Traders Ltd", "Contoso Bakery Ltd", "Fabrikam Tools plc", "Tailspin Toys Ltd",
        "Wide World Importers Ltd", "Adventure Works Cycles Ltd", "Litware Systems Ltd", "Proseware Publishing Ltd",
        "Woodgrove Farms Ltd", "Lucerne Publishing Ltd", "Coho Vineyard Ltd", "Alpine Ski House Ltd"
    };
    private static final String[][] OTHER_BANKS = {
        {"COBADEFFXXX", "DE89370400440532013000"},
        {"BNPAFRPPXXX", "FR1420041010050500013M02606"},
        {"ABNANL2AXXX", "NL91ABNA0417164300"},
        {"NWBKGB2LXXX", "GB29NWBK60161331926819"},
        {"BARCGB22XXX", "GB33BUKB20201555555555"}
    };

    private final Banking banking;
    private final Platform platform;
    private final Random random = new Random(20261127);

    private DemoBank(Banking banking) {
        this.banking = banking;
        this.platform = banking.platform();
    }

    /** Grows the demo bank's day, last night's end of day included, unless it has clients already. */
    public static boolean loadInto(Banking banking) {
        return loadInto(banking, true);
    }

    /**
     * Grows the demo bank's day unless it has clients already; returns whether it did.
     *
     * @param endOfDay whether to close the previous business day first, as last night's end of day
     *     would have; without it, vouchers may still be dated on any past day
     */
    public static boolean loadInto(Banking banking, boolean endOfDay) {
        if (!banking.clients()
                .list(Actor.system("demo"), null, null, 0, 1)
                .items()
                .isEmpty()) {
            return false;
        }
        new DemoBank(banking).load(endOfDay);
        return true;
    }

    private void load(boolean endOfDay) {
        LocalDate today = banking.payments().valueDates().today();
        if (endOfDay) {
            lastNightsEndOfDay(today);
        }
        List<CustomerAccount> accounts = new ArrayList<>();
        int person = 0;
        int company = 0;
        for (String branch : List.of("HO", "B1", "B2")) {
            Actor clerk = user("operator." + branch.toLowerCase(java.util.Locale.ROOT));
            for (int i = 0; i < 12; i++) {
                Client client = i % 3 == 2 && company < COMPANIES.length
                        ? company(clerk, branch, COMPANIES[company++])
                        : person(clerk, branch, PEOPLE[person++ % PEOPLE.length], today);
                List<OpenCustomerAccount> wanted = new ArrayList<>();
                wanted.add(new OpenCustomerAccount(client.id(), "USD", "CURRENT"));
                if (i % 2 == 0) {
                    wanted.add(new OpenCustomerAccount(client.id(), "EUR", "CURRENT"));
                }
                if (i % 4 == 1) {
                    wanted.add(new OpenCustomerAccount(client.id(), "GBP", "DEPOSIT"));
                }
                accounts.addAll(banking.accounts().openAll(clerk, wanted));
            }
        }
        for (CustomerAccount account : accounts) {
            fund(account, 5_000 + random.nextInt(4_000));
        }
        Actor treasurer = user("treasurer.ho");
        LocalDate valueDate = banking.payments().valueDates().earliest();
        for (LocalDate day : List.of(today, valueDate)) {
            banking.rates().set(treasurer, day, "USD", "EUR", new BigDecimal("0.9215"));
            banking.rates().set(treasurer, day, "GBP", "USD", new BigDecimal("1.2634"));
            banking.rates().set(treasurer, day, "GBP", "EUR", new BigDecimal("1.1642"));
        }
        payments(accounts);
        incomingClearingFile(accounts);
        closeClearingCycle();
        cashierShift(accounts);
    }

    /** Last night's end of day, for the previous business day: its report is on the End of day page. */
    private void lastNightsEndOfDay(LocalDate today) {
        LocalDate previous = today.minusDays(1);
        while (!banking.calendar().isBusinessDay(previous)) {
            previous = previous.minusDays(1);
        }
        banking.endOfDay().run(user("controller.ho"), previous);
    }

    /**
     * This morning's file from the clearing house: payments from other banks to the demo's clients,
     * three of them to accounts the bank does not keep, which wait in the exceptions queue.
     */
    private void incomingClearingFile(List<CustomerAccount> accounts) {
        LocalDate settlement = banking.payments().valueDates().earliest();
        List<ClearingPayment> payments = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            CustomerAccount to = accounts.get(random.nextInt(accounts.size()));
            String[] bank = OTHER_BANKS[random.nextInt(OTHER_BANKS.length)];
            String creditor = i % 66 == 65
                    ? Iban.of("GB", "DEMO400000" + (90_000_000 + i)).value()
                    : to.iban().value();
            payments.add(new ClearingPayment(
                    "IN-" + settlement + "-" + i,
                    "Customer of " + bank[0].substring(0, 4),
                    bank[1],
                    bank[0],
                    "Demo client",
                    creditor,
                    banking.settings().bic(),
                    to.currency(),
                    Amount.of(asset(to.currency()), 2_000 + random.nextInt(200_000))
                            .decimal(),
                    "Invoice " + (1000 + i),
                    settlement));
        }
        banking.clearing()
                .incoming()
                .importFile(
                        user("operator.ho"),
                        "clearing-" + settlement + ".csv",
                        ClearingCsv.write(payments).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The treasurer closes the day's clearing cycle and a controller approves the settlement. */
    private void closeClearingCycle() {
        var run = banking.clearing().cycles().close(user("treasurer.ho"), null).document();
        platform.documents().approve(user("controller.ho"), run.id(), "Net positions agree with the clearing house");
    }

    /**
     * A cashier's shift at head office: cash ordered from the correspondent into the vault, a float
     * for the desk, receipts and payouts for clients, and the count at the close, five dollars short.
     */
    private void cashierShift(List<CustomerAccount> accounts) {
        Actor cashier = user("operator.ho");
        banking.cash().setUp(user("accountant.ho"), "HO", "D01", "Counter 1");
        var vaulted = platform.documents()
                .create(
                        user("accountant.ho"),
                        new NewDocument(
                                JournalVoucherKind.TYPE,
                                "HO",
                                banking.payments().valueDates().today(),
                                new JournalVoucher(
                                        "USD",
                                        "Banknotes delivered by the correspondent to the vault",
                                        List.of(
                                                new JournalLine(
                                                        HouseAccounts.number("HO", HouseAccounts.VAULT, "USD"),
                                                        Side.DEBIT,
                                                        5_000_000),
                                                new JournalLine("HO-1020-USD", Side.CREDIT, 5_000_000)))),
                        true,
                        null)
                .document();
        platform.documents().approve(user("controller.ho"), vaulted.id(), "Delivery note checked");
        Shift shift = banking.cash()
                .openShift(cashier, "HO", "D01", List.of(new FloatLine("USD", new BigDecimal("20000.00"))));
        List<CustomerAccount> dollars = accounts.stream()
                .filter(a -> a.branch().equals("HO") && a.currency().equals("USD"))
                .toList();
        for (int i = 0; i < 12; i++) {
            CustomerAccount account = dollars.get(i % dollars.size());
            BigDecimal amount =
                    Amount.of(asset("USD"), 5_000 + random.nextInt(90_000)).decimal();
            try {
                if (i % 3 == 2) {
                    banking.cash()
                            .disburse(
                                    cashier,
                                    "HO",
                                    new DisbursementOrder(
                                            "D01",
                                            "USD",
                                            amount,
                                            account.iban().value(),
                                            "Account holder",
                                            "P" + (500_000 + i),
                                            "Cash withdrawal"),
                                    null);
                } else {
                    banking.cash()
                            .receive(
                                    cashier,
                                    "HO",
                                    new ReceiptOrder(
                                            "D01",
                                            "USD",
                                            amount,
                                            account.iban().value(),
                                            null,
                                            "Account holder",
                                            "P" + (500_000 + i),
                                            "Cash deposit"),
                                    null);
                }
            } catch (InvalidDocumentException refused) {
                // A client short of funds is refused at the counter; the shift goes on.
            }
        }
        long counted = banking.cash().cash(cashier, "HO", "D01").get("USD") - 500;
        banking.cash().closeShift(cashier, shift.id(), count("USD", counted), true);
    }

    /** Notes and coins adding up to {@code minor}, the largest first. */
    private static List<PieceCount> count(String currency, long minor) {
        List<PieceCount> pieces = new ArrayList<>();
        long left = minor;
        for (Denomination denomination : Denominations.of(currency)) {
            long n = left / denomination.value();
            if (n > 0) {
                pieces.add(new PieceCount(currency, denomination.value(), n));
                left -= n * denomination.value();
            }
        }
        return pieces;
    }

    private Client person(Actor clerk, String branch, String[] name, LocalDate today) {
        return banking.clients()
                .create(
                        clerk,
                        new NewClient(
                                ClientKind.PERSON,
                                branch,
                                name[0],
                                name[1],
                                today.minusYears(25 + random.nextInt(40)).withDayOfYear(1 + random.nextInt(360)),
                                null,
                                "P" + (100_000_000 + random.nextInt(899_999_999)),
                                "QQ" + (100_000 + random.nextInt(899_999)) + "C",
                                null,
                                (1 + random.nextInt(200)) + " " + branchStreet(branch) + ", London",
                                "GB",
                                null,
                                null));
    }

    private Client company(Actor clerk, String branch, String name) {
        return banking.clients()
                .create(
                        clerk,
                        new NewClient(
                                ClientKind.COMPANY,
                                branch,
                                null,
                                null,
                                null,
                                name,
                                "0" + (1_000_000 + random.nextInt(8_999_999)),
                                "GB" + (100_000_000 + random.nextInt(899_999_999)),
                                null,
                                (1 + random.nextInt(200)) + " " + branchStreet(branch) + ", London",
                                "GB",
                                null,
                                null));
    }

    private static String branchStreet(String branch) {
        return switch (branch) {
            case "HO" -> "Threadneedle Street";
            case "B1" -> "Riverside Walk";
            default -> "Hillside Road";
        };
    }

    private Asset asset(String currency) {
        return platform.accounts().asset(currency).orElseThrow();
    }

    /** An opening balance brought over from the previous system: Dr suspense, Cr the client's account. */
    private void fund(CustomerAccount account, long units) {
        long minor = Amount.exact("amount", BigDecimal.valueOf(units), asset(account.currency()))
                .units();
        String suspense = HouseAccounts.number(account.branch(), HouseAccounts.SUSPENSE, account.currency());
        JournalVoucher voucher = new JournalVoucher(
                account.currency(),
                "Opening balance brought over from the previous core system",
                List.of(
                        new JournalLine(suspense, Side.DEBIT, minor),
                        new JournalLine(account.bookNumber(), Side.CREDIT, minor)));
        String branch = account.branch().toLowerCase(java.util.Locale.ROOT);
        platform.documents()
                .create(
                        user("operator." + branch),
                        new NewDocument(
                                JournalVoucherKind.TYPE,
                                account.branch(),
                                banking.payments().valueDates().today(),
                                voucher),
                        true,
                        null);
    }

    /** The day's payments, made from several threads as tellers would, so that they commit in batches. */
    private void payments(List<CustomerAccount> accounts) {
        List<Runnable> work = new ArrayList<>(PAYMENTS);
        for (int i = 0; i < PAYMENTS; i++) {
            CustomerAccount from = accounts.get(random.nextInt(accounts.size()));
            int kind = random.nextInt(100);
            long minor = 1_000 + random.nextInt(60_000);
            BigDecimal amount = Amount.of(asset(from.currency()), minor).decimal();
            Actor clerk = user("operator." + from.branch().toLowerCase(java.util.Locale.ROOT));
            if (kind < 80) {
                CustomerAccount to = sameCurrency(accounts, from);
                work.add(() -> banking.payments()
                        .transfer(
                                clerk,
                                new TransferOrder(
                                        from.iban().value(),
                                        to.iban().value(),
                                        from.currency(),
                                        amount,
                                        null,
                                        "Invoice " + minor),
                                true,
                                null));
            } else if (kind < 95) {
                String[] bank = OTHER_BANKS[random.nextInt(OTHER_BANKS.length)];
                String e2e = "DEMO-" + i;
                work.add(() -> banking.payments()
                        .pay(
                                clerk,
                                new PaymentOrder(
                                        from.iban().value(),
                                        "Supplier " + (1 + (int) (minor % 40)),
                                        bank[1],
                                        bank[0],
                                        from.currency(),
                                        amount,
                                        null,
                                        e2e,
                                        "Order " + minor),
                                true,
                                null));
            } else {
                CustomerAccount to = otherCurrencyOfSameClient(accounts, from);
                if (to != null) {
                    work.add(() -> banking.payments()
                            .convert(
                                    clerk,
                                    new ConversionOrder(
                                            from.iban().value(),
                                            to.iban().value(),
                                            Amount.of(asset(from.currency()), minor / 10)
                                                    .decimal(),
                                            null,
                                            "FX"),
                                    true,
                                    null));
                }
            }
        }
        // A few large payments wait in the approvals inbox for a controller.
        for (int i = 0; i < 3; i++) {
            CustomerAccount from = accounts.get(i * 7 % accounts.size());
            if (!from.branch().equals("B2") && from.currency().equals("USD")) {
                CustomerAccount to = sameCurrency(accounts, from);
                Actor clerk = user("operator." + from.branch().toLowerCase(java.util.Locale.ROOT));
                work.add(() -> banking.payments()
                        .transfer(
                                clerk,
                                new TransferOrder(
                                        from.iban().value(),
                                        to.iban().value(),
                                        "USD",
                                        new BigDecimal("12500.00"),
                                        null,
                                        "Property deposit"),
                                true,
                                null));
            }
        }
        ExecutorService tellers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable task : work) {
                done.add(tellers.submit(() -> {
                    try {
                        task.run();
                    } catch (InvalidDocumentException refused) {
                        // A client without the funds is refused, as at any bank; the demo goes on.
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo day was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "the demo day failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            tellers.shutdown();
        }
    }

    private CustomerAccount sameCurrency(List<CustomerAccount> accounts, CustomerAccount from) {
        while (true) {
            CustomerAccount to = accounts.get(random.nextInt(accounts.size()));
            if (to.currency().equals(from.currency()) && !to.iban().equals(from.iban())) {
                return to;
            }
        }
    }

    private static CustomerAccount otherCurrencyOfSameClient(List<CustomerAccount> accounts, CustomerAccount from) {
        return accounts.stream()
                .filter(a -> a.clientId() == from.clientId() && !a.currency().equals(from.currency()))
                .findFirst()
                .orElse(null);
    }

    private Actor user(String name) {
        return platform.users()
                .find(name)
                .map(User::actor)
                .orElseThrow(() -> new IllegalStateException("demo user " + name + " is missing"));
    }
}
