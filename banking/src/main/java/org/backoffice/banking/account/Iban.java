package org.backoffice.banking.account;

import java.math.BigInteger;
import java.util.Map;

/**
 * An International Bank Account Number (ISO 13616): country, two check digits, and the country's
 * basic bank account number. Every IBAN that enters the bank is checked here: its shape, the length
 * its country prescribes, and the mod-97 check digits.
 */
public record Iban(String value) {
    /** IBAN lengths by country (ISO 13616 registry), for the countries the bank deals with most. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AT", 20),
            Map.entry("BE", 16),
            Map.entry("BG", 22),
            Map.entry("CH", 21),
            Map.entry("CY", 28),
            Map.entry("CZ", 24),
            Map.entry("DE", 22),
            Map.entry("DK", 18),
            Map.entry("EE", 20),
            Map.entry("ES", 24),
            Map.entry("FI", 18),
            Map.entry("FR", 27),
            Map.entry("GB", 22),
            Map.entry("GR", 27),
            Map.entry("HR", 21),
            Map.entry("HU", 28),
            Map.entry("IE", 22),
            Map.entry("IS", 26),
            Map.entry("IT", 27),
            Map.entry("LI", 21),
            Map.entry("LT", 20),
            Map.entry("LU", 20),
            Map.entry("LV", 21),
            Map.entry("MT", 31),
            Map.entry("NL", 18),
            Map.entry("NO", 15),
            Map.entry("PL", 28),
            Map.entry("PT", 25),
            Map.entry("RO", 24),
            Map.entry("SE", 24),
            Map.entry("SI", 19),
            Map.entry("SK", 24));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = normalised(value);
    }

    /** The IBAN in its electronic form: upper case, no spaces. */
    public static Iban parse(String text) {
        return new Iban(text);
    }

    /** Why the text is not a valid IBAN, or null when it is. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "must be given";
        }
        String iban = normalised(text);
        if (iban.length() < 15 || iban.length() > 34) {
            return "must be 15 to 34 characters, was " + iban.length();
        }
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            return "must be a country code, two check digits and letters or digits, was '" + text.strip() + "'";
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        if (length != null && iban.length() != length) {
            return "a " + iban.substring(0, 2) + " IBAN has " + length + " characters, this one " + iban.length();
        }
        if (remainder(iban.substring(4) + iban.substring(0, 4)) != 1) {
            return "check digits do not match (ISO 13616 mod-97), was '" + text.strip() + "'";
        }
        return null;
    }

    /** Makes an IBAN from a country and its basic bank account number, computing the check digits. */
    public static Iban of(String country, String bban) {
        int check = 98 - remainder(bban + country + "00");
        return new Iban(country + (check < 10 ? "0" : "") + check + bban);
    }

    public String country() {
        return value.substring(0, 2);
    }

    /** Groups of four, as printed on a statement. */
    public String printed() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(value, i, Math.min(value.length(), i + 4));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalised(String text) {
        return text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static int remainder(String rearranged) {
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (int i = 0; i < rearranged.length(); i++) {
            char ch = rearranged.charAt(i);
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
