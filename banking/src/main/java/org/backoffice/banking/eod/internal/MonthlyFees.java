package org.backoffice.banking.eod.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * income. Accounts whose balance covered the fee when read share transactions, up to a transfer's
 * worth of one branch, currency and product, with ids derived from the day and the first account;
 * the others, and those of a shared transaction the ledger refused, are charged one by one with ids
 * derived from the day and the account. Whether the balance covers the fee is the ledger's own
 * no-overdraft rule, decided under its lock: a fee refused alone is recorded as skipped with the
 * ledger's reason. The fees are operations on the platform's one path: their postings and their
 * {@code eod_fees} rows commit together. After a crash the accounts without a fee row are taken up
 * again, and a fee charged before is a replay.
 */
public final class MonthlyFees {
    private MonthlyFees() {}

    /** @param available what the balance leaves for a debit when the chunk was read */
    record Account(long ledgerId, String branch, String currency, String product, long available) {}

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
        Map<String, Long> amounts = new HashMap<>();
        int chunk = 0;
        List<Account> accounts = due(context, charging, cursor);
        while (!accounts.isEmpty()) {
            // Accounts whose balance covers the fee share transfers; the others go one by one, as do
            // those of a shared transfer the ledger refused, so that its rule decides each account.
            Map<String, List<Account>> covered = new LinkedHashMap<>();
            List<MonthlyFeeKind.Fee> fees = new ArrayList<>(accounts.size());
            for (Account account : accounts) {
                long amount = amounts.computeIfAbsent(
                        account.product() + "|" + account.currency(),
                        k -> minorUnits(
                                context,
                                context.products().get(account.product()).monthlyFee(),
                                account));
                if (account.available() >= amount) {
                    covered.computeIfAbsent(
                                    account.branch() + "|" + account.currency() + "|" + account.product(),
                                    k -> new ArrayList<>())
                            .add(account);
                } else {
                    fees.add(single(context, account, amount));
                }
            }
            for (List<Account> same : covered.values()) {
                Account first = same.getFirst();
                long amount = amounts.get(first.product() + "|" + first.currency());
                long income = context.house(first.branch(), HouseAccounts.FEE_INCOME, first.currency());
                for (int from = 0; from < same.size(); from += Transfer.MAX_POSTINGS) {
                    List<Account> group = same.subList(from, Math.min(same.size(), from + Transfer.MAX_POSTINGS));
                    List<Posting> postings = new ArrayList<>(group.size());
                    for (Account account : group) {
                        postings.add(Posting.of(account.ledgerId(), income, account.currency(), amount));
                    }
                    Transfer transfer = new Transfer(
                                    EodIds.of(
                                            date,
                                            "FEE",
                                            "from " + group.getFirst().ledgerId()),
                                    date,
                                    postings,
                                    false,
                                    null,
                                    Memo.NONE)
                            .withMemo(new Memo("EOD-" + date, "MONTHLY_FEE", Map.of("product", first.product())));
                    List<EodPosting> rows = new ArrayList<>(group.size());
                    for (Account account : group) {
                        rows.add(posting(date, account, amount, transfer));
                    }
                    fees.add(new MonthlyFeeKind.Fee(rows, null));
                }
            }
            List<java.util.concurrent.CompletableFuture<Outcome>> pending =
                    context.submit(context.kinds().fees(), fees);
            long last = accounts.get(accounts.size() - 1).ledgerId();
            List<Account> next = due(context, charging, last);
            List<Outcome> outcomes = StepContext.await(pending);
            List<MonthlyFeeKind.Fee> alone = new ArrayList<>();
            List<MonthlyFeeKind.Fee> skipped = new ArrayList<>();
            for (int i = 0; i < fees.size(); i++) {
                MonthlyFeeKind.Fee fee = fees.get(i);
                if (outcomes.get(i) instanceof Outcome.Rejected rejected) {
                    if (fee.postings().size() > 1) {
                        for (EodPosting p : fee.postings()) {
                            Account account = new Account(p.ledgerId(), p.branch(), p.currency(), p.product(), 0);
                            alone.add(single(context, account, p.amount()));
                        }
                    } else if (rejected.reason() != RejectionReason.ID_REUSED_WITH_OTHER_CONTENT) {
                        skipped.add(new MonthlyFeeKind.Fee(
                                fee.postings(), rejected.reason().name()));
                    }
                }
            }
            List<Outcome> second = context.record(context.kinds().fees(), alone);
            for (int i = 0; i < alone.size(); i++) {
                if (second.get(i) instanceof Outcome.Rejected rejected
                        && rejected.reason() != RejectionReason.ID_REUSED_WITH_OTHER_CONTENT) {
                    skipped.add(new MonthlyFeeKind.Fee(
                            alone.get(i).postings(), rejected.reason().name()));
                }
            }
            for (Outcome outcome : context.record(context.kinds().fees(), skipped)) {
                if (outcome instanceof Outcome.Rejected rejected) {
                    throw new IllegalStateException("a skipped fee could not be kept: " + rejected.detail());
                }
            }
            // The cursor only saves reading again what is done: an account with its fee row is skipped anyway.
            int read = accounts.size();
            context.platform().change(List.of(), c -> {
                EodJournal.advance(c, date, EodStep.FEES, last, read);
                return null;
            });
            cursor = last;
            items += accounts.size();
            context.progress().advanced(EodStep.FEES, items);
            context.reached(EodStep.FEES, ++chunk);
            accounts = next;
        }
        long charged = Sql.count(
                context.platform().ledger().readers(),
                "SELECT COUNT(*) FROM eod_fees WHERE business_date = ? AND charged = 1",
                date.toString());
        return new StepOutcome(items, charged + " fees charged, " + (items - charged) + " skipped");
    }

    /** The next chunk of accounts after {@code cursor} whose product charges a fee and without their fee row. */
    private static List<Account> due(StepContext context, List<String> charging, long cursor) {
        List<Object> args = new ArrayList<>(charging);
        args.add(cursor);
        args.add(context.date().toString());
        args.add(context.chunkSize());
        return Sql.query(
                context.platform().ledger().readers(),
                "SELECT a.ledger_id, a.branch, a.currency, a.product,"
                        + " b.credits_posted - b.debits_posted - b.debits_pending FROM bank_accounts a"
                        + " JOIN ledger_balances b ON b.account_id = a.ledger_id WHERE a.product IN ("
                        + Sql.marks(charging.size()) + ") AND a.ledger_id > ? AND a.status <> 'CLOSED'"
                        + " AND NOT EXISTS (SELECT 1 FROM eod_fees f WHERE f.business_date = ?"
                        + " AND f.ledger_id = a.ledger_id)"
                        + " ORDER BY a.ledger_id LIMIT ?",
                rs -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                args.toArray());
    }

    /** An account's fee in a transfer of its own, with an id derived from the day and the account. */
    private static MonthlyFeeKind.Fee single(StepContext context, Account account, long amount) {
        LocalDate date = context.date();
        Transfer transfer = Transfer.of(
                        EodIds.of(date, "FEE", Long.toString(account.ledgerId())),
                        date,
                        Posting.of(
                                account.ledgerId(),
                                context.house(account.branch(), HouseAccounts.FEE_INCOME, account.currency()),
                                account.currency(),
                                amount))
                .withMemo(new Memo("EOD-" + date, "MONTHLY_FEE", Map.of("product", account.product())));
        return new MonthlyFeeKind.Fee(List.of(posting(date, account, amount, transfer)), null);
    }

    private static EodPosting posting(LocalDate date, Account account, long amount, Transfer transfer) {
        return new EodPosting(
                date,
                EodPosting.FEE,
                account.ledgerId(),
                account.branch(),
                account.currency(),
                account.product(),
                amount,
                transfer);
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
