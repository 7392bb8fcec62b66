package org.backoffice.securities.reconciliation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backoffice.platform.Platform;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.StatementTransaction;
import org.backoffice.platform.statement.StatementTransaction.Direction;
import org.backoffice.platform.statement.TransactionStatement;
import org.backoffice.securities.reconciliation.internal.Found;
import org.backoffice.securities.reconciliation.internal.Scope;
import org.backoffice.securities.reconciliation.internal.Units;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeBook;
import org.backoffice.securities.trade.TradeStatus;

/**
 * The MT536/MT537 transactions check: settled (MT536) or pending (MT537) transactions against our
 * trades. Each statement line is looked up by its reference; a line we do not have, a quantity or
 * direction that differs, a status that differs (settled there, not here, or the reverse), and our
 * trades the statement should list and does not, are breaks.
 */
public final class TransactionReconciliation {
    private static final Set<TradeStatus> IN_FLIGHT = Set.of(
            TradeStatus.INSTRUCTED,
            TradeStatus.MATCHED,
            TradeStatus.UNMATCHED,
            TradeStatus.PENDING,
            TradeStatus.FAILING,
            TradeStatus.PARTIALLY_SETTLED);

    private final Platform platform;
    private final FirmAccounts accounts;
    private final TradeBook trades;
    private final TradeReferences references;
    private final SecuritiesBreaks breaks;

    public TransactionReconciliation(
            Platform platform,
            FirmAccounts accounts,
            TradeBook trades,
            TradeReferences references,
            SecuritiesBreaks breaks) {
        this.platform = platform;
        this.accounts = accounts;
        this.trades = trades;
        this.references = references;
        this.breaks = breaks;
    }

    public ReconciliationResult transactions(Actor actor, TransactionStatement statement) {
        Scope scope = accounts.scope(actor, statement.safekeepingAccount(), "safekeepingAccount");
        List<Found> found = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (StatementTransaction line : statement.transactions()) {
            long their = Units.whole(line.quantity(), "transactions.quantity");
            Optional<Trade> trade = references.tradeId(line.reference()).flatMap(trades::find);
            if (trade.isEmpty() || !scope.holds(trade.get())) {
                found.add(new Found(BreakKind.TRANSACTION, line.reference(), "missing on our side", 0, their));
                continue;
            }
            Trade ours = trade.get();
            listed.add(ours.id());
            compare(statement, line, ours, their, found);
        }
        for (Trade ours : expected(scope, statement)) {
            if (!listed.contains(ours.id())) {
                found.add(
                        new Found(BreakKind.TRANSACTION, ours.tradeRef(), "missing on their side", ours.quantity(), 0));
            }
        }
        return breaks.store(
                actor,
                scope,
                statement.statementReference(),
                statement.transactions().size(),
                found);
    }

    private static void compare(
            TransactionStatement statement, StatementTransaction line, Trade ours, long their, List<Found> found) {
        if (ours.quantity() != their || !ours.isin().equals(line.isin())) {
            found.add(new Found(BreakKind.TRANSACTION, line.reference(), "quantity", ours.quantity(), their));
        }
        Direction expected = ours.side() == Side.BUY ? Direction.RECEIVE : Direction.DELIVER;
        if (line.direction() != expected) {
            found.add(new Found(
                    BreakKind.TRANSACTION, line.reference(), "direction " + line.direction(), ours.quantity(), 0));
        }
        boolean settledHere = ours.status() == TradeStatus.SETTLED;
        if (!statement.pending() && !settledHere) {
            found.add(new Found(
                    BreakKind.TRANSACTION,
                    line.reference(),
                    "status: settled there, " + ours.status() + " here",
                    0,
                    their));
        } else if (statement.pending() && settledHere) {
            found.add(new Found(
                    BreakKind.TRANSACTION,
                    line.reference(),
                    "status: " + (line.status() == null ? "pending" : line.status()) + " there, SETTLED here",
                    ours.quantity(),
                    0));
        }
    }

    /** Our trades the statement should list: settled in its period, or (pending) due by its date and not settled. */
    private List<Trade> expected(Scope scope, TransactionStatement statement) {
        StringBuilder sql = new StringBuilder("SELECT id FROM sec_trades WHERE ");
        List<Object> args = new ArrayList<>();
        if (scope.depo() != null) {
            sql.append("depo_account = ?");
            args.add(scope.depo().code());
        } else {
            sql.append("branch = ?");
            args.add(scope.branch());
        }
        Set<TradeStatus> statuses = statement.pending() ? IN_FLIGHT : Set.of(TradeStatus.SETTLED);
        sql.append(" AND status IN (").append(Sql.marks(statuses.size())).append(')');
        statuses.stream().map(Enum::name).sorted().forEach(args::add);
        sql.append(" AND settlement_date >= ? AND settlement_date <= ?");
        args.add(statement.pending() ? "0000-01-01" : statement.from().toString());
        args.add(statement.to().toString());
        List<Long> ids =
                Sql.query(platform.ledger().readers(), sql + " ORDER BY id", rs -> rs.getLong(1), args.toArray());
        return ids.stream().map(trades::find).flatMap(Optional::stream).toList();
    }
}
