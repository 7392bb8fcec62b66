package org.backoffice.platform.security;

/** What a user may do with a document type. */
public enum Action {
    VIEW,
    CREATE,
    APPROVE,
    REVERSE
}
