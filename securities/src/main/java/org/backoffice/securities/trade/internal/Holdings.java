package org.backoffice.securities.trade.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.Ledger;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.DepoAccounts;
import org.backoffice.securities.reference.Instruments;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;

/**
 * What depo accounts can still deliver and pay while a batch of trades is checked: the ledger's
 * available balance, less what the trades checked before in the batch take. The ledger itself
 * enforces the limits when the trades are instructed; this finds the shortfall at capture.
 */
public final class Holdings {
    private final Ledger ledger;
    private final Books books;
    private final Map<Long, Long> available = new HashMap<>();

    public Holdings(Ledger ledger, Books books) {
        this.ledger = ledger;
        this.books = books;
    }

    /**
     * Reads at once the balances the trades' checks will need: the seller's position, the buyer's
     * money. Opens in bulk whichever of those accounts is not open yet.
     */
    public void preload(List<NewTrade> trades, DepoAccounts depoAccounts, Instruments instruments) {
        List<OpenBookAccount> needed = new ArrayList<>();
        for (NewTrade trade : trades) {
            if (trade == null || trade.side() == null || trade.isin() == null || trade.currency() == null) {
                continue;
            }
            Optional<DepoAccount> depo = depoAccounts.find(trade.depoAccount());
            if (depo.isEmpty() || instruments.find(trade.isin()).isEmpty()) {
                continue;
            }
            if (trade.side() == Side.SELL) {
                needed.add(Books.positionRequest(depo.get(), trade.isin()));
            } else if (trade.delivery() == Delivery.DVP && trade.currency().length() == 3) {
                needed.add(Books.moneyRequest(depo.get(), trade.currency()));
            }
        }
        books.ensure(needed);
        List<AccountId> ids = new ArrayList<>(needed.size());
        for (OpenBookAccount request : needed) {
            long id = books.id(request);
            if (!available.containsKey(id)) {
                ids.add(AccountId.of(id));
            }
        }
        for (AccountId id : ids) {
            available.put(id.value(), 0L);
        }
        ledger.balances(ids).forEach((id, balance) -> available.put(id.value(), balance.available()));
    }

    public long securities(DepoAccount depo, String isin) {
        return available(books.position(depo, isin));
    }

    public long money(DepoAccount depo, String currency) {
        return available(books.money(depo, currency));
    }

    /** Takes what the trade will deliver or pay from what is left for the next trades of the batch. */
    void reserve(DepoAccount depo, NewTrade trade, long clientCash) {
        if (trade.side() == Side.SELL) {
            available.merge(books.position(depo, trade.isin()), -trade.quantity(), Long::sum);
        } else if (trade.delivery() == Delivery.DVP) {
            available.merge(books.money(depo, trade.currency()), -clientCash, Long::sum);
        }
    }

    /** Gives back what a trade reserved, when it was not captured after all. */
    public void release(DepoAccount depo, Trade trade) {
        if (trade.side() == Side.SELL) {
            available.merge(books.position(depo, trade.isin()), trade.quantity(), Long::sum);
        } else if (trade.delivery() == Delivery.DVP) {
            available.merge(books.money(depo, trade.currency()), trade.clientCash(), Long::sum);
        }
    }

    private long available(long account) {
        return available.computeIfAbsent(
                account,
                id -> ledger.balance(AccountId.of(id)).map(Balance::available).orElse(0L));
    }
}
