package org.backoffice.securities.reference;

import java.util.regex.Pattern;

/** Business Identifier Code checks (ISO 9362): bank, country, location and an optional branch. */
public final class Bic {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private Bic() {}

    public static boolean valid(String bic) {
        return bic != null && SHAPE.matcher(bic).matches();
    }
}
