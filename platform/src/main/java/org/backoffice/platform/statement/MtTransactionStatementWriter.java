package org.backoffice.platform.statement;

import org.backoffice.platform.message.MtText;
import org.backoffice.platform.message.MtWriter;
import org.backoffice.platform.statement.StatementTransaction.Direction;

/**
 * Writes a statement of transactions as one MT536 page (settled, :69A::STAT// period, grouped by
 * instrument in FIN sequences) or MT537 (pending, :98A::STAT// date, statement by transaction
 * :22H::STST//TRAN with a :25D: status per transaction), for tests, demo data and benchmarks. The
 * records do not tell whether a movement was against payment; :22H::PAYM// is written as FREE.
 */
public final class MtTransactionStatementWriter {
    private MtTransactionStatementWriter() {}

    public static String write(TransactionStatement statement, String senderBic, String receiverBic) {
        return statement.pending()
                ? mt537(statement, senderBic, receiverBic)
                : mt536(statement, senderBic, receiverBic);
    }

    private static String mt536(TransactionStatement statement, String senderBic, String receiverBic) {
        MtWriter mt = new MtWriter(536, senderBic, receiverBic);
        mt.general(statement.statementReference())
                .qualified("69A", "STAT", MtText.date(statement.from()) + "/" + MtText.date(statement.to()))
                .qualified("22F", "SFRE", "ADHO")
                .qualified("22F", "CODE", "COMP")
                .qualified("22F", "STBA", "SETT")
                .qualified("97A", "SAFE", statement.safekeepingAccount())
                .qualified("17B", "ACTI", statement.transactions().isEmpty() ? "N" : "Y")
                .qualified("17B", "CONS", "N")
                .end("GENL");
        if (!statement.transactions().isEmpty()) {
            mt.start("SUBSAFE");
            // One FIN per transaction keeps the order; a FIN may hold several TRAN, but it need not.
            for (StatementTransaction transaction : statement.transactions()) {
                mt.start("FIN").isin(transaction.isin()).start("TRAN");
                mt.start("LINK")
                        .qualified("20C", "RELA", transaction.reference())
                        .end("LINK");
                mt.start("TRANSDET")
                        .quantity("36B", "PSTA", transaction.quantity(), false)
                        .qualified("22F", "TRAN", "SETT")
                        .qualified("22H", "REDE", redeliver(transaction.direction()))
                        .qualified("22H", "PAYM", "FREE")
                        .date("ESET", transaction.settlementDate())
                        .end("TRANSDET");
                mt.end("TRAN").end("FIN");
            }
            mt.end("SUBSAFE");
        }
        return mt.text();
    }

    private static String mt537(TransactionStatement statement, String senderBic, String receiverBic) {
        MtWriter mt = new MtWriter(537, senderBic, receiverBic);
        mt.general(statement.statementReference())
                .date("STAT", statement.to())
                .qualified("22F", "SFRE", "ADHO")
                .qualified("22H", "STST", "TRAN")
                .qualified("97A", "SAFE", statement.safekeepingAccount())
                .qualified("17B", "ACTI", statement.transactions().isEmpty() ? "N" : "Y")
                .end("GENL");
        for (StatementTransaction transaction : statement.transactions()) {
            mt.start("TRANS");
            mt.start("LINK").qualified("20C", "RELA", transaction.reference()).end("LINK");
            mt.start("TRANSDET")
                    .isin(transaction.isin())
                    .quantity("36B", "PSTA", transaction.quantity(), false)
                    .qualified("22H", "REDE", redeliver(transaction.direction()))
                    .qualified("22H", "PAYM", "FREE")
                    .date("SETT", transaction.settlementDate())
                    .end("TRANSDET");
            if (transaction.status() != null) {
                mt.start("STAT")
                        .qualified("25D", qualifier(transaction.status()), transaction.status())
                        .end("STAT");
            }
            mt.end("TRANS");
        }
        return mt.text();
    }

    private static String qualifier(String status) {
        return switch (status) {
            case "MACH", "NMAT" -> "MTCH";
            case "PEND", "PENF" -> "SETT";
            default -> "IPRC";
        };
    }

    private static String redeliver(Direction direction) {
        return direction == Direction.RECEIVE ? "RECE" : "DELI";
    }
}
