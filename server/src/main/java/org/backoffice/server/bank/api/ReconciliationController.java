package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.Banking;
import org.backoffice.banking.reconciliation.BreakItem;
import org.backoffice.banking.reconciliation.ImportResult;
import org.backoffice.banking.reconciliation.ImportedStatement;
import org.backoffice.banking.reconciliation.Match;
import org.backoffice.banking.reconciliation.MatchRun;
import org.backoffice.banking.reconciliation.NostroAccount;
import org.backoffice.banking.reconciliation.NostroBreaks;
import org.backoffice.banking.reconciliation.PostingRef;
import org.backoffice.banking.reconciliation.Reconciliation;
import org.backoffice.banking.reconciliation.ReconciliationReport;
import org.backoffice.banking.reconciliation.RegisterNostro;
import org.backoffice.banking.reconciliation.Resolve;
import org.backoffice.banking.reconciliation.StatementImport;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.statement.StatementFormat;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.server.bank.ReconciliationTable;
import org.backoffice.server.platform.api.DocumentViews;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Params;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Reconciliation",
        description = "Nostro accounts reconciled with the correspondents' camt.053 and MT940/MT950 statements:"
                + " automatic matches with the rule and reason, breaks with their age and owner, and the daily"
                + " report whose unexplained difference is zero once every break is explained.")
@RestController
@RequestMapping("/api/reconciliation")
class ReconciliationController {
    private final Reconciliation reconciliation;
    private final DocumentViews views;

    ReconciliationController(Banking banking, DocumentViews views) {
        this.reconciliation = banking.reconciliation();
        this.views = views;
    }

    @Schema(name = "NostroAccount")
    record NostroJson(
            String bookNumber,
            String branch,
            String currency,
            String correspondentBic,
            String accountIdentification,
            Instant registeredAt,
            String registeredBy) {
        static NostroJson of(NostroAccount n) {
            return new NostroJson(
                    n.bookNumber(),
                    n.branch(),
                    n.currency(),
                    n.correspondentBic(),
                    n.accountIdentification(),
                    n.registeredAt(),
                    n.registeredBy());
        }
    }

    @Schema(name = "RegisterNostroRequest")
    record RegisterJson(
            @Schema(example = "HO-1020-USD") String bookNumber,
            @Schema(example = "CHASUS33") String correspondentBic,

            @Schema(example = "400-123456-USD", description = "As the statements give it: camt Acct/Id or MT :25:")
            String accountIdentification) {}

    @Schema(name = "CorrespondentStatement")
    record StatementJson(
            long id,
            String nostro,
            String statementId,
            StatementFormat format,
            LocalDate openingDate,
            String openingBalance,
            LocalDate closingDate,
            String closingBalance,
            String previousStatement,
            String gap,
            int entries,
            Instant importedAt,
            String importedBy) {}

    @Schema(name = "StatementImportOutcome")
    record OutcomeJson(
            String statementId,
            String account,
            @Schema(description = "IMPORTED or REFUSED") String outcome,
            StatementJson statement,

            @Schema(description = "Why the opening balance does not continue the previous statement")
            String gapWarning,

            MatchRun matching,

            @Schema(description = "For a refused statement: the field of the rule it broke")
            String field,

            String message) {}

    @Schema(name = "StatementImportResult")
    record ImportJson(StatementFormat format, int imported, int refused, List<OutcomeJson> statements) {}

    @Schema(name = "ReconciliationMatch")
    record MatchJson(
            long id,
            long entryId,
            String rule,
            String explanation,

            @Schema(description = "Our postings as TRANSACTION/INDEX")
            List<String> postings,

            Instant matchedAt,
            String matchedBy) {}

    @Schema(name = "ReconciliationBreak")
    record BreakJson(
            long id,
            String nostro,
            String kind,
            Long entryId,
            String posting,
            LocalDate valueDate,
            String side,
            String amount,
            String reference,

            @Schema(description = "Business days since the value date")
            int age,

            String owner,
            BreakStatus status,
            String resolution,
            String note,
            String correctingDocument,
            Instant resolvedAt,
            String resolvedBy,
            int version) {}

    @Schema(name = "AssignBreakRequest")
    record AssignJson(@Schema(example = "operator.ho") String owner) {}

    @Schema(name = "ResolveBreakRequest")
    record ResolveJson(
            @Schema(description = "MATCHED, CORRECTED or WRITTEN_OFF", example = "WRITTEN_OFF")
            String resolution,

            @Schema(description = "MATCHED on an entry's break: our posting as TRANSACTION/INDEX")
            String posting,

            @Schema(description = "MATCHED on a posting's break: the statement entry")
            Long entryId,

            @Schema(description = "CORRECTED: the correcting document's number")
            String documentNumber,

            @Schema(description = "WRITTEN_OFF: why (required); otherwise an optional note")
            String note) {}

