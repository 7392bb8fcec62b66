package org.backoffice.ledger;

/**
 * An account's balance: posted and pending amounts on each side. Pending amounts are reservations
 * of pending transfers not yet posted or released.
 */
public record Balance(
        AccountId account,
        AssetCode asset,
        Side normalSide,
        long debitsPosted,
        long creditsPosted,
        long debitsPending,
        long creditsPending) {

    /** The posted balance, positive on the account's normal side. */
    public long posted() {
        return normalSide == Side.DEBIT ? debitsPosted - creditsPosted : creditsPosted - debitsPosted;
    }

    /** The balance if every pending transfer were posted in full, positive on the normal side. */
    public long projected() {
        long debits = debitsPosted + debitsPending;
        long credits = creditsPosted + creditsPending;
        return normalSide == Side.DEBIT ? debits - credits : credits - debits;
    }

    /** What may still leave the account on its normal side: posted balance less outgoing reservations. */
    public long available() {
        return normalSide == Side.DEBIT
                ? debitsPosted - creditsPosted - creditsPending
                : creditsPosted - debitsPosted - debitsPending;
    }
}
