package org.backoffice.platform.organisation;

import java.math.BigInteger;

/** Legal Entity Identifier checks (ISO 17442): 18 letters or digits and two mod-97 check digits. */
public final class Lei {
    private Lei() {}

    public static boolean valid(String lei) {
        if (lei == null || !lei.matches("[A-Z0-9]{18}[0-9]{2}")) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (char ch : lei.toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
