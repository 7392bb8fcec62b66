package org.backoffice.securities.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.internal.Rows;

/** Markets with their calendars and settlement cycles; the trade book dates settlements by them. */
public final class Markets {
    private static final String SELECT = "SELECT mic, name, calendar, settlement_days FROM sec_markets";

    private final Platform platform;
    private final ReadThrough<String, Market> cache = new ReadThrough<>(this::load);
    private final Map<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    public Markets(Platform platform) {
        this.platform = platform;
    }

    public Market add(Actor actor, Market market) {
        Clerks.require(platform, actor);
        if (find(market.mic()).isPresent()) {
            throw InvalidDocumentException.of("mic", "market " + market.mic() + " exists already");
        }
        Clerks.created(
                platform,
                actor,
                "Market",
                market.mic(),
                "{\"name\":" + Rows.quoted(market.name()) + ",\"cycle\":\"" + market.cycle() + "\"}",
                c -> Sql.update(
                        c,
                        "INSERT INTO sec_markets (mic, name, calendar, settlement_days, created_at, created_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        market.mic(),
                        market.name(),
                        market.calendar(),
                        market.settlementDays(),
                        Micros.now(platform.clock()),
                        actor.username()));
        return market;
    }

    public Optional<Market> find(String mic) {
        return cache.find(mic);
    }

    private Optional<Market> load(String mic) {
        return Sql.one(platform.ledger().readers(), SELECT + " WHERE mic = ?", Markets::read, mic);
    }

    public List<Market> list() {
        return Sql.query(platform.ledger().readers(), SELECT + " ORDER BY mic", Markets::read);
    }

    private static Market read(ResultSet rs) throws SQLException {
        return new Market(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
    }

    /** Forgets the calendars read so far, after one was set up or changed. */
    public void calendarsChanged() {
        calendars.clear();
    }

    /** The market's calendar; weekends only until one of that code is set up. */
    public BusinessCalendar calendar(Market market) {
        return calendars.computeIfAbsent(
                market.calendar(),
                code -> platform.organisation()
                        .calendar(code)
                        .orElseGet(() -> new BusinessCalendar(code, "Weekends only", Map.of())));
    }

    /** The intended settlement date of a trade dealt on the market that day: T+n business days. */
    public LocalDate settlementDate(Market market, LocalDate tradeDate) {
        BusinessCalendar calendar = calendar(market);
        LocalDate date = tradeDate;
        for (int i = 0; i < market.settlementDays(); i++) {
            date = calendar.nextBusinessDay(date);
        }
        return date;
    }
}
