package org.backoffice.banking.clearing;

/**
 * A payment of a cycle, either way, as the clearing pages list it.
 *
 * @param direction OUT for what this bank sends, IN for what it received
 * @param kind PAYMENT (a client's), RETURN (of an exception), INCOMING (from a file)
 * @param status PENDING, SETTLED or REVERSED
 * @param counterpartyBic the other bank
 * @param amount minor units of {@code currency}
 */
public record CycleItem(
        long id,
        String direction,
        String kind,
        String status,
        String endToEndId,
        String counterpartyBic,
        String accountIban,
        String currency,
        long amount) {}
