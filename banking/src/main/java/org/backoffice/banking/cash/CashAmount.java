package org.backoffice.banking.cash;

/** An amount of one currency in minor units, e.g. one currency's float. */
public record CashAmount(String currency, long amount) {}
