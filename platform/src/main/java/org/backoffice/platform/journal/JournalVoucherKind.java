package org.backoffice.platform.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.organisation.BookAccount;

/** The journal voucher's rules and its posting rule. */
public final class JournalVoucherKind extends AbstractDocumentKind<JournalVoucher> {
    public static final String TYPE = "JournalVoucher";
    private static final int MAX_NARRATIVE = 500;

    public JournalVoucherKind() {
        super(TYPE, "JV", JournalVoucher.class);
    }

    @Override
    public List<FieldError> validate(String branch, JournalVoucher voucher, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        boolean assetKnown =
                voucher.asset() != null && context.asset(voucher.asset()).isPresent();
        if (!assetKnown) {
            errors.add(new FieldError("asset", "must be a defined asset, was " + quoted(voucher.asset())));
        }
        if (voucher.narrative() == null || voucher.narrative().isBlank()) {
            errors.add(new FieldError("narrative", "must be given"));
        } else if (voucher.narrative().length() > MAX_NARRATIVE) {
            errors.add(new FieldError("narrative", "must be at most " + MAX_NARRATIVE + " characters"));
        }
        if (voucher.lines().size() < 2) {
            errors.add(new FieldError("lines", "at least two lines are needed, a debit and a credit"));
        } else if (voucher.lines().size() > Transfer.MAX_POSTINGS) {
            errors.add(new FieldError("lines", "at most " + Transfer.MAX_POSTINGS + " lines"));
        }
        for (int i = 0; i < voucher.lines().size(); i++) {
            validateLine("lines[" + i + "]", voucher.lines().get(i), branch, voucher.asset(), context, errors);
        }
        checkSides(voucher, errors);
        if (errors.isEmpty()) {
            checkBalanced(voucher, errors);
        }
        return errors;
    }

    /** An account on both sides of one voucher would post to itself, which the ledger refuses. */
    private static void checkSides(JournalVoucher voucher, List<FieldError> errors) {
        java.util.Map<String, Side> sides = new java.util.HashMap<>();
        for (int i = 0; i < voucher.lines().size(); i++) {
            JournalLine line = voucher.lines().get(i);
            if (line == null || line.account() == null || line.side() == null) {
                continue;
            }
            Side earlier = sides.putIfAbsent(line.account(), line.side());
            if (earlier != null && earlier != line.side()) {
                errors.add(new FieldError("lines[" + i + "].account", "is debited and credited in the same voucher"));
            }
        }
    }

    private static void validateLine(
            String field,
            JournalLine line,
            String branch,
            String asset,
            PostingContext context,
            List<FieldError> errors) {
        if (line == null) {
            errors.add(new FieldError(field, "must be given"));
            return;
        }
        if (line.side() == null) {
            errors.add(new FieldError(field + ".side", "must be DEBIT or CREDIT"));
        }
        if (line.amount() <= 0) {
            errors.add(new FieldError(field + ".amount", "must be greater than zero"));
        }
        Optional<BookAccount> account = line.account() == null ? Optional.empty() : context.account(line.account());
        if (account.isEmpty()) {
            errors.add(new FieldError(field + ".account", "no such account: " + quoted(line.account())));
            return;
        }
        if (!account.get().branch().equals(branch)) {
            errors.add(new FieldError(
                    field + ".account", "belongs to branch " + account.get().branch() + ", not " + branch));
        }
        if (asset != null && !account.get().asset().equals(asset)) {
            errors.add(new FieldError(
                    field + ".account", "is kept in " + account.get().asset() + ", the voucher is in " + asset));
        }
    }

    private static void checkBalanced(JournalVoucher voucher, List<FieldError> errors) {
        try {
            if (voucher.debits() != voucher.credits()) {
                errors.add(new FieldError("lines", "debits must equal credits"));
            }
        } catch (ArithmeticException e) {
            errors.add(new FieldError("lines", "the total is too large"));
        }
    }

    @Override
    public String asset(JournalVoucher body) {
        return body.asset();
    }

    @Override
    public long amount(JournalVoucher body) {
        return body.debits();
    }

    /**
     * Pairs debit lines with credit lines in the order they were entered, so N lines become at
     * most N - 1 two-sided postings.
     */
    @Override
    public TransactionRequest posting(Document document, JournalVoucher voucher, PostingContext context) {
        List<Remaining> debits = remaining(voucher, Side.DEBIT, context);
        List<Remaining> credits = remaining(voucher, Side.CREDIT, context);
        List<Posting> postings = new ArrayList<>();
        int d = 0;
        int c = 0;
        while (d < debits.size() && c < credits.size()) {
            Remaining debit = debits.get(d);
            Remaining credit = credits.get(c);
            long amount = Math.min(debit.amount, credit.amount);
            postings.add(new Posting(
                    debit.account.ledgerId(),
                    credit.account.ledgerId(),
                    org.backoffice.ledger.AssetCode.of(voucher.asset()),
                    amount));
            debit.amount -= amount;
            credit.amount -= amount;
            if (debit.amount == 0) {
                d++;
            }
            if (credit.amount == 0) {
                c++;
            }
        }
        Memo memo = new Memo(TYPE + ":" + document.id(), TYPE, java.util.Map.of("branch", document.branch()));
        return Transfer.of(document.id().transactionId(), document.date(), postings.toArray(Posting[]::new))
                .withMemo(memo);
    }

    private static List<Remaining> remaining(JournalVoucher voucher, Side side, PostingContext context) {
        List<Remaining> result = new ArrayList<>();
        for (JournalLine line : voucher.lines()) {
            if (line.side() == side) {
                BookAccount account = context.account(line.account())
                        .orElseThrow(() -> new IllegalStateException("account vanished: " + line.account()));
                result.add(new Remaining(account, line.amount()));
            }
        }
        return result;
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    private static final class Remaining {
        final BookAccount account;
        long amount;

        Remaining(BookAccount account, long amount) {
            this.account = account;
            this.amount = amount;
        }
    }
}
