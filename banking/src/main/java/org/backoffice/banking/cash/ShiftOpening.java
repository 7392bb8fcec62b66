package org.backoffice.banking.cash;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.document.DocumentBody;

/** A cashier opens a shift at a desk and takes a float from the branch vault, per currency. */
public record ShiftOpening(String desk, List<CashAmount> floats, LocalDate valueDate) implements DocumentBody {
    public ShiftOpening {
        floats = floats == null ? List.of() : List.copyOf(floats);
    }
}
