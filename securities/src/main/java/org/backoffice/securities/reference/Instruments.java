package org.backoffice.securities.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.corporate.DayCount;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.internal.Rows;

/**
 * The instruments the firm trades; adding one defines its asset in the ledger, counted in whole units or, for a
 * fund, in the fraction of a unit its scale says. The ledger keeps that scale; an instrument is read back with it.
 */
public final class Instruments {
    private static final String COLUMNS = "isin, kind, name, currency, nominal, market, place, registrar_held,"
            + " penalty_category, coupon_rate, coupon_frequency, first_coupon, maturity, day_count";

    private final Platform platform;
    private final Markets markets;
    private final ReadThrough<String, Instrument> cache = new ReadThrough<>(this::load);

    public Instruments(Platform platform, Markets markets) {
        this.platform = platform;
        this.markets = markets;
    }

    public Instrument add(Actor actor, Instrument instrument) {
        Clerks.require(platform, actor);
        if (markets.find(instrument.market()).isEmpty()) {
            throw InvalidDocumentException.of("market", "no such market: '" + instrument.market() + "'");
        }
        if (platform.accounts().asset(instrument.currency()).isEmpty()) {
            throw InvalidDocumentException.of(
                    "currency", "no such currency in the ledger: '" + instrument.currency() + "'");
        }
        if (find(instrument.isin()).isPresent()) {
            throw InvalidDocumentException.of("isin", "instrument " + instrument.isin() + " exists already");
        }
        platform.accounts().defineAsset(instrument.asset());
        Coupon coupon = instrument.coupon();
        Clerks.created(
                platform,
                actor,
                "Instrument",
                instrument.isin(),
                "{\"kind\":\"" + instrument.kind() + "\",\"name\":" + Rows.quoted(instrument.name()) + "}",
                c -> Sql.update(
                        c,
                        "INSERT INTO sec_instruments (" + COLUMNS + ", created_at, created_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        instrument.isin(),
                        instrument.kind().name(),
                        instrument.name(),
                        instrument.currency(),
                        instrument.nominal().toPlainString(),
                        instrument.market(),
                        instrument.place(),
                        instrument.registrarHeld() ? 1 : 0,
                        instrument.penaltyCategory().name(),
                        coupon == null ? null : coupon.ratePercent().toPlainString(),
                        coupon == null ? null : coupon.frequencyPerYear(),
                        coupon == null ? null : coupon.firstCoupon().toString(),
                        coupon == null ? null : coupon.maturity().toString(),
                        coupon == null ? null : coupon.dayCount().name(),
                        Micros.now(platform.clock()),
                        actor.username()));
        return instrument;
    }

    public Optional<Instrument> find(String isin) {
        return cache.find(isin);
    }

    private Optional<Instrument> load(String isin) {
        return Sql.one(
                        platform.ledger().readers(),
                        "SELECT " + COLUMNS + " FROM sec_instruments WHERE isin = ?",
                        Instruments::read,
                        isin)
                .map(this::counted);
    }

    public List<Instrument> list() {
        return Sql.query(
                        platform.ledger().readers(),
                        "SELECT " + COLUMNS + " FROM sec_instruments ORDER BY isin",
                        Instruments::read)
                .stream()
                .map(this::counted)
                .toList();
    }

    /** The instrument with the scale the ledger counts its units in. */
    private Instrument counted(Instrument read) {
        int scale = platform.accounts().asset(read.isin()).map(Asset::scale).orElse(0);
        return scale == read.unitScale() ? read : read.withUnitScale(scale);
    }

    private static Instrument read(ResultSet rs) throws SQLException {
        String rate = rs.getString("coupon_rate");
        Coupon coupon = rate == null
                ? null
                : new Coupon(
                        Rows.decimal(rate),
                        rs.getInt("coupon_frequency"),
                        Rows.date(rs.getString("first_coupon")),
                        Rows.date(rs.getString("maturity")),
                        DayCount.valueOf(rs.getString("day_count")));
        return new Instrument(
                rs.getString("isin"),
                InstrumentKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("currency"),
                Rows.decimal(rs.getString("nominal")),
                rs.getString("market"),
                rs.getString("place"),
                rs.getInt("registrar_held") == 1,
                PenaltyCategory.valueOf(rs.getString("penalty_category")),
                coupon);
    }
}
