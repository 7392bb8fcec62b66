package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.function.Function;
import org.backoffice.banking.Banking;
import org.backoffice.banking.payment.ConversionOrder;
import org.backoffice.banking.payment.PaymentOrder;
import org.backoffice.banking.payment.TransferOrder;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.server.bank.Decimals;
import org.backoffice.server.platform.api.DocumentCreation;
import org.backoffice.server.web.IdempotencyFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Payments",
        description = "Clients' payment orders as documents: transfers between the bank's clients, payments to other"
                + " banks, currency conversions between a client's accounts at the day's rate. Submitted (the default)"
                + " below the approval threshold a payment posts at once (POSTED); at or above it, it waits for a"
                + " controller or an accountant (SUBMITTED). The value date is the one asked for, but never before the"
                + " next business day once the cut-off has passed. Every broken rule is a 422 naming its field: a bad"
                + " IBAN (with the ISO 13616 mod-97 rule), an unknown, frozen or closed account, a currency other than"
                + " the account's, an amount with too many decimals, too little money (amount).")
@RestController
@RequestMapping("/api/bank")
class BankPaymentsController {
    private final Banking banking;
    private final AccountViews accounts;
    private final DocumentCreation creation;

    BankPaymentsController(Banking banking, AccountViews accounts, DocumentCreation creation) {
        this.banking = banking;
        this.accounts = accounts;
        this.creation = creation;
    }

    @Schema(name = "TransferRequest")
    record TransferRequest(
            @Schema(example = "GB29DEMO40000000000001") String debtorIban,
            @Schema(example = "GB02DEMO40000000000002") String creditorIban,
            @Schema(example = "USD") String currency,

            @Schema(description = "Decimal text, at most the currency's decimal places", example = "12.34")
            String amount,

            @Schema(description = "Optional; omitted for the earliest the cut-off allows")
            LocalDate valueDate,

            String reference) {
        TransferOrder order() {
            return new TransferOrder(
                    debtorIban, creditorIban, currency, Decimals.parse("amount", amount), valueDate, reference);
        }
    }

    @Schema(name = "OutgoingPaymentRequest")
    record OutgoingRequest(
            String debtorIban,
            @Schema(example = "Acme GmbH") String creditorName,
            @Schema(example = "DE89370400440532013000") String creditorIban,
            @Schema(example = "COBADEFFXXX") String creditorBic,
            @Schema(example = "EUR") String currency,
            @Schema(example = "250.00") String amount,
            LocalDate valueDate,

            @Schema(description = "1..35 characters of the SWIFT set", example = "INV-2026-0042")
            String endToEndId,

            String remittance) {
        PaymentOrder order() {
            return new PaymentOrder(
                    debtorIban,
                    creditorName,
                    creditorIban,
                    creditorBic,
                    currency,
                    Decimals.parse("amount", amount),
                    valueDate,
                    endToEndId,
                    remittance);
        }
    }

    @Schema(name = "ConversionRequest")
    record ConversionRequest(
            @Schema(description = "The account sold from") String debitIban,

            @Schema(description = "The same client's account in the other currency")
            String creditIban,

            @Schema(description = "In the debited account's currency", example = "100.00")
            String sellAmount,

            LocalDate valueDate,
            String reference) {
        ConversionOrder order() {
            return new ConversionOrder(
                    debitIban, creditIban, Decimals.parse("sellAmount", sellAmount), valueDate, reference);
        }
    }

    @Operation(summary = "A transfer between two clients' accounts of this bank, in one currency")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/transfers")
    ResponseEntity<PaymentJson> transfer(
            @RequestBody TransferRequest request,
            @RequestParam(name = "submit", defaultValue = "true") boolean submit,
            @Parameter(description = "1..200 characters; a retry with the same key and request changes nothing")
                    @RequestHeader(value = IdempotencyFilter.HEADER, required = false)
                    String key,
            Authentication authentication,
            HttpServletRequest http) {
        return created(
                request,
                key,
                authentication,
                http,
                (actor, idempotency) -> banking.payments().transfer(actor, request.order(), submit, idempotency));
    }

    @Operation(summary = "A payment to an account at another bank, to leave with the next clearing cycle")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/outgoing-payments")
    ResponseEntity<PaymentJson> pay(
            @RequestBody OutgoingRequest request,
            @RequestParam(name = "submit", defaultValue = "true") boolean submit,
            @Parameter(description = "1..200 characters; a retry with the same key and request changes nothing")
                    @RequestHeader(value = IdempotencyFilter.HEADER, required = false)
                    String key,
            Authentication authentication,
            HttpServletRequest http) {
        return created(
                request,
                key,
                authentication,
                http,
                (actor, idempotency) -> banking.payments().pay(actor, request.order(), submit, idempotency));
    }

    @Operation(
            summary = "Sells an amount of one of a client's accounts into another of theirs at the day's rate",
            description = "The rate is the table's latest on or before the value date, direct or inverted; the bought"
                    + " amount is the sold amount times the rate, rounded half-even. No rate is a 422 on rate.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/conversions")
    ResponseEntity<PaymentJson> convert(
            @RequestBody ConversionRequest request,
            @RequestParam(name = "submit", defaultValue = "true") boolean submit,
            @Parameter(description = "1..200 characters; a retry with the same key and request changes nothing")
                    @RequestHeader(value = IdempotencyFilter.HEADER, required = false)
                    String key,
            Authentication authentication,
            HttpServletRequest http) {
        return created(
                request,
                key,
                authentication,
                http,
                (actor, idempotency) -> banking.payments().convert(actor, request.order(), submit, idempotency));
    }

    private ResponseEntity<PaymentJson> created(
            Object request,
            String key,
            Authentication authentication,
            HttpServletRequest http,
            DocumentCreation.Create create) {
        DocumentResult result = creation.create(request, key, authentication, http, create);
        Function<String, Integer> scale = accounts::scale;
        return DocumentCreation.created(result).body(PaymentJson.of(result.document(), scale::apply));
    }
}
