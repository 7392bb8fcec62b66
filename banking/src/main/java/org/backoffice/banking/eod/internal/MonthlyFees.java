package org.backoffice.banking.eod.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Product;
import org.backoffice.banking.eod.EodStep;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.jdbc.Sql;

/**
 * Step 2: on the month's first business day, each account's product fee: Dr the account / Cr fee
 * income, one transaction per account with an id derived from day and account. Whether the balance
 * covers the fee is the ledger's own no-overdraft rule, decided under its lock: a refused fee is
 * recorded as skipped with the ledger's reason. A chunk's outcomes and the step's cursor commit
 * together; after a crash the chunk is submitted again, and a fee charged before it is a replay.
 */
public final class MonthlyFees {
    private MonthlyFees() {}

    record Account(long ledgerId, String branch, String currency, String product) {}

    public static StepOutcome run(StepContext context, EodJournal journal) {
        if (!context.monthStart()) {
            return new StepOutcome(0, "not the month's first business day: no fees are due");
        }
        LocalDate date = context.date();
        List<String> charging = context.products().values().stream()
                .filter(p -> p.monthlyFee().signum() > 0)
                .map(Product::code)
                .sorted()
                .toList();
        if (charging.isEmpty()) {
            return new StepOutcome(0, "no product charges a monthly fee");
        }
        long cursor = journal.cursor(date, EodStep.FEES);
        long items = journal.items(date, EodStep.FEES);
        int chunk = 0;
        while (true) {
            List<Object> args = new ArrayList<>(charging);
            args.add(cursor);
            args.add(context.chunkSize());
            List<Account> accounts = Sql.query(
                    context.platform().ledger().readers(),
                    "SELECT ledger_id, branch, currency, product FROM bank_accounts WHERE product IN ("
                            + Sql.marks(charging.size()) + ") AND ledger_id > ? AND status <> 'CLOSED'"
                            + " ORDER BY ledger_id LIMIT ?",
                    rs -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    args.toArray());
            if (accounts.isEmpty()) {
                break;
            }
            List<Transfer> fees = new ArrayList<>(accounts.size());
            long[] amounts = new long[accounts.size()];
            for (int i = 0; i < accounts.size(); i++) {
                Account account = accounts.get(i);
                amounts[i] = minorUnits(
                        context, context.products().get(account.product()).monthlyFee(), account);
                fees.add(Transfer.of(
                                EodIds.of(date, "FEE", Long.toString(account.ledgerId())),
                                date,
                                Posting.of(
                                        account.ledgerId(),
                                        context.house(account.branch(), HouseAccounts.FEE_INCOME, account.currency()),
                                        account.currency(),
                                        amounts[i]))
                        .withMemo(new Memo("EOD-" + date, "MONTHLY_FEE", Map.of("product", account.product()))));
            }
            List<Outcome> outcomes =
                    StepContext.await(context.platform().ledger().submitAll(fees));
            long last = accounts.get(accounts.size() - 1).ledgerId();
            context.platform().change(List.of(), c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO eod_fees (business_date, ledger_id,"
                        + " branch, currency, product, amount, charged, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < accounts.size(); i++) {
                        Account account = accounts.get(i);
                        Outcome outcome = outcomes.get(i);
                        insert.setString(1, date.toString());
                        insert.setLong(2, account.ledgerId());
                        insert.setString(3, account.branch());
                        insert.setString(4, account.currency());
                        insert.setString(5, account.product());
                        insert.setLong(6, amounts[i]);
                        insert.setInt(7, outcome.accepted() ? 1 : 0);
                        insert.setString(
                                8,
                                outcome instanceof Outcome.Rejected rejected
                                        ? rejected.reason().name()
                                        : null);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                EodJournal.advance(c, date, EodStep.FEES, last, accounts.size());
                return null;
            });
            cursor = last;
            items += accounts.size();
            context.progress().advanced(EodStep.FEES, items);
            context.reached(EodStep.FEES, ++chunk);
        }
        long charged = Sql.count(
                context.platform().ledger().readers(),
                "SELECT COUNT(*) FROM eod_fees WHERE business_date = ? AND charged = 1",
                date.toString());
        return new StepOutcome(items, charged + " fees charged, " + (items - charged) + " skipped");
    }

    private static long minorUnits(StepContext context, BigDecimal fee, Account account) {
        Asset currency = context.platform()
                .accounts()
                .asset(account.currency())
                .orElseThrow(() -> new IllegalStateException("currency " + account.currency() + " is not defined"));
        // A fee finer than the currency's unit (say 2.505 in a 2-decimal currency) is a settings error.
        return Amount.exact("monthlyFee", fee, currency).units();
    }
}
