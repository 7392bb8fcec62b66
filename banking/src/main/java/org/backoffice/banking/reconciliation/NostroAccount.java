package org.backoffice.banking.reconciliation;

import java.time.Instant;

/**
 * A book account (chart 1020) registered as the bank's mirror of its account at a correspondent.
 *
 * @param accountIdentification the account as the correspondent's statements name it: camt {@code
 *     Acct/Id} (IBAN or Othr/Id) or MT {@code :25:}
 */
public record NostroAccount(
        long id,
        String bookNumber,
        long ledgerId,
        String branch,
        String currency,
        String correspondentBic,
        String accountIdentification,
        Instant registeredAt,
        String registeredBy) {}
