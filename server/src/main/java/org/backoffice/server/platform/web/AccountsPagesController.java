package org.backoffice.server.platform.web;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The accounts of the user's branches, with their posted balances, filtered by branch and asset. */
@PageController
final class AccountsPagesController {
    static final int PAGE_SIZE = 50;

    private final Platform platform;
    private final Money money;

    AccountsPagesController(Platform platform, Money money) {
        this.platform = platform;
        this.money = money;
    }

    public record AccountRow(
            String number, String name, String branch, String chartCode, String asset, String balance) {}

    @GetMapping("/accounts")
    String accounts(
            Viewer viewer,
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "asset", required = false) String asset,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        Page<BookAccount> accounts =
                platform.accounts().list(viewer.actor(), branch, asset, Math.max(page, 0), PAGE_SIZE);
        List<AccountRow> rows = accounts.items().stream()
                .map(a -> new AccountRow(
                        a.number(),
                        a.name(),
                        a.branch(),
                        a.chartCode(),
                        a.asset(),
                        money.display(
                                platform.accounts()
                                        .balance(viewer.actor(), a.number(), null)
                                        .posted(),
                                a.asset())))
                .toList();
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/accounts");
        if (branch != null && !branch.isBlank()) {
            address.queryParam("branch", branch);
        }
        if (asset != null && !asset.isBlank()) {
            address.queryParam("asset", asset);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("pager", Pager.of(accounts, address));
        model.addAttribute("branches", Choices.branches(platform, viewer));
        model.addAttribute("assets", Choices.assets(platform));
        model.addAttribute("branch", branch == null ? "" : branch);
        model.addAttribute("asset", asset == null ? "" : asset);
        return "platform/accounts";
    }

    @GetMapping("/accounts/{number}")
    String account(
            Viewer viewer,
            @org.springframework.web.bind.annotation.PathVariable("number") String number,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @RequestParam(name = "after", required = false) String after,
            Model model) {
        model.addAttribute("account", StatementView.header(platform, money, viewer, number, asOf));
        model.addAttribute("statement", StatementView.page(platform, money, viewer, number, after));
        return "platform/account";
    }

    /** The next page of the statement, as rows that htmx appends to the table. */
    @GetMapping("/accounts/{number}/statement")
    String statement(
            Viewer viewer,
            @org.springframework.web.bind.annotation.PathVariable("number") String number,
            @RequestParam(name = "after", required = false) String after,
            Model model) {
        model.addAttribute("statement", StatementView.page(platform, money, viewer, number, after));
        return "platform/account :: statement-rows";
    }
}
