package org.backoffice.platform.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backoffice.platform.message.MtMessage;
import org.backoffice.platform.message.MtText;
import org.backoffice.platform.statement.StatementTransaction.Direction;

/**
 * Reads an MT536 statement of transactions (every TRAN in every FIN, effective date :98A::ESET//)
 * or an MT537 statement of pending transactions by transaction (every TRANS, intended date
 * :98A::SETT//, status the first :25D: of the transaction). The quantity is :36B::PSTA//, the
 * direction :22H::REDE// RECE or DELI.
 */
public final class MtTransactionStatementReader {
    private MtTransactionStatementReader() {}

    public static TransactionStatement read(String text) {
        MtMessage mt = MtMessage.parse(text, Set.of("536", "537"));
        MtMessage general = mt.sequence("GENL");
        boolean pending = "537".equals(mt.type());
        List<StatementTransaction> transactions = new ArrayList<>();
        LocalDate from;
        LocalDate to;
        if (pending) {
            from = general.date("98A", "STAT");
            to = from;
            for (MtMessage trans : mt.sequences("TRANS")) {
                MtMessage details = trans.sequence("TRANSDET");
                String status = trans.optionalSequence("STAT")
                        .flatMap(stat -> stat.qualifiers("25D").stream()
                                .findFirst()
                                .map(qualifier -> stat.require("25D", qualifier)))
                        .orElse(null);
                transactions.add(transaction(mt, trans, details, details.isin(), "SETT", status));
            }
        } else {
            String period = general.require("69A", "STAT");
            String[] dates = period.split("/");
            from = dates.length == 2 ? MtText.date(dates[0]) : null;
            to = dates.length == 2 ? MtText.date(dates[1]) : null;
            if (from == null || to == null) {
                throw mt.problem("69A", "STAT", "must be a period YYYYMMDD/YYYYMMDD, was " + period);
            }
            for (MtMessage safe : mt.sequences("SUBSAFE")) {
                for (MtMessage fin : safe.sequences("FIN")) {
                    String isin = fin.isin();
                    for (MtMessage tran : fin.sequences("TRAN")) {
                        transactions.add(transaction(mt, tran, tran.sequence("TRANSDET"), isin, "ESET", null));
                    }
                }
            }
        }
        LocalDate start = from;
        LocalDate end = to;
        return mt.build(() -> new TransactionStatement(
                general.require("20C", "SEME"), general.require("97A", "SAFE"), start, end, pending, transactions));
    }

    private static StatementTransaction transaction(
            MtMessage mt, MtMessage transaction, MtMessage details, String isin, String dateQualifier, String status) {
        String reference = transaction.sequences("LINK").stream()
                .map(link -> link.qualified("20C", "RELA"))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> mt.problem("20C", "RELA", "must be given for every transaction"));
        String redeliver = details.require("22H", "REDE");
        Direction direction = switch (redeliver) {
            case "RECE" -> Direction.RECEIVE;
            case "DELI" -> Direction.DELIVER;
            default -> throw mt.problem("22H", "REDE", "must be RECE or DELI, was " + redeliver);
        };
        MtMessage.Quantity quantity = details.quantity("36B", "PSTA");
        return mt.build(() -> new StatementTransaction(
                reference, isin, quantity.value(), direction, details.date("98A", dateQualifier), status));
    }
}
