package org.backoffice.securities.reference;

import org.backoffice.platform.organisation.Lei;

/** A broker or bank the firm deals with: its LEI (ISO 17442) and its BIC. */
public record Counterparty(String lei, String bic, String name) {
    public Counterparty {
        if (!Lei.valid(lei)) {
            throw new IllegalArgumentException(
                    "lei: must be 18 letters or digits and 2 check digits (ISO 17442), was '" + lei + "'");
        }
        if (!Bic.valid(bic)) {
            throw new IllegalArgumentException("bic: must be 8 or 11 characters (ISO 9362), was '" + bic + "'");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name: must be given, at most 200 characters");
        }
        name = name.strip();
    }
}
