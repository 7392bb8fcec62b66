package org.backoffice.banking.account;

/** A request to open an account for a client: its currency and product. */
public record OpenCustomerAccount(long clientId, String currency, String product) {}
