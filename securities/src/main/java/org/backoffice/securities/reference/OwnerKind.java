package org.backoffice.securities.reference;

/** Whose securities a depo account keeps: a client's, held in custody, or the firm's own. */
public enum OwnerKind {
    CLIENT,
    HOUSE
}
