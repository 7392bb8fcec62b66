package org.backoffice.banking.cash;

import java.math.BigDecimal;

/** Cash to move along a route; {@code desk} only for the routes between a desk and the vault. */
public record CollectionOrder(CashRoute route, String desk, String currency, BigDecimal amount) {}