    @Schema(name = "ReconciliationReport")
    record ReportJson(
            String nostro,
            String currency,
            LocalDate date,
            String statementId,
            String statementBalance,
            String bookBalance,
            String difference,
            int matchedCount,
            String matchedIn,
            String matchedOut,
            String inTransit,
            String resolved,
            String gaps,
            String openBreaksEffect,
            List<BreakJson> openBreaks,
            String unexplained) {}

    @Operation(summary = "The nostro accounts of the caller's branches")
    @GetMapping("/nostros")
    List<NostroJson> nostros(Authentication authentication) {
        return reconciliation.nostros(CurrentActor.of(authentication)).stream()
                .map(NostroJson::of)
                .toList();
    }

    @Operation(
            summary = "Register a 1020 book account as the mirror of an account at a correspondent",
            description = "Administrators and accountants. A 422 names every broken field.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/nostros")
    NostroJson register(@RequestBody RegisterJson request, Authentication authentication) {
        return NostroJson.of(reconciliation.register(
                CurrentActor.of(authentication),
                new RegisterNostro(request.bookNumber(), request.correspondentBic(), request.accountIdentification())));
    }

    @Operation(
            summary = "Import a correspondent's statement file: camt.053.001.08, MT940 or MT950",
            description = "Each statement of the file is imported or refused on its own (an unregistered account, a"
                    + " statement imported before); a file that cannot be read is a 400 naming where. The matching"
                    + " rules run after each statement.")
    @PostMapping(path = "/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportJson importStatements(
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "camt053, mt940 or mt950; omitted to tell from the content")
                    @RequestParam(name = "format", required = false)
                    String format,
            Authentication authentication)
            throws IOException {
        ImportResult result = reconciliation.importFile(
                CurrentActor.of(authentication),
                new String(file.getBytes(), StandardCharsets.UTF_8),
                StatementFormat.parse("format", format, StatementFormat.CASH));
        return importJson(result, reconciliation);
    }

    static ImportJson importJson(ImportResult result, Reconciliation reconciliation) {
        return new ImportJson(
                result.format(),
                result.imported().size(),
                result.refused().size(),
                result.statements().stream()
                        .map(s -> switch (s) {
                            case StatementImport.Imported i ->
                                new OutcomeJson(
                                        i.statementId(),
                                        i.account(),
                                        "IMPORTED",
                                        statement(i.statement(), 2),
                                        i.gapWarning(),
                                        i.matching(),
                                        null,
                                        null);
                            case StatementImport.Refused r ->
                                new OutcomeJson(
                                        r.statementId(),
                                        r.account(),
                                        "REFUSED",
                                        null,
                                        null,
                                        null,
                                        r.field(),
                                        r.message());
                        })
                        .toList());
    }

    @Operation(summary = "The statements of a nostro account, by closing date")
    @GetMapping("/nostros/{book}/statements")
    List<StatementJson> statements(@PathVariable("book") String book, Authentication authentication) {
        return reconciliation.statements(CurrentActor.of(authentication), book).stream()
                .map(s -> statement(s, 2))
                .toList();
    }

    @Operation(summary = "The matches of a nostro account, each with its rule and reason")
    @GetMapping("/nostros/{book}/matches")
    List<MatchJson> matches(@PathVariable("book") String book, Authentication authentication) {
        return reconciliation.matches(CurrentActor.of(authentication), book).stream()
                .map(ReconciliationController::match)
                .toList();
    }

    @Operation(summary = "Run the matching rules on a nostro account again, e.g. after new postings")
    @PostMapping("/nostros/{book}/match")
    MatchRun match(@PathVariable("book") String book, Authentication authentication) {
        return reconciliation.match(CurrentActor.of(authentication), book);
    }

    @Operation(summary = "Breaks, oldest value date first")
    @GetMapping("/breaks")
    List<BreakJson> breaks(
            @Parameter(description = "A nostro book account number") @RequestParam(name = "nostro", required = false)
                    String nostro,
            @Parameter(description = "OPEN (every break not resolved yet), ASSIGNED or RESOLVED")
                    @RequestParam(name = "status", required = false)
                    String status,
            @Parameter(description = "A username, or - for breaks nobody owns")
                    @RequestParam(name = "owner", required = false)
                    String owner,
            @Parameter(description = "At least this many business days old")
                    @RequestParam(name = "minAge", required = false)
                    Integer minAge,
            Authentication authentication) {
        BreakQuery query =
                new BreakQuery(nostro, null, Params.choice("status", status, BreakStatus.class), owner, minAge);
        return reconciliation.breaks(CurrentActor.of(authentication), query).stream()
                .map(this::breakJson)
                .toList();
    }

    @Operation(summary = "One break")
    @GetMapping("/breaks/{id}")
    BreakJson breakOf(@PathVariable("id") long id, Authentication authentication) {
        return breakJson(reconciliation.breakOf(CurrentActor.of(authentication), id));
    }

    @Operation(summary = "Give a break to a user to explain")
    @PostMapping("/breaks/{id}/assign")
    BreakJson assign(@PathVariable("id") long id, @RequestBody AssignJson request, Authentication authentication) {
        return breakJson(reconciliation.assign(CurrentActor.of(authentication), id, request.owner()));
    }

    @Operation(
            summary = "Resolve a break: match it by hand, name the correcting document, or write it off",
            description = "Operators, controllers and accountants; who and when are kept. A resolved break is a 409.")
    @PostMapping("/breaks/{id}/resolve")
    BreakJson resolve(@PathVariable("id") long id, @RequestBody ResolveJson request, Authentication authentication) {
        return breakJson(reconciliation.resolve(CurrentActor.of(authentication), id, resolveOf(request)));
    }

    static Resolve resolveOf(ResolveJson request) {
        String kind = request.resolution() == null ? "" : request.resolution().strip();
        return switch (kind) {
            case "MATCHED" ->
                new Resolve.ManualMatch(
                        request.posting() == null || request.posting().isBlank()
                                ? null
                                : PostingRef.parse("posting", request.posting()),
                        request.entryId(),
                        request.note());
            case "CORRECTED" -> new Resolve.Corrected(request.documentNumber(), request.note());
            case "WRITTEN_OFF" -> new Resolve.WrittenOff(request.note());
            default ->
                throw new IllegalArgumentException(
                        "resolution: must be MATCHED, CORRECTED or WRITTEN_OFF, was '" + kind + "'");
        };
    }

    @Operation(summary = "The reconciliation of a nostro account at the end of a day")
    @GetMapping("/nostros/{book}/report")
    ReportJson report(
            @PathVariable("book") String book,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(name = "date", required = false) String date,
            Authentication authentication) {
        ReconciliationReport r =
                reconciliation.report(CurrentActor.of(authentication), book, Params.date("date", date));
        int s = r.scale();
        return new ReportJson(
                r.nostro(),
                r.currency(),
                r.date(),
                r.statementId(),
                Amount.plain(r.statementBalance(), s),
                Amount.plain(r.bookBalance(), s),
                Amount.plain(r.difference(), s),
                r.matchedCount(),
                Amount.plain(r.matchedIn(), s),
                Amount.plain(r.matchedOut(), s),
                Amount.plain(r.inTransit(), s),
                Amount.plain(r.resolved(), s),
                Amount.plain(r.gaps(), s),
                Amount.plain(r.openEffect(), s),
                r.openBreaks().stream().map(this::breakJson).toList(),
                Amount.plain(r.unexplained(), s));
    }

    @Operation(summary = "The reconciliation report as a CSV, XLSX or PDF file")
    @GetMapping("/nostros/{book}/report/export")
    ResponseEntity<byte[]> export(
            @PathVariable("book") String book,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(name = "date", required = false) String date,
            @Parameter(description = "csv, xlsx or pdf") @RequestParam(name = "format", required = false) String format,
            Authentication authentication) {
        ReportFormat type = ReportFormat.parse("format", format);
        ReconciliationReport report =
                reconciliation.report(CurrentActor.of(authentication), book, Params.date("date", date));
        return file(report, type);
    }

    static ResponseEntity<byte[]> file(ReconciliationReport report, ReportFormat type) {
        return Downloads.of(
                ReconciliationTable.of(report), type, "reconciliation-" + report.nostro() + "-" + report.date());
    }

    static StatementJson statement(ImportedStatement s, int scale) {
        return new StatementJson(
                s.id(),
                s.nostro(),
                s.statementId(),
                s.format(),
                s.openingDate(),
                Amount.plain(s.openingBalance(), scale),
                s.closingDate(),
                Amount.plain(s.closingBalance(), scale),
                s.previousStatement(),
                Amount.plain(s.gap(), scale),
                s.entryCount(),
                s.importedAt(),
                s.importedBy());
    }

    static MatchJson match(Match m) {
        return new MatchJson(
                m.id(),
                m.entryId(),
                m.rule().name(),
                m.explanation(),
                m.postings().stream().map(PostingRef::toString).toList(),
                m.matchedAt(),
                m.matchedBy());
    }

    BreakJson breakJson(Break b) {
        BreakItem item = BreakItem.of(b);
        return new BreakJson(
                b.id(),
                b.account(),
                b.kind(),
                item.entryId(),
                item.posting() == null ? null : item.posting().toString(),
                b.since(),
                b.side(),
                Amount.plain(b.amount(), views.scale(b.asset())),
                b.subject(),
                b.age(),
                b.owner(),
                b.status(),
                b.resolution(),
                b.note(),
                NostroBreaks.correctingDocument(b),
                b.resolvedAt(),
                b.resolvedBy(),
                b.version());
    }
}
