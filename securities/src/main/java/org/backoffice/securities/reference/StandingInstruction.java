package org.backoffice.securities.reference;

import java.time.LocalDate;

/**
 * A counterparty's standing settlement instruction for a market, from a date: the place of
 * settlement (depository), the agent that settles for it and the account there.
 */
public record StandingInstruction(
        long id,
        String counterparty,
        String market,
        String place,
        String agentBic,
        String agentAccount,
        String cashAccount,
        LocalDate validFrom) {
    public StandingInstruction {
        if (!Bic.valid(place)) {
            throw new IllegalArgumentException(
                    "place: must be the BIC of the place of settlement, was '" + place + "'");
        }
        if (!Bic.valid(agentBic)) {
            throw new IllegalArgumentException(
                    "agentBic: must be 8 or 11 characters (ISO 9362), was '" + agentBic + "'");
        }
        if (agentAccount == null || agentAccount.isBlank() || agentAccount.length() > 35) {
            throw new IllegalArgumentException("agentAccount: must be given, at most 35 characters");
        }
        if (cashAccount != null && (cashAccount.isBlank() || cashAccount.length() > 35)) {
            throw new IllegalArgumentException("cashAccount: at most 35 characters");
        }
        if (validFrom == null) {
            throw new IllegalArgumentException("validFrom: must be given");
        }
    }

    /** The same instruction under the id it was recorded with. */
    public StandingInstruction withId(long newId) {
        return new StandingInstruction(
                newId, counterparty, market, place, agentBic, agentAccount, cashAccount, validFrom);
    }
}
