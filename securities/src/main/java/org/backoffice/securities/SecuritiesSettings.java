package org.backoffice.securities;

import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * How the securities back office runs: the firm's BIC (sender of its settlement instructions), the
 * brokerage fee charged to clients in basis points of the trade's value with its minimum, and the
 * zone its business day is kept in.
 */
public record SecuritiesSettings(String bic, BigDecimal feeBasisPoints, BigDecimal minimumFee, ZoneId zone) {
    public SecuritiesSettings {
        if (bic == null || !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new IllegalArgumentException("bic: must be 8 or 11 characters (ISO 9362), was '" + bic + "'");
        }
        if (feeBasisPoints == null
                || feeBasisPoints.signum() < 0
                || feeBasisPoints.compareTo(new BigDecimal("1000")) > 0) {
            throw new IllegalArgumentException("feeBasisPoints: must be within 0..1000");
        }
        if (minimumFee == null || minimumFee.signum() < 0) {
            throw new IllegalArgumentException("minimumFee: must not be negative");
        }
        if (zone == null) {
            throw new IllegalArgumentException("zone: must be given");
        }
    }

    public static SecuritiesSettings defaults() {
        return new SecuritiesSettings(
                "DEMOGB2LXXX", new BigDecimal("5"), new BigDecimal("1.00"), ZoneId.of("Europe/London"));
    }
}
