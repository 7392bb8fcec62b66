package org.backoffice.banking.eod.internal;

import java.math.BigDecimal;
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
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.jdbc.Sql;

/**
 * Step 2: on the month's first business day, each account's product fee: Dr the account / Cr fee
 * income, one transaction per account with an id derived from day and account. Whether the balance
 * covers the fee is the ledger's own no-overdraft rule, decided under its lock: a refused fee is
 * recorded as skipped with the ledger's reason. Each fee is an operation on the platform's one path:
 * its posting and its {@code eod_fees} row commit together. After a crash the accounts without a fee
 * row are taken up again, and a fee charged before is a replay.
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
            args.add(date.toString());
            args.add(context.chunkSize());
            List<Account> accounts = Sql.query(
                    context.platform().ledger().readers(),
                    "SELECT ledger_id, branch, currency, product FROM bank_accounts WHERE product IN ("
                            + Sql.marks(charging.size()) + ") AND ledger_id > ? AND status <> 'CLOSED'"
                            + " AND NOT EXISTS (SELECT 1 FROM eod_fees f WHERE f.business_date = ?"
                            + " AND f.ledger_id = bank_accounts.ledger_id)"
                            + " ORDER BY ledger_id LIMIT ?",
                    rs -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    args.toArray());
            if (accounts.isEmpty()) {
                break;
            }
            List<MonthlyFeeKind.Fee> fees = new ArrayList<>(accounts.size());
            for (Account account : accounts) {
                long amount = minorUnits(
                        context, context.products().get(account.product()).monthlyFee(), account);
                Transfer transfer = Transfer.of(
                                EodIds.of(date, "FEE", Long.toString(account.ledgerId())),
                                date,
                                Posting.of(
                                        account.ledgerId(),
                                        context.house(account.branch(), HouseAccounts.FEE_INCOME, account.currency()),
                                        account.currency(),
                                        amount))
                        .withMemo(new Memo("EOD-" + date, "MONTHLY_FEE", Map.of("product", account.product())));
                fees.add(new MonthlyFeeKind.Fee(
                        new EodPosting(
                                date,
                                EodPosting.FEE,
                                account.ledgerId(),
                                account.branch(),
                                account.currency(),
                                account.product(),
                                amount,
                                transfer),
                        null));
            }
            List<Outcome> outcomes = context.record(context.kinds().fees(), fees);
            List<MonthlyFeeKind.Fee> skipped = new ArrayList<>();
            for (int i = 0; i < fees.size(); i++) {
                if (outcomes.get(i) instanceof Outcome.Rejected rejected
                        && rejected.reason() != RejectionReason.ID_REUSED_WITH_OTHER_CONTENT) {
                    skipped.add(new MonthlyFeeKind.Fee(
                            fees.get(i).posting(), rejected.reason().name()));
                }
            }
            for (Outcome outcome : context.record(context.kinds().fees(), skipped)) {
                if (outcome instanceof Outcome.Rejected rejected) {
                    throw new IllegalStateException("a skipped fee could not be kept: " + rejected.detail());
                }
            }
            long last = accounts.get(accounts.size() - 1).ledgerId();
            // The cursor only saves reading again what is done: an account with its fee row is skipped anyway.
            context.platform().change(List.of(), c -> {
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
