package org.backoffice.securities.settlement.internal;

import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.Posting;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.reference.DepoAccount;

/**
 * The postings of a settlement, all in one ledger transaction so that securities and money move
 * together (DvP): the securities leg, the money leg and the client's fees, in that order, each
 * only when it has something to move. A partial post lists the settled part of each leg present.
 */
public final class Legs {
    private Legs() {}

    /** The three parts of a settlement: units, the settlement amount and fees, in minor units. */
    public record Parts(long quantity, long amount, long fees) {}

    public static List<Posting> postings(
            Books books,
            DepoAccount depo,
            Direction direction,
            boolean dvp,
            String isin,
            String currency,
            Parts parts) {
        List<Posting> postings = new ArrayList<>(3);
        String branch = depo.branch();
        boolean receive = direction == Direction.RECEIVE;
        long position = books.position(depo, isin);
        if (parts.quantity() > 0) {
            long street = books.branch(branch, depo.house() ? Books.TRADING : Books.DEPOSITORY, isin);
            // A client's custody position is a liability, the firm's own an asset: each is debited
            // when it shrinks or grows respectively.
            boolean debitPosition = receive == depo.house();
            postings.add(
                    debitPosition
                            ? Posting.of(position, street, isin, parts.quantity())
                            : Posting.of(street, position, isin, parts.quantity()));
        }
        if (!dvp) {
            return postings;
        }
        long money = books.money(depo, currency);
        long street = books.branch(branch, depo.house() ? Books.TRADING : Books.SETTLEMENT_CASH, currency);
        if (parts.amount() > 0) {
            // Money flows against the securities: a buyer pays, a seller is paid.
            boolean moneyIsDebited = receive != depo.house();
            postings.add(
                    moneyIsDebited
                            ? Posting.of(money, street, currency, parts.amount())
                            : Posting.of(street, money, currency, parts.amount()));
        }
        if (!depo.house() && parts.fees() > 0) {
            postings.add(Posting.of(money, books.branch(branch, Books.FEES, currency), currency, parts.fees()));
        }
        return postings;
    }

    /** The settled amounts aligned with the postings {@link #postings} made for {@code reserved}. */
    public static List<Long> aligned(boolean dvp, boolean house, Parts reserved, Parts settled) {
        List<Long> amounts = new ArrayList<>(3);
        if (reserved.quantity() > 0) {
            amounts.add(settled.quantity());
        }
        if (dvp && reserved.amount() > 0) {
            amounts.add(settled.amount());
        }
        if (dvp && !house && reserved.fees() > 0) {
            amounts.add(settled.fees());
        }
        return amounts;
    }
}
