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

    /** The LEI of these eighteen characters with its two check digits, e.g. for test and demo parties. */
    public static String withCheckDigits(String body) {
        if (body == null || !body.matches("[A-Z0-9]{18}")) {
            throw new IllegalArgumentException("lei: must be 18 letters or digits, was '" + body + "'");
        }
        StringBuilder digits = new StringBuilder();
        for (char ch : (body + "00").toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        int check = 98
                - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return body + (check < 10 ? "0" : "") + check;
    }
}
