package org.backoffice.platform.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Side;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.organisation.Branch;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.organisation.Department;
import org.backoffice.platform.organisation.LegalEntity;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.organisation.Organisation;
import org.backoffice.platform.organisation.Party;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.backoffice.platform.security.Users;

/**
 * The demo organisation for {@code serve --demo}: a bank with a head office and two branches, a
 * user in each role, a chart of accounts, and two weeks of history. Every demo user's password is
 * {@value #PASSWORD}; outside the demo there is no default password.
 */
public final class DemoOrganisation {
    public static final String PASSWORD = "demo";
    public static final List<String> BRANCHES = List.of("HO", "B1", "B2");

    private final Platform platform;
    private final Actor system = Actor.system("demo");

    private DemoOrganisation(Platform platform) {
        this.platform = platform;
    }

    /** Loads the demo unless the database has users already; returns whether it loaded. */
    public static boolean loadInto(Platform platform) {
        if (platform.users().anyAdministrator()) {
            return false;
        }
        new DemoOrganisation(platform).load();
        return true;
    }

    private void load() {
        platform.prepare(system);
        Organisation organisation = platform.organisation();
        organisation.add(system, new LegalEntity("DEMO", "Demo Bank plc", "GB"));
        organisation.add(system, new Branch("HO", "Head office", "DEMO", true));
        organisation.add(system, new Branch("B1", "Riverside branch", "DEMO", false));
        organisation.add(system, new Branch("B2", "Hillside branch", "DEMO", false));
        organisation.add(system, new Department("TREASURY", "HO", "Treasury"));
        organisation.add(system, new Department("ACCOUNTING", "HO", "Accounting"));
        organisation.add(system, new Department("B1-OPS", "B1", "Riverside operations"));
        organisation.add(system, new Department("B2-OPS", "B2", "Hillside operations"));
        organisation.add(system, new Party("C001", Party.Kind.COMPANY, "Northwind Traders Ltd", "GB123456789", "HO"));
        organisation.add(system, new Party("C002", Party.Kind.PERSON, "Ada Lovelace", null, "B1"));
        organisation.add(system, new Party("C003", Party.Kind.COMPANY, "Contoso Bakery", "GB987654321", "B2"));
        organisation.add(
                system,
                new BusinessCalendar(
                        "GB",
                        "United Kingdom",
                        Map.of(
                                LocalDate.of(2026, 12, 25), "Christmas Day",
                                LocalDate.of(2026, 12, 28), "Boxing Day (substitute)",
                                LocalDate.of(2027, 1, 1), "New Year's Day")));
        List<OpenBookAccount> accounts = new java.util.ArrayList<>();
        for (String branch : BRANCHES) {
            accounts.addAll(accounts(branch));
        }
        platform.accounts().openAll(system, accounts);
        users();
        history();
    }

    private static List<OpenBookAccount> accounts(String branch) {
        BalanceLimit noNegativeAsset = BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS;
        BalanceLimit noOverdraft = BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS;
        return List.of(
                new OpenBookAccount(branch, "1010", "USD", null, "Cash on hand", noNegativeAsset),
                new OpenBookAccount(branch, "1020", "USD", null, "Nostro account", BalanceLimit.NONE),
                new OpenBookAccount(branch, "1910", "USD", null, "Interbranch settlements", BalanceLimit.NONE),
                new OpenBookAccount(branch, "2010", "USD", "001", "Customer current account 001", noOverdraft),
                new OpenBookAccount(branch, "2010", "USD", "002", "Customer current account 002", noOverdraft),
                new OpenBookAccount(branch, "2910", "USD", null, "Suspense", BalanceLimit.NONE),
                new OpenBookAccount(branch, "3010", "USD", null, "Share capital", BalanceLimit.NONE),
                new OpenBookAccount(branch, "4020", "USD", null, "Fee and commission income", BalanceLimit.NONE),
                new OpenBookAccount(branch, "5020", "USD", null, "Staff costs", BalanceLimit.NONE),
                new OpenBookAccount(branch, "5030", "USD", null, "Operating expenses", BalanceLimit.NONE),
                new OpenBookAccount(branch, "1010", "EUR", null, "Cash on hand (EUR)", noNegativeAsset),
                new OpenBookAccount(branch, "2910", "EUR", null, "Suspense (EUR)", BalanceLimit.NONE));
    }

