package org.backoffice.platform.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** SWIFT MT decimals ({@code 1234,56}, a comma always) and dates (YYYYMMDD, YYYYMMDDHHMMSS). */
public final class MtText {
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15},[0-9]*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private MtText() {}

    public static String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        String text = plain.contains(".") ? plain.replace('.', ',') : plain + ",";
        if (text.length() > 15) {
            throw new IllegalArgumentException(
                    "amount: " + plain + " takes more than the 15 characters of an MT amount");
        }
        return text;
    }

    /** @return null when the text is no MT decimal */
    public static BigDecimal decimal(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        String decimal = text.replace(',', '.');
        return new BigDecimal(decimal.endsWith(".") ? decimal.substring(0, decimal.length() - 1) : decimal);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    public static String dateTime(LocalDateTime time) {
        return DATE_TIME.format(time);
    }

    public static LocalDateTime dateTime(String text) {
        try {
            return LocalDateTime.parse(text, DATE_TIME);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
