package org.backoffice.securities.reference;

import java.time.LocalDate;

/** A safekeeping (depo) account: the positions and the money of one client, or of the firm, at a branch. */
public record DepoAccount(
        String code,
        String branch,
        OwnerKind ownerKind,
        String ownerName,
        String ownerLei,
        boolean open,
        LocalDate openedOn) {
    public static final String CODE_PATTERN = "[A-Z0-9]{1,12}";

    public boolean house() {
        return ownerKind == OwnerKind.HOUSE;
    }
}
