package org.backoffice.securities.reference;

/** Business Identifier Code checks (ISO 9362): bank, country, location and an optional branch. */
public final class Bic {
    private Bic() {}

    public static boolean valid(String bic) {
        return bic != null && bic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    }
}
