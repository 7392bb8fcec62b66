package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.Page;
import org.backoffice.securities.Securities;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.OwnerKind;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.FormPage;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Inputs.Input;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Submission;
import org.backoffice.server.web.Table;
import org.backoffice.server.web.Table.Action;
import org.backoffice.server.web.Table.Cell;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The depo accounts of the viewer's branches: the list by branch, with paging, and opening one.
 */
@PageController
final class DepoAccountsPagesController {
    static final int PAGE_SIZE = 50;

    private final Securities securities;

    DepoAccountsPagesController(Securities securities) {
        this.securities = securities;
    }

    @GetMapping("/securities/depo-accounts")
    String depoAccounts(
            Viewer viewer,
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        String scope = branch == null || branch.isBlank() ? null : branch;
        Page<DepoAccount> accounts =
                securities.depoAccounts().list(viewer.actor(), scope, Math.max(page, 0), PAGE_SIZE);
        List<List<Cell>> rows = accounts.items().stream()
                .map(a -> List.of(
                        Cell.link(a.code(), "/securities/trades?depoAccount=" + a.code()),
                        Cell.of(a.ownerName()),
                        Cell.of(a.ownerKind()),
                        Cell.of(a.branch()),
                        Cell.of(a.open() ? "OPEN" : "CLOSED"),
                        Cell.of(a.openedOn())))
                .toList();
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/securities/depo-accounts");
        if (scope != null) {
            address.queryParam("branch", scope);
        }
        return new Table(
                        "depo-accounts",
                        List.of("Code", "Owner", "Kind", "Branch", "Status", "Opened"),
                        rows,
                        "No depo accounts at your branches.")
                .show(
                        model,
                        "Depo accounts",
                        "sec-depo",
                        SecuritiesRoles.forClerk(
                                viewer, new Action("open-depo", "Open depo account", "/securities/depo-accounts/new")),
                        Pager.of(accounts, address));
    }

    @GetMapping("/securities/depo-accounts/new")
    String blankDepo(Viewer viewer, Model model) {
        SecuritiesRoles.requireClerk(viewer);
        var branches = Choices.branches(securities.platform(), viewer);
        return depoForm(
                viewer,
                Form.of(Map.of(
                        "ownerKind",
                        "CLIENT",
                        "branch",
                        branches.isEmpty() ? "" : branches.getFirst().code())),
                model);
    }

    @PostMapping("/securities/depo-accounts/new")
    String openDepo(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SecuritiesRoles.requireClerk(viewer);
        Submission sent = Submission.of(parameters);
        Form form = sent.form();
        OwnerKind kind = Inputs.choice(form, "ownerKind", OwnerKind.class, sent.errors());
        DepoAccount opened = sent.save(() -> securities
                .depoAccounts()
                .open(
                        viewer.actor(),
                        form.upper("code"),
                        form.upper("branch"),
                        kind,
                        form.given("ownerName"),
                        form.upper("ownerLei")));
        if (opened != null) {
            return PageReply.done(redirect, "Depo account " + opened.code() + " opened.", "/securities/depo-accounts");
        }
        return depoForm(
                viewer, sent.refused(response, Set.of("code", "branch", "ownerKind", "ownerName", "ownerLei")), model);
    }

    private String depoForm(Viewer viewer, Form form, Model model) {
        return new FormPage(
                        "Open a depo account",
                        "sec-depo",
                        "/securities/depo-accounts",
                        "Depo accounts",
                        "/securities/depo-accounts/new",
                        "Open")
                .show(
                        model,
                        form,
                        List.of(
                                Input.text("code", "Code (1 to 12 capitals or digits)"),
                                Input.select(
                                        "branch",
                                        "Branch",
                                        Choices.branches(securities.platform(), viewer).stream()
                                                .map(b -> b.code())
                                                .toList()),
                                Input.select("ownerKind", "Owner", Inputs.names(OwnerKind.values())),
                                Input.text("ownerName", "Owner's name"),
                                Input.text("ownerLei", "Owner's LEI (optional)")));
    }
}
