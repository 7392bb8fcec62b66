package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.banking.Banking;
import org.backoffice.banking.eod.EodReport;
import org.backoffice.banking.eod.EodReportLine;
import org.backoffice.banking.eod.EodRun;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.server.security.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "End of day", description = "Interest accrual, fees, day close, balance snapshots and the day's report")
@RestController
@RequestMapping("/api/eod")
class EodController {
    private final Banking banking;

    EodController(Banking banking) {
        this.banking = banking;
    }

    @Schema(name = "EndOfDayRequest")
    record RunRequest(
            @Schema(description = "The business day to close", example = "2026-11-25")
            LocalDate date) {}

    @Schema(name = "EndOfDayStep")
    record StepJson(String step, String status, long items, long millis, String detail) {}

    @Schema(name = "EndOfDayLine")
    record LineJson(
            String branch,
            String currency,
            long accounts,
            long accruing,
            String accrued,
            String capitalised,
            String feesCharged,
            long feesCount,
            long feesSkipped,
            long snapshots,
            String debits,
            String credits,
            boolean balanced) {}

    @Schema(name = "EndOfDay")
    record RunJson(
            LocalDate date,
            String status,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            String error,
            List<StepJson> steps,
            List<LineJson> lines) {}

    @Operation(
            summary = "Run end of day for a business day (a controller), or resume its unfinished run",
            description = "Refused with 400 and the field 'date' for a day in the future, a weekend or holiday,"
                    + " a day already closed, or one before the last closed day.")
    @PostMapping
    RunJson run(@RequestBody(required = false) RunRequest request, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        if (!actor.has(Role.CONTROLLER)) {
            throw new SecurityException(actor.username() + " may not run end of day: a controller must");
        }
        if (request == null || request.date() == null) {
            throw InvalidDocumentException.of("date", "must be given");
        }
        EodRun run = banking.endOfDay().run(actor, request.date());
        return json(banking.endOfDay().report(actor, run.date()).orElseThrow());
    }

    @Operation(summary = "A run of end of day: its steps and, once done, the figures of the caller's branches")
    @GetMapping("/{date}")
    RunJson get(@PathVariable("date") LocalDate date, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        return json(banking.endOfDay()
                .report(actor, date)
                .orElseThrow(() -> new NoSuchElementException("no end of day for " + date)));
    }

    private RunJson json(EodReport report) {
        EodRun run = report.run();
        return new RunJson(
                run.date(),
                run.status().name(),
                run.startedBy(),
                run.startedAt(),
                run.finishedAt(),
                run.error(),
                run.steps().stream()
                        .map(s -> new StepJson(s.step().name(), s.status().name(), s.items(), s.millis(), s.detail()))
                        .toList(),
                report.lines().stream().map(this::line).toList());
    }

    private LineJson line(EodReportLine l) {
        return new LineJson(
                l.branch(),
                l.currency(),
                l.accounts(),
                l.accruing(),
                amount(l.currency(), l.accrued()),
                amount(l.currency(), l.capitalised()),
                amount(l.currency(), l.feesCharged()),
                l.feesCount(),
                l.feesSkipped(),
                l.snapshots(),
                amount(l.currency(), l.debits()),
                amount(l.currency(), l.credits()),
                l.balanced());
    }

    private String amount(String currency, long units) {
        return Amount.of(banking.platform().accounts().asset(currency).orElseThrow(), units)
                .plain();
    }
}
