package org.backoffice.securities.corporate;

/** An action is announced by an operator, then approved by a controller, which applies it. */
public enum ActionStatus {
    ANNOUNCED,
    APPLIED
}
