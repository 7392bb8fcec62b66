package org.backoffice.banking.client;

/** A natural person or a company (a legal person). */
public enum ClientKind {
    PERSON,
    COMPANY
}
