package org.backoffice.server.bank.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.banking.Banking;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Role;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rate table in force on a day, and the treasurer's form that sets a rate. */
@PageController
final class RatesPagesController {
    private static final Set<String> INPUTS = Set.of("date", "base", "quote", "rate");

    private final Banking banking;

    RatesPagesController(Banking banking) {
        this.banking = banking;
    }

    public record RateRow(String date, String base, String quote, String rate) {}

    @GetMapping("/bank/rates")
    String rates(Viewer viewer, @RequestParam(name = "date", required = false) String date, Model model) {
        LocalDate day = date == null || date.isBlank() ? today() : parse(date);
        Map<String, String> blank = Map.of(
                "date", today().toString(),
                "base", banking.settings().currencies().getFirst(),
                "quote", banking.settings().currencies().getLast());
        return page(viewer, day, Form.of(blank), model);
    }

    @PostMapping("/bank/rates")
    String set(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!treasurer(viewer)) {
            throw new SecurityException(viewer.username() + " may not set exchange rates");
        }
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = Inputs.date(form, "date", errors);
        BigDecimal rate = Inputs.amount(form, "rate", errors);
        if (errors.isEmpty()) {
            try {
                banking.rates().set(viewer.actor(), day, form.given("base"), form.given("quote"), rate);
                redirect.addFlashAttribute(
                        "notice",
                        "Rate " + form.given("base") + "/" + form.given("quote") + " for " + day + " set to "
                                + rate.toPlainString() + ".");
                return "redirect:/bank/rates?date=" + day;
            } catch (InvalidDocumentException e) {
                errors.addAll(e.errors());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(viewer, today(), form.withErrors(errors, INPUTS), model);
    }

    private String page(Viewer viewer, LocalDate day, Form form, Model model) {
        List<RateRow> rows = banking.rates().table(day).stream()
                .map(r -> new RateRow(r[0], r[1], r[2], r[3]))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("date", day.toString());
        model.addAttribute("setOn", rows.isEmpty() ? null : rows.getFirst().date());
        model.addAttribute("form", form);
        model.addAttribute("currencies", banking.settings().currencies());
        model.addAttribute("maySet", treasurer(viewer));
        return "bank/rates";
    }

    private LocalDate today() {
        return banking.payments().valueDates().today();
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: must be a date as YYYY-MM-DD");
        }
    }

    static boolean treasurer(Viewer viewer) {
        return viewer.actor().has(Role.TREASURER) || viewer.actor().has(Role.ADMINISTRATOR);
    }
}
