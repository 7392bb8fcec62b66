package org.backoffice.banking.clearing;

import org.backoffice.banking.MoneyBody;

/**
 * An operator's proposal for an incoming payment held in suspense, which a controller approves:
 * return it to the sending bank, or re-route it to an account of this bank.
 *
 * @param exceptionId the exception it resolves
 * @param currency and {@code amount} (minor units): the exception's, checked again when it posts
 * @param targetIban the account to credit; only for {@link Resolution#REROUTE}
 * @param sendingBic the bank a return goes back to
 */
public record ExceptionResolution(
        long exceptionId,
        Resolution action,
        String currency,
        long amount,
        String targetIban,
        String sendingBic,
        String reason)
        implements MoneyBody {}