    private void users() {
        Users users = platform.users();
        user(users, "admin", "Alex Admin", Set.of(Role.ADMINISTRATOR), Set.of(), true);
        user(users, "auditor", "Avery Auditor", Set.of(Role.AUDITOR), Set.of(), true);
        user(users, "operator.ho", "Olivia Operator (HO)", Set.of(Role.OPERATOR), Set.of("HO"), false);
        user(users, "controller.ho", "Carlos Controller (HO)", Set.of(Role.CONTROLLER), Set.of("HO"), false);
        user(users, "accountant.ho", "Anna Accountant (HO)", Set.of(Role.ACCOUNTANT), Set.of("HO"), false);
        user(users, "treasurer.ho", "Tom Treasurer (HO)", Set.of(Role.TREASURER), Set.of("HO"), false);
        user(users, "operator.b1", "Omar Operator (B1)", Set.of(Role.OPERATOR), Set.of("B1"), false);
        user(users, "controller.b1", "Chloe Controller (B1)", Set.of(Role.CONTROLLER), Set.of("B1"), false);
        user(users, "operator.b2", "Oscar Operator (B2)", Set.of(Role.OPERATOR), Set.of("B2"), false);
    }

    private static void user(
            Users users, String name, String display, Set<Role> roles, Set<String> branches, boolean all) {
        users.createDemoUser(new NewUser(name, display, roles, branches, all), PASSWORD);
    }

    private void history() {
        LocalDate today = LocalDate.now(platform.clock());
        Actor operatorHo = actor("operator.ho");
        Actor controllerHo = actor("controller.ho");
        Actor operatorB1 = actor("operator.b1");
        Actor controllerB1 = actor("controller.b1");
        Actor operatorB2 = actor("operator.b2");
        // Capital first: above the threshold, so each one is approved by a controller.
        approve(
                controllerHo,
                submit(
                        operatorHo,
                        "HO",
                        today.minusDays(14),
                        "Share capital paid in",
                        "HO-1010-USD",
                        "HO-3010-USD",
                        "250000.00"));
        approve(
                controllerB1,
                submit(
                        operatorB1,
                        "B1",
                        today.minusDays(14),
                        "Share capital allotted to Riverside",
                        "B1-1010-USD",
                        "B1-3010-USD",
                        "80000.00"));
        approve(
                controllerHo,
                submit(
                        operatorHo,
                        "HO",
                        today.minusDays(13),
                        "Cash for Hillside branch",
                        "HO-1910-USD",
                        "HO-1010-USD",
                        "40000.00"));
        submit(
                operatorB2,
                "B2",
                today.minusDays(13),
                "Cash received from head office",
                "B2-1010-USD",
                "B2-1910-USD",
                "9500.00");
        String[] fees = {"120.00", "85.50", "240.00", "60.00", "310.25", "95.00", "180.00", "45.75", "220.00", "130.00"
        };
        for (int day = 12; day >= 1; day--) {
            LocalDate date = today.minusDays(day);
            String fee = fees[day % fees.length];
            submit(operatorHo, "HO", date, "Account maintenance fees", "HO-1010-USD", "HO-4020-USD", fee);
            submit(
                    operatorB1,
                    "B1",
                    date,
                    "Card issuance fees",
                    "B1-1010-USD",
                    "B1-4020-USD",
                    fees[(day + 3) % fees.length]);
            if (day % 3 == 0) {
                submit(operatorHo, "HO", date, "Stationery and postage", "HO-5030-USD", "HO-1010-USD", "75.40");
                submit(operatorB2, "B2", date, "Branch utilities", "B2-5030-USD", "B2-1010-USD", "210.00");
            }
        }
        submit(
                operatorHo,
                "HO",
                today.minusDays(1),
                "Monthly salaries, head office",
                "HO-5020-USD",
                "HO-1010-USD",
                "9800.00");
        // Waiting for approval, and one sent back.
        submit(operatorHo, "HO", today, "Equipment purchase: server racks", "HO-5030-USD", "HO-1010-USD", "18500.00");
        Document sentBack = submit(
                operatorB1, "B1", today, "Branch refurbishment advance", "B1-5030-USD", "B1-1010-USD", "25000.00");
        platform.documents()
                .reject(controllerB1, sentBack.id(), "Attach the contractor's invoice and split by cost centre");
    }

    private Actor actor(String username) {
        return platform.users().find(username).map(User::actor).orElseThrow();
    }

    private Document submit(
            Actor maker, String branch, LocalDate date, String narrative, String debit, String credit, String amount) {
        long units = Amount.parse(
                        "amount", amount, platform.accounts().asset("USD").orElseThrow())
                .units();
        JournalVoucher voucher = new JournalVoucher(
                "USD",
                narrative,
                List.of(new JournalLine(debit, Side.DEBIT, units), new JournalLine(credit, Side.CREDIT, units)));
        return platform.documents()
                .create(maker, new NewDocument(JournalVoucherKind.TYPE, branch, date, voucher), true, null)
                .document();
    }

    private void approve(Actor approver, Document document) {
        platform.documents().approve(approver, document.id(), "Checked against the board minutes");
    }
}
