package org.backoffice.platform.organisation;

import org.backoffice.ledger.Side;

/** A line of the chart of accounts: the code every book account is opened under. */
public record ChartAccount(String code, String name, Kind kind) {
    public enum Kind {
        ASSET(Side.DEBIT),
        LIABILITY(Side.CREDIT),
        EQUITY(Side.CREDIT),
        INCOME(Side.CREDIT),
        EXPENSE(Side.DEBIT);

        private final Side normalSide;

        Kind(Side normalSide) {
            this.normalSide = normalSide;
        }

        public Side normalSide() {
            return normalSide;
        }
    }

    public ChartAccount {
        Codes.code("code", code, 16);
        name = Codes.name("name", name);
        if (kind == null) {
            throw new IllegalArgumentException("kind: must be given");
        }
    }
}
