package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import org.backoffice.banking.account.AccountStatus;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.ledger.Balance;
import org.backoffice.platform.amount.Amount;

/** A client's account with its balance, as the API shows it. */
@Schema(name = "CustomerAccount")
public record CustomerAccountJson(
        @Schema(example = "GB29DEMO40000000000001") String iban,

        @Schema(description = "Groups of four, as printed", example = "GB29 DEMO 4000 0000 0000 01")
        String printed,

        String clientId,
        String branch,
        String currency,
        @Schema(example = "CURRENT") String product,

        @Schema(description = "The book account that keeps the balance", example = "HO-2010-USD-00000001")
        String bookNumber,

        AccountStatus status,

        @Schema(description = "Why it was last frozen, unfrozen or closed")
        String statusReason,

        LocalDate openedOn,
        LocalDate closedOn,

        @Schema(description = "Posted balance, decimal text", example = "1250.00")
        String balance,

        @Schema(description = "Posted balance less what is reserved by pending movements")
        String available,

        Map<String, String> links) {

    static CustomerAccountJson of(CustomerAccount a, Balance balance, int scale) {
        String self = "/api/bank/accounts/" + a.iban().value();
        return new CustomerAccountJson(
                a.iban().value(),
                a.iban().printed(),
                Long.toString(a.clientId()),
                a.branch(),
                a.currency(),
                a.product(),
                a.bookNumber(),
                a.status(),
                a.statusReason(),
                a.openedOn(),
                a.closedOn(),
                Amount.plain(balance.posted(), scale),
                Amount.plain(balance.available(), scale),
                Map.of(
                        "self", self,
                        "client", "/api/bank/clients/" + a.clientId(),
                        "statement", "/api/accounts/" + a.bookNumber() + "/statement"));
    }
}
