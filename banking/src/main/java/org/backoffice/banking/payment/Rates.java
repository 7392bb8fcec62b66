package org.backoffice.banking.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backoffice.banking.internal.BankGrants;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;

/**
 * The day's rate table: how many units of one currency buy one unit of another. A treasurer sets
 * it each business day; a conversion takes the rate set for its value date, directly or inverted,
 * and is refused when that day has none (yesterday's rate is not today's price).
 */
public final class Rates {
    /** Decimal places kept for an inverted rate. */
    private static final int INVERSE_SCALE = 10;

    private final Platform platform;

    public Rates(Platform platform) {
        this.platform = platform;
    }

    public void set(Actor actor, LocalDate date, String base, String quote, BigDecimal rate) {
        BankGrants.require(
                platform,
                actor,
                BankGrants.EXCHANGE_RATE,
                Action.CREATE,
                "may not set exchange rates: a treasurer must");
        if (date == null) {
            throw InvalidDocumentException.of("date", "must be given");
        }
        for (String[] field : new String[][] {{"base", base}, {"quote", quote}}) {
            if (field[1] == null || platform.accounts().asset(field[1]).isEmpty()) {
                throw InvalidDocumentException.of(
                        field[0], "must be a currency the bank keeps, was '" + field[1] + "'");
            }
        }
        if (base.equals(quote)) {
            throw InvalidDocumentException.of("quote", "must differ from the base currency");
        }
        if (rate == null || rate.signum() <= 0 || rate.precision() > 18) {
            throw InvalidDocumentException.of("rate", "must be a positive number of at most 18 digits");
        }
        String text = rate.stripTrailingZeros().toPlainString();
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "SET",
                "ExchangeRate",
                date + ":" + base + "/" + quote,
                null,
                null,
                "{\"rate\":\"" + text + "\"}");
        platform.change(List.of(audit), c -> {
            Sql.update(
                    c,
                    "DELETE FROM bank_rates WHERE rate_date = ? AND base = ? AND quote = ?",
                    date.toString(),
                    base,
                    quote);
            return Sql.update(
                    c,
                    "INSERT INTO bank_rates (rate_date, base, quote, rate, set_by) VALUES (?, ?, ?, ?, ?)",
                    date.toString(),
                    base,
                    quote,
                    text,
                    actor.username());
        });
    }

    /** Units of {@code quote} for one {@code base} on {@code date}: the rate set for that day. */
    public Optional<BigDecimal> rate(LocalDate date, String base, String quote) {
        try (Connection c = platform.ledger().readers().getConnection()) {
            return rateIn(c, date, base, quote);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the rate table: " + e.getMessage(), e);
        }
    }

    /** The rate as {@link #rate}, read in the caller's transaction. */
    public static Optional<BigDecimal> rateIn(Connection c, LocalDate date, String base, String quote)
            throws SQLException {
        Optional<BigDecimal> direct = setFor(c, date, base, quote);
        if (direct.isPresent()) {
            return direct;
        }
        return setFor(c, date, quote, base).map(r -> BigDecimal.ONE.divide(r, INVERSE_SCALE, RoundingMode.HALF_EVEN));
    }

    /** Every rate set for the latest day on or before {@code date}. */
    public List<String[]> table(LocalDate date) {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT rate_date, base, quote, rate FROM bank_rates WHERE rate_date = (SELECT MAX(rate_date) FROM"
                        + " bank_rates WHERE rate_date <= ?) ORDER BY base, quote",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)},
                date.toString());
    }

    private static Optional<BigDecimal> setFor(Connection c, LocalDate date, String base, String quote)
            throws SQLException {
        return Sql.query(
                        c,
                        "SELECT rate FROM bank_rates WHERE base = ? AND quote = ? AND rate_date = ?",
                        rs -> new BigDecimal(rs.getString(1)),
                        base,
                        quote,
                        date.toString())
                .stream()
                .findFirst();
    }
}
