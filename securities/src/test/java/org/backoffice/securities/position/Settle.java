package org.backoffice.securities.position;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Transfer;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeBook;
import org.backoffice.securities.trade.TradeStatus;

/** What settlement does to a client trade, for tests: the DvP postings on its settlement date, then SETTLED. */
public final class Settle {
    private Settle() {}

    public static void trade(SecuritiesFixture broker, Trade trade) {
        Books books = broker.securities().books();
        DepoAccount depo = broker.depo(trade.depoAccount());
        if (depo.house()) {
            throw new IllegalArgumentException("client trades only");
        }
        long position = books.position(depo, trade.isin());
        long depository = books.branch(depo.branch(), Books.DEPOSITORY, trade.isin());
        long money = books.money(depo, trade.currency());
        long bank = books.branch(depo.branch(), Books.SETTLEMENT_CASH, trade.currency());
        long fees = books.branch(depo.branch(), Books.FEES, trade.currency());
        boolean buy = trade.side() == Side.BUY;
        List<Posting> postings = new ArrayList<>();
        postings.add(posting(buy ? depository : position, buy ? position : depository, trade.isin(), trade.quantity()));
        postings.add(posting(buy ? money : bank, buy ? bank : money, trade.currency(), trade.settlementAmount()));
        if (trade.fees() > 0) {
            postings.add(posting(money, fees, trade.currency(), trade.fees()));
        }
        Outcome outcome = broker.platform()
                .ledger()
                .execute(new Transfer(
                        broker.platform().ids().next(), trade.settlementDate(), postings, false, null, null));
        if (!outcome.accepted()) {
            throw new IllegalStateException("settlement refused: " + outcome);
        }
        boolean moved = broker.platform()
                .ledger()
                .change(c -> TradeBook.transition(c, trade.id(), EnumSet.of(TradeStatus.NEW), TradeStatus.SETTLED));
        if (!moved) {
            throw new IllegalStateException("trade " + trade.tradeRef() + " was not NEW");
        }
    }

    private static Posting posting(long debit, long credit, String asset, long amount) {
        return new Posting(AccountId.of(debit), AccountId.of(credit), AssetCode.of(asset), amount);
    }
}
