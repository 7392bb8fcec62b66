package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.ItemsJson;
import org.backoffice.server.web.PageJson;
import org.backoffice.server.web.Paging;
import org.backoffice.server.web.Params;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Bank clients",
        description = "Taking clients on (an operator or an accountant, in their own branches) and finding them."
                + " A client who breaks a rule (a missing name, a person under 16, a bad LEI) is a 422 naming every"
                + " field; a client of a branch not granted to the caller answers 404 as if it did not exist.")
@RestController
@RequestMapping("/api/bank/clients")
class BankClientsController {
    private final Banking banking;
    private final AccountViews accounts;

    BankClientsController(Banking banking, AccountViews accounts) {
        this.banking = banking;
        this.accounts = accounts;
    }

    @Schema(name = "NewBankClient")
    record ClientRequest(
            ClientKind kind,
            @Schema(example = "HO") String branch,

            @Schema(description = "A person's", example = "Jane")
            String givenNames,

            @Schema(description = "A person's", example = "Doe")
            String familyName,

            @Schema(description = "A person's; at least 16 years ago")
            LocalDate birthDate,

            @Schema(description = "A company's registered name")
            String companyName,

            @Schema(description = "Passport or national id number; a company's registration number")
            String idDocument,

            String taxId,

            @Schema(description = "A company's Legal Entity Identifier (ISO 17442), optional")
            String lei,

            String address,
            @Schema(example = "GB") String country,
            String email,
            String phone) {

        NewClient toNewClient() {
            return new NewClient(
                    kind,
                    branch,
                    givenNames,
                    familyName,
                    birthDate,
                    companyName,
                    idDocument,
                    taxId,
                    lei,
                    address,
                    country,
                    email,
                    phone);
        }
    }

    @Operation(summary = "Takes a client on (OPERATOR, ACCOUNTANT or ADMINISTRATOR, in one of their branches)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ClientJson> create(@RequestBody ClientRequest request, Authentication authentication) {
        Client client = banking.clients().create(CurrentActor.of(authentication), request.toNewClient());
        return ResponseEntity.created(URI.create("/api/bank/clients/" + client.id()))
                .body(ClientJson.of(client));
    }

    @Operation(summary = "Clients of the caller's branches, optionally of one branch, whose name contains q; by name")
    @GetMapping
    PageJson<ClientJson> list(
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "q", required = false) String search,
            Paging paging,
            Authentication authentication) {
        return PageJson.of(
                banking.clients().list(CurrentActor.of(authentication), branch, search, paging.page(), paging.size()),
                ClientJson::of);
    }

    @Operation(summary = "One client")
    @GetMapping("/{id}")
    ClientJson get(@PathVariable("id") String id, Authentication authentication) {
        return ClientJson.of(client(CurrentActor.of(authentication), id));
    }

    @Operation(summary = "The client's accounts with their balances, by IBAN")
    @GetMapping("/{id}/accounts")
    ItemsJson<CustomerAccountJson> accounts(@PathVariable("id") String id, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Client client = client(actor, id);
        return new ItemsJson<>(banking.accounts().ofClient(actor, client.id()).stream()
                .map((CustomerAccount a) -> accounts.json(a))
                .toList());
    }

    private Client client(Actor actor, String id) {
        return parseId(id)
                .flatMap(value -> banking.clients().find(actor, value))
                .orElseThrow(() -> new NoSuchElementException("client " + Params.abbreviated(id) + " not found"));
    }

    static java.util.Optional<Long> parseId(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(id));
    }
}
