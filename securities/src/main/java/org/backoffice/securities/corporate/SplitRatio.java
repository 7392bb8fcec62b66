package org.backoffice.securities.corporate;

/**
 * A split's ratio: {@code newShares} for every {@code oldShares} held — 3 for 2 is a split, 1 for
 * 10 a reverse split.
 */
public record SplitRatio(int newShares, int oldShares) {
    public SplitRatio {
        if (newShares <= 0) {
            throw new IllegalArgumentException("newShares: must be positive, was " + newShares);
        }
        if (oldShares <= 0) {
            throw new IllegalArgumentException("oldShares: must be positive, was " + oldShares);
        }
    }

    /** Whether holders end up with fewer shares than they had. */
    public boolean reverse() {
        return newShares < oldShares;
    }

    @Override
    public String toString() {
        return newShares + "-for-" + oldShares;
    }
}
