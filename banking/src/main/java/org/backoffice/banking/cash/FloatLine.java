package org.backoffice.banking.cash;

import java.math.BigDecimal;

/** What a cashier takes from the vault in one currency when the shift opens. */
public record FloatLine(String currency, BigDecimal amount) {}
