package org.backoffice.banking.cash;

/** Where collected cash goes: between a desk and its branch's vault, or between the vault and head office's. */
public enum CashRoute {
    DESK_TO_VAULT,
    VAULT_TO_DESK,
    VAULT_TO_HEAD_OFFICE,
    HEAD_OFFICE_TO_VAULT;

    public boolean touchesDesk() {
        return this == DESK_TO_VAULT || this == VAULT_TO_DESK;
    }
}
