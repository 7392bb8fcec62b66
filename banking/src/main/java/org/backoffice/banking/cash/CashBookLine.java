package org.backoffice.banking.cash;

import java.time.Instant;

/**
 * One movement of a desk's cash, in minor units.
 *
 * @param number the document's number (with "reversal of" for a reversal)
 * @param received cash in (the desk debited); zero for cash out
 * @param paidOut cash out (the desk credited); zero for cash in
 * @param balance the desk's cash after the movement
 */
public record CashBookLine(
        Instant bookedAt, String number, String type, String counterparty, long received, long paidOut, long balance) {}
