package org.backoffice.bench.ledger;

import java.util.SplittableRandom;

/** Which accounts a benchmark transfer moves money between. */
public enum Scenario {
    /** Random pairs over all accounts. */
    UNIFORM,
    /** As uniform, but one account takes part in every fifth transfer. */
    HOT;

    static final int HOT_ACCOUNT = 0;

    /** Picks a debit and a credit account index, distinct, into {@code pair}. */
    void pick(SplittableRandom random, int accounts, long sequence, int[] pair) {
        int a = random.nextInt(accounts);
        int b = random.nextInt(accounts - 1);
        if (b >= a) {
            b++;
        }
        if (this == HOT && sequence % 5 == 0) {
            int other = 1 + random.nextInt(accounts - 1);
            if (random.nextBoolean()) {
                a = HOT_ACCOUNT;
                b = other;
            } else {
                a = other;
                b = HOT_ACCOUNT;
            }
        }
        pair[0] = a;
        pair[1] = b;
    }

    public static Scenario parse(String value) {
        try {
            return valueOf(value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scenario: must be uniform or hot, was " + value);
        }
    }
}
