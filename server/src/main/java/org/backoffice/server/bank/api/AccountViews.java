package org.backoffice.server.bank.api;

import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Platform;
import org.springframework.stereotype.Component;

/** Clients' accounts into their API form, with the balance the ledger holds now. */
@Component
class AccountViews {
    private final Platform platform;

    AccountViews(Platform platform) {
        this.platform = platform;
    }

    CustomerAccountJson json(CustomerAccount account) {
        return CustomerAccountJson.of(
                account,
                platform.ledger().balance(AccountId.of(account.ledgerId())).orElseThrow(),
                scale(account.currency()));
    }

    int scale(String currency) {
        return platform.accounts().asset(currency).map(Asset::scale).orElse(0);
    }
}
