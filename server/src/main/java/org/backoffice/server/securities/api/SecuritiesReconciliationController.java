package org.backoffice.server.securities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.securities.Securities;
import org.backoffice.securities.reconciliation.BreakKind;
import org.backoffice.securities.reconciliation.ReconciliationResult;
import org.backoffice.server.securities.StatementFiles;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Securities reconciliation",
        description =
                "Statements from the depository (MT535 holdings, MT536/MT537 transactions) and the settlement bank"
                        + " (camt.053) reconciled against the books: each difference is a break with its age, which a"
                        + " controller assigns and its owner or a controller resolves with a resolution. A file that cannot be"
                        + " read is a 400 naming the field at fault. POSTs take an Idempotency-Key header.")
@RestController
@RequestMapping("/api/securities/reconciliation")
class SecuritiesReconciliationController {
    private final Securities securities;

    SecuritiesReconciliationController(Securities securities) {
        this.securities = securities;
    }

    record FirmAccountRequest(String account, String branch) {}

    record AssignRequest(String owner) {}

    record ResolveRequest(String resolution) {}

    /** A break, its id as text like every id of the API. */
    record BreakJson(
            String id,
            String kind,
            String branch,
            String account,
            String subject,
            String detail,
            long ours,
            long theirs,
            long difference,
            String statementRef,
            java.time.LocalDate openedOn,
            long ageDays,
            String owner,
            BreakStatus status,
            String resolution,
            String resolvedBy,
            java.time.Instant resolvedAt) {
        static BreakJson of(Break b) {
            return new BreakJson(
                    Long.toString(b.id()),
                    b.kind(),
                    b.branch(),
                    b.account(),
                    b.subject(),
                    b.detail(),
                    b.ours(),
                    b.theirs(),
                    b.amount(),
                    b.statementRef(),
                    b.since(),
                    b.age(),
                    b.owner(),
                    b.status(),
                    b.note(),
                    b.resolvedBy(),
                    b.resolvedAt());
        }
    }

    record ResultJson(String statementRef, int compared, List<BreakJson> opened, int alreadyKnown) {
        static ResultJson of(ReconciliationResult r) {
            return new ResultJson(
                    r.statementRef(),
                    r.compared(),
                    r.opened().stream().map(BreakJson::of).toList(),
                    r.alreadyKnown());
        }
    }

    @Operation(summary = "Reconciles a statement file (multipart part 'file'): MT535, MT536, MT537 or camt.053")
    @PostMapping("/statements")
    List<ResultJson> statement(
            @RequestPart(name = "file", required = false) MultipartFile file, Authentication authentication)
            throws IOException {
        String text = StatementFiles.text(file == null ? null : file.getBytes());
        return StatementFiles.reconcile(securities, CurrentActor.of(authentication), text).stream()
                .map(ResultJson::of)
                .toList();
    }

    @Operation(summary = "Registers the firm's omnibus safekeeping or cash account to a branch; a controller does")
    @PostMapping("/firm-accounts")
    FirmAccountRequest registerFirmAccount(@RequestBody FirmAccountRequest request, Authentication authentication) {
        if (request == null) {
            throw new IllegalArgumentException("account: must be given");
        }
        securities
                .reconciliation()
                .registerFirmAccount(CurrentActor.of(authentication), request.account(), request.branch());
        return request;
    }

    @Operation(summary = "Breaks of your branches, oldest first; filters kind, status, owner, account")
    @GetMapping("/breaks")
    List<BreakJson> breaks(
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "owner", required = false) String owner,
            @RequestParam(name = "account", required = false) String account,
            Authentication authentication) {
        return securities
                .reconciliation()
                .breaks(
                        CurrentActor.of(authentication),
                        new BreakQuery(
                                account,
                                kindName(ApiValues.choice("kind", kind, BreakKind.class)),
                                ApiValues.choice("status", status, BreakStatus.class),
                                owner,
                                null))
                .stream()
                .map(BreakJson::of)
                .toList();
    }

    private static String kindName(BreakKind kind) {
        return kind == null ? null : kind.name();
    }

    @PostMapping("/breaks/{id}/assign")
    BreakJson assign(@PathVariable("id") long id, @RequestBody AssignRequest request, Authentication authentication) {
        return BreakJson.of(securities
                .reconciliation()
                .assign(CurrentActor.of(authentication), id, request == null ? null : request.owner()));
    }

    @PostMapping("/breaks/{id}/resolve")
    BreakJson resolve(@PathVariable("id") long id, @RequestBody ResolveRequest request, Authentication authentication) {
        return BreakJson.of(securities
                .reconciliation()
                .resolve(CurrentActor.of(authentication), id, request == null ? null : request.resolution()));
    }

    @Operation(summary = "Open breaks by owner and age as CSV, XLSX or PDF")
    @GetMapping("/report")
    ResponseEntity<byte[]> report(
            @RequestParam(name = "format", defaultValue = "csv") String format, Authentication authentication) {
        ReportFormat type = ReportFormat.parse("format", format);
        return Downloads.of(
                securities.reconciliation().report(CurrentActor.of(authentication), type),
                type.contentType(),
                "reconciliation-breaks." + type.extension());
    }
}
