package org.backoffice.securities.reconciliation;

import java.util.Optional;
import org.backoffice.platform.Platform;
import org.backoffice.platform.jdbc.Sql;

/**
 * How a statement's transaction reference (the SEME of our instruction, quoted back in
 * :20C::RELA//) leads to a trade. {@link #tradeRefs} takes it as the trade's own reference, which
 * holds while instructions reuse the trade reference; {@link #instructions} reads settlement's
 * {@code sec_instructions (reference, trade_id)} table once instructions carry references of their
 * own. {@link #either} tries the instruction first, then the trade reference.
 */
@FunctionalInterface
public interface TradeReferences {
    /** The id of the trade the reference stands for, if any. */
    Optional<Long> tradeId(String reference);

    static TradeReferences tradeRefs(Platform platform) {
        return query(platform, "SELECT id FROM sec_trades WHERE trade_ref = ?");
    }

    static TradeReferences instructions(Platform platform) {
        return query(platform, "SELECT trade_id FROM sec_instructions WHERE reference = ?");
    }

    static TradeReferences either(TradeReferences first, TradeReferences second) {
        return reference -> first.tradeId(reference).or(() -> second.tradeId(reference));
    }

    /** A trade id read by the reference, the one parameter of the query. */
    private static TradeReferences query(Platform platform, String sql) {
        return reference -> Sql.one(platform.ledger().readers(), sql, rs -> rs.getLong(1), reference);
    }
}
