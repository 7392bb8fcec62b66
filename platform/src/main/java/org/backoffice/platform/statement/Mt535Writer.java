package org.backoffice.platform.statement;

import org.backoffice.platform.message.MtWriter;

/**
 * Writes a statement of holdings as one MT535 page (:28E:1/ONLY), for tests, demo data and
 * benchmarks: a complete (COMP), custody (CUST), settled-balance (STBA//SETT) statement with
 * :98A::STAT//, :97A::SAFE// in A General and one FIN sequence per holding (:35B:, :93B::AGGR//).
 */
public final class Mt535Writer {
    private Mt535Writer() {}

    public static String write(HoldingsStatement statement, String senderBic, String receiverBic) {
        MtWriter mt = new MtWriter(535, senderBic, receiverBic);
        mt.general(statement.statementReference())
                .date("STAT", statement.asOf())
                .qualified("22F", "SFRE", "ADHO")
                .qualified("22F", "CODE", "COMP")
                .qualified("22F", "STTY", "CUST")
                .qualified("22F", "STBA", "SETT")
                .qualified("97A", "SAFE", statement.safekeepingAccount())
                .qualified("17B", "ACTI", statement.holdings().isEmpty() ? "N" : "Y")
                .qualified("17B", "CONS", "N")
                .end("GENL");
        if (!statement.holdings().isEmpty()) {
            mt.start("SUBSAFE");
            for (Holding holding : statement.holdings()) {
                mt.start("FIN")
                        .isin(holding.isin())
                        .quantity("93B", "AGGR", holding.quantity(), holding.nominal())
                        .end("FIN");
            }
            mt.end("SUBSAFE");
        }
        return mt.text();
    }
}
