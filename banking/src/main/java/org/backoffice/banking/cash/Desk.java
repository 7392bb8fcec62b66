package org.backoffice.banking.cash;

import java.time.Instant;

/** A cash desk of a branch; its cash is kept on one book account per currency under chart 1010. */
public record Desk(String branch, String code, String name, String createdBy, Instant createdAt) {
    public static final String CASH_ON_HAND = "1010";

    /** The desk's cash account number: {@code B1-1010-USD-D01}. */
    public static String account(String branch, String code, String currency) {
        return branch + "-" + CASH_ON_HAND + "-" + currency + "-" + code;
    }

    public String account(String currency) {
        return account(branch, code, currency);
    }
}
