package org.backoffice.securities.trade;

/**
 * A trade amendment: new details for a trade not yet instructed (a repair is one), proposed by an
 * operator and approved by a controller other than the maker. On approval the trade takes the
 * proposed details, as checked when proposed: new when they pass every rule, back in the repair
 * queue with its reasons otherwise.
 */
public final class TradeAmendmentKind extends TradeVersionKind {
    public static final String TYPE = "TradeAmendment";

    public TradeAmendmentKind() {
        super(TYPE, "TA");
    }

    @Override
    TradeVersion.Action action() {
        return TradeVersion.Action.AMEND;
    }
}
