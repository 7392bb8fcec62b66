package org.backoffice.platform.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backoffice.platform.message.MtMessage;

/**
 * Reads an MT535 statement of holdings: reference, account and date from A General, one holding
 * per FIN sequence with its aggregate balance :93B::AGGR//. A statement over several pages must be
 * read page by page; each page gives its own holdings.
 */
public final class Mt535Reader {
    private Mt535Reader() {}

    public static HoldingsStatement read(String text) {
        MtMessage mt = MtMessage.parse(text, Set.of("535"));
        MtMessage general = mt.sequence("GENL");
        List<Holding> holdings = new ArrayList<>();
        for (MtMessage safe : mt.sequences("SUBSAFE")) {
            for (MtMessage fin : safe.sequences("FIN")) {
                MtMessage.Quantity quantity = fin.quantity("93B", "AGGR");
                holdings.add(mt.build(() -> new Holding(fin.isin(), quantity.value(), quantity.nominal())));
            }
        }
        return mt.build(() -> new HoldingsStatement(
                general.require("20C", "SEME"), general.require("97A", "SAFE"), general.date("98A", "STAT"), holdings));
    }
}
