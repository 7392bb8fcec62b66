package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.Banking;
import org.backoffice.server.bank.Decimals;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Params;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Exchange rates",
        description = "The day's rate table: units of the quote currency for one unit of the base. A treasurer (or"
                + " an administrator) sets it; setting a rate again for the same day replaces it. Conversions take the"
                + " latest rate on or before their value date.")
@RestController
@RequestMapping("/api/bank/rates")
class BankRatesController {
    private final Banking banking;

    BankRatesController(Banking banking) {
        this.banking = banking;
    }

    @Schema(name = "ExchangeRate")
    record RateJson(
            @Schema(example = "2026-11-27") LocalDate date,
            @Schema(example = "EUR") String base,
            @Schema(example = "USD") String quote,

            @Schema(description = "Units of quote for one base, decimal text", example = "1.0850")
            String rate) {}

    @Schema(name = "ExchangeRateValue")
    record RateValue(@Schema(example = "1.0850") String rate) {}

    @Schema(name = "RateTable")
    record TableJson(
            @Schema(description = "The day asked for") LocalDate asOf,

            @Schema(description = "The day the rates were set: the latest on or before asOf; null when none")
            LocalDate setOn,

            List<RateJson> rates) {}

    @Operation(summary = "The rate table in force on a day (the latest set on or before it); today when omitted")
    @GetMapping
    TableJson table(
            @Parameter(description = "YYYY-MM-DD") @RequestParam(name = "date", required = false) String date,
            Authentication authentication) {
        CurrentActor.of(authentication);
        LocalDate day = Params.date("date", date);
        LocalDate asOf = day == null ? banking.payments().valueDates().today() : day;
        List<RateJson> rates = banking.rates().table(asOf).stream()
                .map(r -> new RateJson(LocalDate.parse(r[0]), r[1], r[2], r[3]))
                .toList();
        return new TableJson(asOf, rates.isEmpty() ? null : rates.getFirst().date(), rates);
    }

    @Operation(summary = "Sets one rate for a day (TREASURER or ADMINISTRATOR); replaces that day's earlier rate")
    @PostMapping
    RateJson set(@RequestBody RateJson request, Authentication authentication) {
        return set(request.date(), request.base(), request.quote(), request.rate(), authentication);
    }

    @Operation(summary = "Sets the rate of one pair for a day (TREASURER or ADMINISTRATOR)")
    @PutMapping("/{date}/{base}/{quote}")
    RateJson put(
            @PathVariable("date") String date,
            @PathVariable("base") String base,
            @PathVariable("quote") String quote,
            @RequestBody RateValue request,
            Authentication authentication) {
        return set(Params.date("date", date), base, quote, request.rate(), authentication);
    }

    private RateJson set(LocalDate date, String base, String quote, String rate, Authentication authentication) {
        banking.rates().set(CurrentActor.of(authentication), date, base, quote, Decimals.parse("rate", rate));
        return new RateJson(
                date,
                base,
                quote,
                banking.rates().rate(date, base, quote).orElseThrow().toPlainString());
    }
}
