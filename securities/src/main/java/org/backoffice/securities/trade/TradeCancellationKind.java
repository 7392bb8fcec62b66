package org.backoffice.securities.trade;

import java.util.List;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;

/**
 * A trade cancellation: an operator says why a trade not yet instructed is to be cancelled, and a
 * controller other than the maker approves. An instructed trade is cancelled through its
 * settlement instruction instead.
 */
public final class TradeCancellationKind extends TradeVersionKind {
    public static final String TYPE = "TradeCancellation";

    public TradeCancellationKind() {
        super(TYPE, "TC");
    }

    @Override
    TradeVersion.Action action() {
        return TradeVersion.Action.CANCEL;
    }

    @Override
    public List<FieldError> validate(String branch, ProposedVersion body, PostingContext context) {
        List<FieldError> errors = new java.util.ArrayList<>(super.validate(branch, body, context));
        if (body.reason() == null || body.reason().isBlank()) {
            errors.add(0, new FieldError("reason", "must be given for a cancellation"));
        }
        if (body.next().status() != TradeStatus.CANCELLED) {
            errors.add(new FieldError("status", "a cancellation leaves the trade CANCELLED"));
        }
        return errors;
    }
}
