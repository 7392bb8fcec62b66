package org.backoffice.banking.clearing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.clearing.internal.Cycles;
import org.backoffice.banking.clearing.internal.Netting;
import org.backoffice.banking.internal.BusinessDays;
import org.backoffice.banking.payment.Legs;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.jdbc.Micros;

/**
 * Rules and posting of a clearing run. Per currency it posts, in one transaction, the payments this
 * bank sent (Dr clearing payable / Cr settlement account) and those it received (Dr settlement
 * account / Cr clearing receivable), so the settlement account moves by exactly the bank's net.
 * It posts only while its cycle is cut and still holds what the run was made from.
 */
public final class ClearingRunKind extends AbstractDocumentKind<ClearingRun> {
    public static final String TYPE = "ClearingRun";

    private final String ownBic;
    private final Supplier<String> headOffice;

    public ClearingRunKind(String ownBic, Supplier<String> headOffice) {
        super(TYPE, "CR", ClearingRun.class);
        this.ownBic = Netting.participant(ownBic);
        this.headOffice = headOffice;
    }

    @Override
    public List<FieldError> validate(String branch, ClearingRun body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (!branch.equals(headOffice.get())) {
            errors.add(new FieldError("branch", "clearing is run at head office, " + headOffice.get()));
        }
        if (body.settlementDate() == null) {
            errors.add(new FieldError("settlementDate", "must be given"));
        }
        if (body.positions().isEmpty()) {
            errors.add(new FieldError("positions", "a cycle with no payments cannot be closed"));
        }
        Map<String, Long> sums = new HashMap<>();
        for (NetPosition p : body.positions()) {
            if (context.asset(p.currency()).isEmpty()) {
                errors.add(new FieldError("positions", "the bank keeps no " + p.currency()));
            }
            sums.merge(p.currency(), p.net(), Math::addExact);
        }
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                errors.add(new FieldError("positions", "the nets in " + currency + " sum to " + sum + ", not zero"));
            }
        });
        if (!body.positions().isEmpty() && body.of(ownBic).isEmpty()) {
            errors.add(new FieldError("positions", "this bank, " + ownBic + ", has no position"));
        }
        return errors;
    }

    @Override
    public String asset(ClearingRun body) {
        return body.positions().isEmpty() ? "USD" : body.positions().getFirst().currency();
    }

    /** Every run needs a controller (its policy's threshold is zero); the amount shown is this bank's gross. */
    @Override
    public long amount(ClearingRun body) {
        return body.of(ownBic).stream()
                .filter(p -> p.currency().equals(asset(body)))
                .mapToLong(p -> p.sent() + p.received())
                .sum();
    }

    @Override
    public TransactionRequest posting(Document document, ClearingRun body, PostingContext context) {
        String head = headOffice.get();
        List<Posting> postings = new ArrayList<>();
        for (NetPosition own : body.of(ownBic)) {
            long settlement = Legs.house(context, head, HouseAccounts.SETTLEMENT, own.currency());
            if (own.sent() > 0) {
                long payable = Legs.house(context, head, HouseAccounts.CLEARING_PAYABLE, own.currency());
                postings.add(Posting.of(payable, settlement, own.currency(), own.sent()));
            }
            if (own.received() > 0) {
                long receivable = Legs.house(context, head, HouseAccounts.CLEARING_RECEIVABLE, own.currency());
                postings.add(Posting.of(settlement, receivable, own.currency(), own.received()));
            }
        }
        return transfer(
                document, body.settlementDate(), postings, Memo.reference("clearing cycle " + body.cycleNumber()));
    }

    @Override
    public String refusal(Connection c, Document document, ClearingRun body) throws SQLException {
        Optional<String> status = Cycles.status(c, body.cycleId());
        if (status.isEmpty()) {
            return "cycleId: no clearing cycle " + body.cycleId();
        }
        if (!status.get().equals(Cycles.CLOSING)) {
            return "cycleId: cycle " + body.cycleNumber() + " is " + status.get() + ", not cut for closing";
        }
        List<NetPosition> now = Netting.positions(ownBic, Cycles.flows(c, body.cycleId()));
        if (!new HashSet<>(now).equals(new HashSet<>(body.positions()))) {
            return "positions: payments of cycle " + body.cycleNumber()
                    + " were reversed since the run was made; reject this run and close the cycle again";
        }
        return BusinessDays.refusal(c, "settlementDate", body.settlementDate());
    }

    @Override
    public void posted(Connection c, Document document, ClearingRun body) throws SQLException {
        Cycles.settle(c, body.cycleId(), document.id().value(), Micros.of(document.updatedAt()));
    }
}
