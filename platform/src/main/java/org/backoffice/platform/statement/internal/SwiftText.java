package org.backoffice.platform.statement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.backoffice.platform.message.FieldProblem;

/** SWIFT MT amounts ({@code 1234,56}, a comma always) and dates (YYMMDD, MMDD). */
public final class SwiftText {
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,14},[0-9]*");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    private SwiftText() {}

    public static String amount(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.contains(".") ? plain.replace('.', ',') : plain + ",";
    }

    public static BigDecimal amount(String field, String text) {
        if (text == null || !AMOUNT.matcher(text).matches()) {
            throw new FieldProblem(field, "is not an MT amount like 1234,56: " + text);
        }
        String decimal = text.replace(',', '.');
        return new BigDecimal(decimal.endsWith(".") ? decimal.substring(0, decimal.length() - 1) : decimal);
    }

    public static String date(LocalDate date) {
        return YYMMDD.format(date);
    }

    public static String monthDay(LocalDate date) {
        return MMDD.format(date);
    }

    /** YYMMDD, in this century as the SWIFT standards read it for statements. */
    public static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text, YYMMDD);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new FieldProblem(field, "is not a date YYMMDD: " + text);
        }
    }

    /**
     * An MMDD entry date takes the year of its value date, or the one before or after when that is
     * nearer: a value date of 2 January may be booked on 31 December.
     */
    public static LocalDate entryDate(String field, String text, LocalDate valueDate) {
        MonthDay monthDay;
        try {
            monthDay = MonthDay.parse("--" + text.substring(0, 2) + "-" + text.substring(2));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new FieldProblem(field, "is not an entry date MMDD: " + text);
        }
        LocalDate sameYear = monthDay.atYear(valueDate.getYear());
        if (sameYear.isAfter(valueDate.plusMonths(6))) {
            return monthDay.atYear(valueDate.getYear() - 1);
        }
        if (sameYear.isBefore(valueDate.minusMonths(6))) {
            return monthDay.atYear(valueDate.getYear() + 1);
        }
        return sameYear;
    }
}
