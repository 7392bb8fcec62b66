package org.backoffice.platform.security;

/** The back-office roles. What each may do per document type is the profile's {@link Permissions}. */
public enum Role {
    OPERATOR,
    CONTROLLER,
    ACCOUNTANT,
    TREASURER,
    AUDITOR,
    ADMINISTRATOR
}
