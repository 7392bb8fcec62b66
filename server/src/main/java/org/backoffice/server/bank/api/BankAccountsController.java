package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Bank accounts",
        description = "Clients' accounts: opened with an IBAN for a client of the caller's branches, frozen (both"
                + " ways) by an operator, controller or accountant, unfrozen only by a controller, closed at a zero"
                + " balance by a controller or an accountant. A malformed IBAN is a 422 naming the rule it breaks (the"
                + " ISO 13616 mod-97 check digits, the country's length); an account out of the caller's branches a"
                + " 404; a change the account's status does not allow (unfreezing an open account) a 409.")
@RestController
@RequestMapping("/api/bank/accounts")
class BankAccountsController {
    private final Banking banking;
    private final AccountViews views;

    BankAccountsController(Banking banking, AccountViews views) {
        this.banking = banking;
        this.views = views;
    }

    @Schema(name = "OpenCustomerAccount")
    record OpenRequest(
            @Schema(description = "The client's id, as text", example = "7412580963214785")
            String clientId,

            @Schema(example = "USD") String currency,
            @Schema(example = "CURRENT") String product) {}

    @Schema(name = "AccountStatusChange")
    record ReasonRequest(
            @Schema(description = "Why; 1..200 characters", example = "Court order 12/2026")
            String reason) {}

    @Operation(summary = "Opens an account for a client (OPERATOR, ACCOUNTANT or ADMINISTRATOR)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<CustomerAccountJson> open(@RequestBody OpenRequest request, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        long clientId = BankClientsController.parseId(request.clientId())
                .orElseThrow(() -> InvalidDocumentException.of(
                        "clientId", request.clientId() == null ? "must be given" : "must be a client's id (digits)"));
        CustomerAccount account = banking.accounts()
                .open(actor, new OpenCustomerAccount(clientId, request.currency(), request.product()));
        return ResponseEntity.created(URI.create("/api/bank/accounts/" + account.iban()))
                .body(views.json(account));
    }

    @Operation(summary = "One account with its balance; the IBAN with or without spaces")
    @GetMapping("/{iban}")
    CustomerAccountJson get(@PathVariable("iban") String iban, Authentication authentication) {
        return views.json(banking.accounts().get(CurrentActor.of(authentication), iban));
    }

    @Operation(summary = "Freezes an open account: no posting either way (OPERATOR, CONTROLLER or ACCOUNTANT)")
    @PostMapping("/{iban}/freeze")
    CustomerAccountJson freeze(
            @PathVariable("iban") String iban, @RequestBody ReasonRequest request, Authentication authentication) {
        return views.json(banking.accounts().freeze(CurrentActor.of(authentication), iban, reason(request)));
    }

    @Operation(summary = "Lifts a freeze (CONTROLLER only, so whoever froze it cannot undo it alone)")
    @PostMapping("/{iban}/unfreeze")
    CustomerAccountJson unfreeze(
            @PathVariable("iban") String iban, @RequestBody ReasonRequest request, Authentication authentication) {
        return views.json(banking.accounts().unfreeze(CurrentActor.of(authentication), iban, reason(request)));
    }

    @Operation(summary = "Closes an account at a zero balance with nothing pending (CONTROLLER or ACCOUNTANT)")
    @PostMapping("/{iban}/close")
    CustomerAccountJson close(
            @PathVariable("iban") String iban, @RequestBody ReasonRequest request, Authentication authentication) {
        return views.json(banking.accounts().close(CurrentActor.of(authentication), iban, reason(request)));
    }

    private static String reason(ReasonRequest request) {
        return request == null ? null : request.reason();
    }
}
