package org.backoffice.banking.reconciliation;

/** What registering a nostro account takes; checked field by field by {@link Reconciliation#register}. */
public record RegisterNostro(String bookNumber, String correspondentBic, String accountIdentification) {}
