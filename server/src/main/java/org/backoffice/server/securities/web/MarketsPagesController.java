package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.securities.Securities;
import org.backoffice.securities.reference.Market;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.FormPage;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Inputs.Input;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
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

/**
 * The markets securities trade on: their list, and adding one with its calendar and settlement cycle.
 */
@PageController
final class MarketsPagesController {
    private final Securities securities;

    MarketsPagesController(Securities securities) {
        this.securities = securities;
    }

    @GetMapping("/securities/markets")
    String markets(Viewer viewer, Model model) {
        List<List<Cell>> rows = securities.markets().list().stream()
                .map(m -> List.of(Cell.of(m.mic()), Cell.of(m.name()), Cell.of(m.calendar()), Cell.of(m.cycle())))
                .toList();
        return new Table("markets", List.of("MIC", "Name", "Calendar", "Cycle"), rows, "No markets yet.")
                .show(
                        model,
                        "Markets",
                        "sec-markets",
                        SecuritiesRoles.forClerk(
                                viewer, new Action("new-market", "New market", "/securities/markets/new")),
                        null);
    }

    @GetMapping("/securities/markets/new")
    String blankMarket(Viewer viewer, Model model) {
        SecuritiesRoles.requireClerk(viewer);
        return marketForm(Form.of(Map.of("settlementDays", "2")), model);
    }

    @PostMapping("/securities/markets/new")
    String addMarket(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SecuritiesRoles.requireClerk(viewer);
        Submission sent = Submission.of(parameters);
        Form form = sent.form();
        Integer days = Inputs.integer(form, "settlementDays", sent.errors());
        Market added = sent.save(() -> securities
                .markets()
                .add(
                        viewer.actor(),
                        new Market(
                                form.upper("mic"),
                                form.given("name"),
                                form.given("calendar") == null ? form.upper("mic") : form.given("calendar"),
                                days)));
        if (added != null) {
            return PageReply.done(redirect, "Market " + added.mic() + " added.", "/securities/markets");
        }
        return marketForm(sent.refused(response, Set.of("mic", "name", "calendar", "settlementDays")), model);
    }

    private String marketForm(Form form, Model model) {
        return new FormPage(
                        "New market",
                        "sec-markets",
                        "/securities/markets",
                        "Markets",
                        "/securities/markets/new",
                        "Add market")
                .show(
                        model,
                        form,
                        List.of(
                                Input.text("mic", "MIC (ISO 10383)"),
                                Input.text("name", "Name"),
                                Input.text("calendar", "Calendar (blank for the MIC's)"),
                                Input.text("settlementDays", "Settlement cycle, days (T+n)")));
    }
}
