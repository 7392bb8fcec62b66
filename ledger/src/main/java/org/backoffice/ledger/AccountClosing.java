package org.backoffice.ledger;

/** What became of a request to close an account. */
public sealed interface AccountClosing permits AccountClosing.Closed, AccountClosing.Refused {
    record Closed(AccountId account) implements AccountClosing {}

    /** The account stays open; {@code reason} says what must be settled first. */
    record Refused(AccountId account, String reason) implements AccountClosing {}
}
