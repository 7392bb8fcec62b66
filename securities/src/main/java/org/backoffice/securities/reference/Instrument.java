package org.backoffice.securities.reference;

import java.math.BigDecimal;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.AssetKind;
import org.backoffice.securities.fail.PenaltyCategory;

/**
 * A security the firm trades and keeps: its ISIN is also its asset code in the ledger, counted in
 * units of {@code nominal} (one share, or one bond of that face value).
 *
 * @param unitScale the decimals a holding may have: 0 for shares and bonds, held whole; 4 (say) for a
 *     fund whose units are held to the ten-thousandth. It is the scale of the instrument's asset in
 *     the ledger, so quantities are counts of its smallest fraction.
 * @param place the BIC of the central securities depository or registrar where it settles
 * @param registrarHeld ownership is re-registered at a registrar by transfer order, not by book
 *     entry at a depository
 * @param coupon a bond's coupon terms; null for a share
 */
public record Instrument(
        String isin,
        InstrumentKind kind,
        String name,
        String currency,
        BigDecimal nominal,
        String market,
        String place,
        boolean registrarHeld,
        PenaltyCategory penaltyCategory,
        Coupon coupon,
        int unitScale) {
    /** The most decimals a unit may have: a fund's units go to a millionth at most. */
    public static final int MAX_UNIT_SCALE = 6;

    /** An instrument held in whole units. */
    public Instrument(
            String isin,
            InstrumentKind kind,
            String name,
            String currency,
            BigDecimal nominal,
            String market,
            String place,
            boolean registrarHeld,
            PenaltyCategory penaltyCategory,
            Coupon coupon) {
        this(isin, kind, name, currency, nominal, market, place, registrarHeld, penaltyCategory, coupon, 0);
    }

    public Instrument {
        String problem = Isin.problem(isin);
        if (problem != null) {
            throw new IllegalArgumentException("isin: " + problem);
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: must be EQUITY or BOND");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name: must be given, at most 200 characters");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: must be an ISO 4217 code, was '" + currency + "'");
        }
        if (nominal == null || nominal.signum() <= 0) {
            throw new IllegalArgumentException("nominal: must be positive");
        }
        if (market == null || market.isBlank()) {
            throw new IllegalArgumentException("market: must be given");
        }
        if (!Bic.valid(place)) {
            throw new IllegalArgumentException(
                    "place: must be the BIC of the depository or registrar, was '" + place + "'");
        }
        if (penaltyCategory == null) {
            throw new IllegalArgumentException("penaltyCategory: must be given");
        }
        if (kind == InstrumentKind.BOND && coupon == null) {
            throw new IllegalArgumentException("coupon: a bond must have its coupon terms");
        }
        if (kind == InstrumentKind.EQUITY && coupon != null) {
            throw new IllegalArgumentException("coupon: a share has no coupon");
        }
        if (unitScale < 0 || unitScale > MAX_UNIT_SCALE) {
            throw new IllegalArgumentException("unitScale: must be within 0.." + MAX_UNIT_SCALE + ", was " + unitScale);
        }
        if (unitScale > 0 && kind == InstrumentKind.BOND) {
            throw new IllegalArgumentException("unitScale: a bond is held in whole units of its nominal");
        }
        name = name.strip();
    }

    public Instrument withUnitScale(int scale) {
        return new Instrument(
                isin, kind, name, currency, nominal, market, place, registrarHeld, penaltyCategory, coupon, scale);
    }

    /** The instrument as the ledger counts it: its ISIN, in units of {@code unitScale} decimals. */
    public Asset asset() {
        return new Asset(AssetCode.of(isin), AssetKind.SECURITY, unitScale);
    }

    public boolean bond() {
        return kind == InstrumentKind.BOND;
    }
}
