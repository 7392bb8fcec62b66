package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.organisation.TrialBalanceLine;
import org.backoffice.platform.organisation.TrialBalanceTotals;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Params;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reports", description = "Reports over the ledger, within the caller's branches")
@RestController
@RequestMapping("/api/reports")
class ReportsController {
    private final Platform platform;

    ReportsController(Platform platform) {
        this.platform = platform;
    }

    @Schema(name = "TrialBalanceLine")
    record LineJson(String account, String name, String branch, String chartCode, String debit, String credit) {}

    @Schema(name = "TrialBalanceTotals")
    record TotalsJson(String debit, String credit, boolean balanced) {}

    @Schema(name = "TrialBalance")
    record TrialBalanceJson(
            String asset,

            @Schema(description = "The one branch asked for; null for all the caller's branches")
            String branch,

            @Schema(description = "The value date; null for now")
            LocalDate asOf,

            List<LineJson> lines,
            TotalsJson totals) {}

    @Operation(
            summary = "The trial balance of one asset: each account's posted balance in the debit or credit column",
            description = "Over the caller's branches, or one of them. Over all branches the columns are equal; over"
                    + " one branch they differ by what moved between branches.")
    @GetMapping("/trial-balance")
    TrialBalanceJson trialBalance(
            @Parameter(example = "USD") @RequestParam("asset") String asset,
            @RequestParam(name = "branch", required = false) String branch,
            @Parameter(description = "YYYY-MM-DD; omitted for now") @RequestParam(name = "asOf", required = false)
                    String asOf,
            Authentication authentication) {
        LocalDate date = Params.date("asOf", asOf);
        Asset defined = asset.isBlank()
                ? null
                : platform.accounts()
                        .asset(asset)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "asset: must be a defined asset, was '" + Params.abbreviated(asset) + "'"));
        List<TrialBalanceLine> lines =
                platform.reports().trialBalance(CurrentActor.of(authentication), asset, branch, date);
        int scale = defined.scale();
        TrialBalanceTotals totals = TrialBalanceTotals.of(lines);
        return new TrialBalanceJson(
                asset,
                branch == null || branch.isBlank() ? null : branch,
                date,
                lines.stream()
                        .map(line -> new LineJson(
                                line.account().number(),
                                line.account().name(),
                                line.account().branch(),
                                line.account().chartCode(),
                                Amount.plain(line.debit(), scale),
                                Amount.plain(line.credit(), scale)))
                        .toList(),
                new TotalsJson(
                        Amount.plain(totals.debit(), scale), Amount.plain(totals.credit(), scale), totals.balanced()));
    }
}
