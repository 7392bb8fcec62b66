package org.backoffice.securities.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.backoffice.ledger.Asset;

/**
 * The penalties of one failing instruction over a period: one line per business day of fail and
 * their total. The total is the sum of the rounded lines, so that the lines add up to it.
 */
public record PenaltyAccrual(String instructionRef, Asset currency, List<PenaltyLine> lines, BigDecimal total) {
    public PenaltyAccrual {
        Objects.requireNonNull(instructionRef, "instructionRef");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        BigDecimal sum = lines.stream().map(PenaltyLine::penalty).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw new IllegalArgumentException("total: must be the sum of the lines, " + sum.toPlainString());
        }
    }
}
