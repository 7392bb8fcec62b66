package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.corporate.DayCount;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.Coupon;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.Market;
import org.backoffice.securities.reference.OwnerKind;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.PageJson;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Securities reference data",
        description = "Markets with their settlement cycles, instruments (a bond with its coupon terms; each ISIN is"
                + " an asset of the ledger), counterparties with their standing settlement instructions, and depo"
                + " accounts of your branches. Operators, controllers and administrators keep them; a malformed value"
                + " is a 400 naming its field (an ISIN with a wrong check digit, a LEI, a BIC), a broken rule a 422.")
@RestController
@RequestMapping("/api/securities")
class SecuritiesReferenceController {
    private final Securities securities;

    SecuritiesReferenceController(Securities securities) {
        this.securities = securities;
    }

    record MarketRequest(String mic, String name, String calendar, Integer settlementDays) {}

    record CouponRequest(
            String ratePercent,
            Integer frequencyPerYear,
            LocalDate firstCoupon,
            LocalDate maturity,
            DayCount dayCount) {}

    record InstrumentRequest(
            String isin,
            InstrumentKind kind,
            String name,
            String currency,
            String nominal,
            String market,
            String place,
            Boolean registrarHeld,
            PenaltyCategory penaltyCategory,
            CouponRequest coupon) {}

    record InstructionRequest(
            String market,
            String place,
            String agentBic,
            String agentAccount,
            String cashAccount,
            LocalDate validFrom) {}

    record DepoRequest(String code, String branch, OwnerKind ownerKind, String ownerName, String ownerLei) {}

    /** A counterparty with its standing instructions, the newest first. */
    record CounterpartyJson(Counterparty counterparty, List<StandingInstruction> instructions) {}

    @GetMapping("/markets")
    List<Market> markets() {
        return securities.markets().list();
    }

    @PostMapping("/markets")
    ResponseEntity<Market> addMarket(@RequestBody MarketRequest request, Authentication authentication) {
        Market market = new Market(
                request.mic(),
                request.name(),
                request.calendar() == null ? request.mic() : request.calendar(),
                required("settlementDays", request.settlementDays()));
        Market added = securities.markets().add(actor(authentication), market);
        return ResponseEntity.created(URI.create("/api/securities/markets")).body(added);
    }

    @GetMapping("/instruments")
    List<Instrument> instruments() {
        return securities.instruments().list();
    }

    @GetMapping("/instruments/{isin}")
    Instrument instrument(@PathVariable("isin") String isin) {
        return securities
                .instruments()
                .find(isin)
                .orElseThrow(() -> new NoSuchElementException("no instrument " + isin));
    }

    @Operation(summary = "Adds an instrument; a bond needs its coupon terms, a share has none")
    @PostMapping("/instruments")
    ResponseEntity<Instrument> addInstrument(@RequestBody InstrumentRequest request, Authentication authentication) {
        CouponRequest c = request.coupon();
        Coupon coupon = c == null
                ? null
                : new Coupon(
                        ApiValues.unsignedDecimal("coupon.ratePercent", c.ratePercent()),
                        required("coupon.frequencyPerYear", c.frequencyPerYear()),
                        c.firstCoupon(),
                        c.maturity(),
                        c.dayCount());
        Instrument instrument = new Instrument(
                request.isin(),
                request.kind(),
                request.name(),
                request.currency(),
                ApiValues.unsignedDecimal("nominal", request.nominal()),
                request.market(),
                request.place(),
                Boolean.TRUE.equals(request.registrarHeld()),
                request.penaltyCategory(),
                coupon);
        Instrument added = securities.instruments().add(actor(authentication), instrument);
        return ResponseEntity.created(URI.create("/api/securities/instruments/" + added.isin()))
                .body(added);
    }

    @GetMapping("/counterparties")
    List<Counterparty> counterparties() {
        return securities.counterparties().list();
    }

    @GetMapping("/counterparties/{lei}")
    CounterpartyJson counterparty(@PathVariable("lei") String lei) {
        Counterparty counterparty = securities
                .counterparties()
                .find(lei)
                .orElseThrow(() -> new NoSuchElementException("no counterparty " + lei));
        return new CounterpartyJson(counterparty, securities.counterparties().instructions(lei));
    }

    @PostMapping("/counterparties")
    ResponseEntity<Counterparty> addCounterparty(@RequestBody Counterparty request, Authentication authentication) {
        Counterparty added = securities.counterparties().add(actor(authentication), request);
        return ResponseEntity.created(URI.create("/api/securities/counterparties/" + added.lei()))
                .body(added);
    }

    @Operation(summary = "Adds a standing settlement instruction of the counterparty for a market, from a date")
    @PostMapping("/counterparties/{lei}/instructions")
    ResponseEntity<StandingInstruction> addInstruction(
            @PathVariable("lei") String lei, @RequestBody InstructionRequest request, Authentication authentication) {
        StandingInstruction added = securities
                .counterparties()
                .addInstruction(
                        actor(authentication),
                        new StandingInstruction(
                                0,
                                lei,
                                request.market(),
                                request.place(),
                                request.agentBic(),
                                request.agentAccount(),
                                request.cashAccount(),
                                request.validFrom()));
        return ResponseEntity.created(URI.create("/api/securities/counterparties/" + lei))
                .body(added);
    }

    @Operation(summary = "Depo accounts of your branches (or of one), by code")
    @GetMapping("/depo-accounts")
    PageJson<DepoAccount> depoAccounts(
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size,
            Authentication authentication) {
        if (page < 0) {
            throw new IllegalArgumentException("page: must not be negative");
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size: must be within 1..500");
        }
        return PageJson.of(securities.depoAccounts().list(actor(authentication), branch, page, size), a -> a);
    }

    @GetMapping("/depo-accounts/{code}")
    DepoAccount depoAccount(@PathVariable("code") String code, Authentication authentication) {
        try {
            return securities.depoAccounts().visible(actor(authentication), code);
        } catch (InvalidDocumentException e) {
            throw new NoSuchElementException("no depo account " + code);
        }
    }

    @Operation(summary = "Opens a depo account for a client or the firm at one of your branches")
    @PostMapping("/depo-accounts")
    ResponseEntity<DepoAccount> openDepo(@RequestBody DepoRequest request, Authentication authentication) {
        DepoAccount opened = securities
                .depoAccounts()
                .open(
                        actor(authentication),
                        request.code(),
                        request.branch(),
                        request.ownerKind(),
                        request.ownerName(),
                        request.ownerLei());
        return ResponseEntity.created(URI.create("/api/securities/depo-accounts/" + opened.code()))
                .body(opened);
    }

    private static Actor actor(Authentication authentication) {
        return CurrentActor.of(authentication);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must be given");
        }
        return value;
    }
}
