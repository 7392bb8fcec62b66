package org.backoffice.banking.payment;

import java.util.ArrayList;
import java.util.List;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.ledger.Posting;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.organisation.BookAccount;

/**
 * The postings that move an amount from an account of one branch to an account of another: direct
 * within a branch, through both branches' interbranch accounts across them, so that each branch's
 * books balance on their own.
 */
public final class Legs {
    private Legs() {}

    public static List<Posting> between(
            PostingContext context,
            String fromBranch,
            long fromLedgerId,
            String toBranch,
            long toLedgerId,
            String currency,
            long amount) {
        List<Posting> postings = new ArrayList<>(2);
        if (fromBranch.equals(toBranch)) {
            postings.add(Posting.of(fromLedgerId, toLedgerId, currency, amount));
            return postings;
        }
        long fromInterbranch = house(context, fromBranch, HouseAccounts.INTERBRANCH, currency);
        long toInterbranch = house(context, toBranch, HouseAccounts.INTERBRANCH, currency);
        postings.add(Posting.of(fromLedgerId, fromInterbranch, currency, amount));
        postings.add(Posting.of(toInterbranch, toLedgerId, currency, amount));
        return postings;
    }

    public static long house(PostingContext context, String branch, String chartCode, String currency) {
        String number = HouseAccounts.number(branch, chartCode, currency);
        return context.account(number)
                .map(BookAccount::ledgerId)
                .orElseThrow(() -> new IllegalStateException("house account " + number + " is not open"))
                .value();
    }
}
