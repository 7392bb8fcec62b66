package org.backoffice.server.platform.web;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.TrialBalanceLine;
import org.backoffice.platform.organisation.TrialBalanceTotals;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The trial balance of one asset, now or as of a date, over the user's branches or one of them. */
@PageController
final class TrialBalanceController {
    private final Platform platform;
    private final Money money;

    TrialBalanceController(Platform platform, Money money) {
        this.platform = platform;
        this.money = money;
    }

    public record Line(String account, String name, String branch, String debit, String credit) {}

    /** @param difference debits less credits, as text */
    public record Totals(String debit, String credit, boolean balanced, String difference) {}

    @GetMapping("/reports/trial-balance")
    String trialBalance(
            Viewer viewer,
            @RequestParam(name = "asset", defaultValue = "USD") String asset,
            @RequestParam(name = "branch", defaultValue = "") String branch,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            Model model) {
        List<TrialBalanceLine> lines = platform.reports().trialBalance(viewer.actor(), asset, branch, asOf);
        TrialBalanceTotals sum = TrialBalanceTotals.of(lines);
        model.addAttribute(
                "lines",
                lines.stream()
                        .map(l -> new Line(
                                l.account().number(),
                                l.account().name(),
                                l.account().branch(),
                                l.debit() == 0 ? "" : money.display(l.debit(), asset),
                                l.credit() == 0 ? "" : money.display(l.credit(), asset)))
                        .toList());
        model.addAttribute(
                "totals",
                new Totals(
                        money.display(sum.debit(), asset),
                        money.display(sum.credit(), asset),
                        sum.balanced(),
                        money.display(sum.difference(), asset)));
        model.addAttribute("asset", asset);
        model.addAttribute("branch", branch);
        model.addAttribute("asOf", asOf);
        model.addAttribute("assets", Choices.assets(platform));
        model.addAttribute("branches", Choices.branches(platform, viewer));
        return "platform/trial-balance";
    }
}
