package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.backoffice.securities.Securities;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.Market;
import org.backoffice.securities.reference.StandingInstruction;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Counterparties with their standing settlement instructions: the list, a counterparty's page with its
 * instructions, and adding either. A refused form comes back with the input and each message at its input; nothing is
 * saved.
 */
@PageController
final class CounterpartiesPagesController {
    private final Securities securities;

    CounterpartiesPagesController(Securities securities) {
        this.securities = securities;
    }

    @GetMapping("/securities/counterparties")
    String counterparties(Viewer viewer, Model model) {
        List<List<Cell>> rows = securities.counterparties().list().stream()
                .map(c -> List.of(
                        Cell.link(c.name(), "/securities/counterparties/" + c.lei()),
                        Cell.of(c.lei()),
                        Cell.of(c.bic())))
                .toList();
        return new Table("counterparties", List.of("Name", "LEI", "BIC"), rows, "No counterparties yet.")
                .show(
                        model,
                        "Counterparties",
                        "sec-counterparties",
                        SecuritiesRoles.forClerk(
                                viewer,
                                new Action("new-counterparty", "New counterparty", "/securities/counterparties/new")),
                        null);
    }

    @GetMapping("/securities/counterparties/new")
    String blankCounterparty(Viewer viewer, Model model) {
        SecuritiesRoles.requireClerk(viewer);
        return counterpartyForm(Form.of(Map.of()), model);
    }

    @PostMapping("/securities/counterparties/new")
    String addCounterparty(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SecuritiesRoles.requireClerk(viewer);
        Submission sent = Submission.of(parameters);
        Form form = sent.form();
        Counterparty added = sent.save(() -> securities
                .counterparties()
                .add(viewer.actor(), new Counterparty(form.upper("lei"), form.upper("bic"), form.given("name"))));
        if (added != null) {
            return PageReply.done(
                    redirect, "Counterparty " + added.name() + " added.", "/securities/counterparties/" + added.lei());
        }
        return counterpartyForm(sent.refused(response, Set.of("lei", "bic", "name")), model);
    }

    private String counterpartyForm(Form form, Model model) {
        return new FormPage(
                        "New counterparty",
                        "sec-counterparties",
                        "/securities/counterparties",
                        "Counterparties",
                        "/securities/counterparties/new",
                        "Add counterparty")
                .show(
                        model,
                        form,
                        List.of(
                                Input.text("name", "Name"),
                                Input.text("lei", "LEI (ISO 17442)"),
                                Input.text("bic", "BIC (ISO 9362)")));
    }

    @GetMapping("/securities/counterparties/{lei}")
    String counterparty(Viewer viewer, @PathVariable("lei") String lei, Model model) {
        Counterparty counterparty = securities
                .counterparties()
                .find(lei)
                .orElseThrow(() -> new NoSuchElementException("no counterparty " + lei));
        List<List<Cell>> rows = securities.counterparties().instructions(lei).stream()
                .map(s -> List.of(
                        Cell.of(s.market()),
                        Cell.of(s.validFrom()),
                        Cell.of(s.place()),
                        Cell.of(s.agentBic()),
                        Cell.of(s.agentAccount()),
                        Cell.of(s.cashAccount())))
                .toList();
        model.addAttribute("details", List.of("LEI " + counterparty.lei(), "BIC " + counterparty.bic()));
        return new Table(
                        "instructions",
                        List.of("Market", "Valid from", "Place", "Agent", "Agent's account", "Cash account"),
                        rows,
                        "No standing settlement instructions yet.")
                .show(
                        model,
                        counterparty.name(),
                        "sec-counterparties",
                        SecuritiesRoles.forClerk(
                                viewer,
                                new Action(
                                        "new-instruction",
                                        "New instruction",
                                        "/securities/counterparties/" + lei + "/instructions/new")),
                        null);
    }

    @GetMapping("/securities/counterparties/{lei}/instructions/new")
    String blankInstruction(Viewer viewer, @PathVariable("lei") String lei, Model model) {
        SecuritiesRoles.requireClerk(viewer);
        requireCounterparty(lei);
        return instructionForm(lei, Form.of(Map.of()), model);
    }

    @PostMapping("/securities/counterparties/{lei}/instructions/new")
    String addInstruction(
            Viewer viewer,
            @PathVariable("lei") String lei,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SecuritiesRoles.requireClerk(viewer);
        requireCounterparty(lei);
        Submission sent = Submission.of(parameters);
        Form form = sent.form();
        LocalDate validFrom = Inputs.date(form, "validFrom", sent.errors());
        StandingInstruction added = sent.save(() -> securities
                .counterparties()
                .addInstruction(
                        viewer.actor(),
                        new StandingInstruction(
                                0,
                                lei,
                                form.upper("market"),
                                form.upper("place"),
                                form.upper("agentBic"),
                                form.given("agentAccount"),
                                form.given("cashAccount"),
                                validFrom)));
        if (added != null) {
            return PageReply.done(
                    redirect, "Instruction for " + added.market() + " added.", "/securities/counterparties/" + lei);
        }
        return instructionForm(
                lei,
                sent.refused(
                        response, Set.of("market", "place", "agentBic", "agentAccount", "cashAccount", "validFrom")),
                model);
    }

    private String instructionForm(String lei, Form form, Model model) {
        return new FormPage(
                        "New standing instruction",
                        "sec-counterparties",
                        "/securities/counterparties/" + lei,
                        "Counterparty",
                        "/securities/counterparties/" + lei + "/instructions/new",
                        "Add instruction")
                .show(
                        model,
                        form,
                        List.of(
                                Input.select(
                                        "market",
                                        "Market",
                                        securities.markets().list().stream()
                                                .map(Market::mic)
                                                .toList()),
                                Input.text("place", "Place of settlement (BIC)"),
                                Input.text("agentBic", "Settlement agent (BIC)"),
                                Input.text("agentAccount", "Agent's safekeeping account"),
                                Input.text("cashAccount", "Cash account (optional)"),
                                Input.date("validFrom", "Valid from")));
    }

    private void requireCounterparty(String lei) {
        if (securities.counterparties().find(lei).isEmpty()) {
            throw new NoSuchElementException("no counterparty " + lei);
        }
    }
}
