package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.security.Role;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.ReportTable.Column;
import org.backoffice.securities.Securities;
import org.backoffice.securities.fail.DailyPenalty;
import org.backoffice.securities.fail.FailLine;
import org.backoffice.securities.fail.Fails;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.fail.PenaltyRate;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.FormPage;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Inputs.Input;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.Submission;
import org.backoffice.server.web.Table;
import org.backoffice.server.web.Table.Action;
import org.backoffice.server.web.Table.Cell;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settlement fails: the report as of a date with each trade's days failing and accrued CSDR penalty (exported as CSV or
 * XLSX), a controller's run of the day's penalties, the penalty rate table a controller keeps, and the closing prices
 * the penalties are valued at.
 */
@PageController
final class FailsPagesController {
    private final Securities securities;
    private final Money money;

    FailsPagesController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    /** A line of the fails report as the page shows it. */
    public record FailRow(
            String tradeId,
            String tradeRef,
            String counterparty,
            String isin,
            String side,
            long quantity,
            String value,
            String currency,
            String intendedSettlementDate,
            int daysFailing,
            String category,
            String accruedPenalty) {}

    @GetMapping("/securities/fails")
    String fails(
            Viewer viewer,
            @RequestParam(name = "asOf", required = false) String asOf,
            Model model,
            HttpServletResponse response) {
        Form form = Form.of(Map.of("asOf", asOf == null || asOf.isBlank() ? today().toString() : asOf));
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = Inputs.date(form, "asOf", errors);
        List<FailRow> rows = List.of();
        if (errors.isEmpty()) {
            List<FailLine> lines =
                    Inputs.attempt(errors, () -> securities.fails().report(viewer.actor(), day));
            rows = lines == null ? List.of() : lines.stream().map(this::row).toList();
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("form", form.withErrors(errors, Set.of("asOf")));
        model.addAttribute("rows", rows);
        model.addAttribute("mayAccrue", viewer.may(Fails.ACCRUAL, org.backoffice.platform.security.Action.CREATE));
        model.addAttribute("mayPrice", viewer.may(Fails.PRICES, org.backoffice.platform.security.Action.CREATE));
        return "securities/fails";
    }

    @GetMapping("/securities/fails/export")
    ResponseEntity<byte[]> export(
            Viewer viewer, @RequestParam(name = "format") String format, @RequestParam(name = "asOf") String asOf) {
        ReportFormat type = ReportFormat.parse("format", format);
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = Inputs.date(Form.of(Map.of("asOf", asOf)), "asOf", errors);
        if (day == null) {
            throw new IllegalArgumentException("asOf: must be a date as YYYY-MM-DD");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (FailLine f : securities.fails().report(viewer.actor(), day)) {
            rows.add(Arrays.asList(
                    f.tradeRef(),
                    f.counterparty(),
                    f.isin(),
                    f.side().name(),
                    f.quantity(),
                    money.amount(f.value(), f.currency()),
                    f.currency(),
                    f.intendedSettlementDate(),
                    f.daysFailing(),
                    f.category().name(),
                    money.amount(f.accruedPenalty(), f.currency()),
                    f.branch(),
                    Long.toString(f.tradeId())));
        }
        ReportTable table = new ReportTable(
                "Settlement fails",
                List.of("As of " + day),
                List.of(
                        Column.text("Trade ref"),
                        Column.text("Counterparty"),
                        Column.text("ISIN"),
                        Column.text("Side"),
                        Column.amount("Quantity"),
                        Column.amount("Value"),
                        Column.text("Currency"),
                        Column.text("Intended settlement date"),
                        Column.amount("Days failing"),
                        Column.text("Category"),
                        Column.amount("Accrued penalty"),
                        Column.text("Branch"),
                        Column.text("Trade id")),
                rows,
                List.of());
        return Downloads.of(table, type, "fails-" + day);
    }

    @PostMapping("/securities/fails/accrue")
    String accrue(
            Viewer viewer, @RequestParam(name = "day", required = false) String day, RedirectAttributes redirect) {
        require(viewer, Fails.ACCRUAL, "run the penalty accrual");
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = Inputs.date(
                Form.of(Map.of("day", day == null || day.isBlank() ? today().toString() : day)), "day", errors);
        List<DailyPenalty> accrued = errors.isEmpty()
                ? Inputs.attempt(errors, () -> securities.fails().accrue(viewer.actor(), date))
                : null;
        if (accrued == null) {
            redirect.addFlashAttribute(
                    "problem",
                    errors.getFirst().field() + ": " + errors.getFirst().message());
            return "redirect:/securities/fails";
        }
        redirect.addFlashAttribute(
                "notice", "Penalties of " + date + " accrued: " + accrued.size() + " failing trade(s) charged.");
        return "redirect:/securities/fails?asOf=" + date;
    }

    // Penalty rates

    @GetMapping("/securities/penalty-rates")
    String rates(Viewer viewer, Model model) {
        List<List<Cell>> rows = securities.fails().table().rates().stream()
                .map(r -> List.of(
                        Cell.of(r.category()),
                        Cell.of(r.dailyRateBasisPoints().stripTrailingZeros().toPlainString()),
                        Cell.of(r.validFrom())))
                .toList();
        return new Table("penalty-rates", List.of("Category", "Daily rate, bp", "Valid from"), rows, "No rates.")
                .show(
                        model,
                        "CSDR penalty rates",
                        "sec-fails",
                        viewer.may(Fails.RATES, org.backoffice.platform.security.Action.CREATE)
                                ? List.of(new Action("set-rate", "Set a rate", "/securities/penalty-rates/new"))
                                : List.of(),
                        null);
    }

    @GetMapping("/securities/penalty-rates/new")
    String blankRate(Viewer viewer, Model model) {
        require(viewer, Fails.RATES, "set penalty rates");
        return rateForm(Form.of(Map.of("category", "LACK_OF_CASH", "validFrom", today().toString())), model);
    }

    @PostMapping("/securities/penalty-rates/new")
    String setRate(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        require(viewer, Fails.RATES, "set penalty rates");
        Submission sent = Submission.of(parameters);
        Form form = sent.form();
        PenaltyCategory category = Inputs.choice(form, "category", PenaltyCategory.class, sent.errors());
        BigDecimal rate = Inputs.decimal(form, "dailyRateBasisPoints", sent.errors());
        LocalDate validFrom = Inputs.date(form, "validFrom", sent.errors());
        PenaltyRate set =
                sent.save(() -> securities.fails().setRate(viewer.actor(), new PenaltyRate(category, rate, validFrom)));
        if (set != null) {
            return PageReply.done(
                    redirect,
                    "Rate of " + set.category() + " from " + set.validFrom() + ": "
                            + set.dailyRateBasisPoints().toPlainString() + " bp a day.",
                    "/securities/penalty-rates");
        }
        return rateForm(sent.refused(response, Set.of("category", "dailyRateBasisPoints", "validFrom")), model);
    }

    private String rateForm(Form form, Model model) {
        return new FormPage(
                        "Set a penalty rate",
                        "sec-fails",
                        "/securities/penalty-rates",
                        "Penalty rates",
                        "/securities/penalty-rates/new",
                        "Set rate")
                .show(
                        model,
                        form,
                        List.of(
                                Input.select("category", "Category", Inputs.names(PenaltyCategory.values())),
                                Input.text("dailyRateBasisPoints", "Daily rate, basis points (0 or more)"),
                                Input.date("validFrom", "Valid from")));
    }

    // Closing prices

    @GetMapping("/securities/prices/new")
    String blankPrice(Viewer viewer, Model model) {
        require(viewer, Fails.PRICES, "set prices");
        return priceForm(Form.of(Map.of("day", today().toString())), model);
    }

    @PostMapping("/securities/prices/new")
    String setPrice(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        require(viewer, Fails.PRICES, "set prices");
        Submission sent = Submission.of(parameters);
        Form form = sent.form();
        LocalDate day = Inputs.date(form, "day", sent.errors());
        BigDecimal price = Inputs.decimal(form, "price", sent.errors());
        if (form.given("day") == null) {
            sent.errors().add(new FieldError("day", "must be given"));
        }
        Boolean set = sent.save(() -> {
            securities.fails().setPrice(viewer.actor(), form.upper("isin"), day, price);
            return Boolean.TRUE;
        });
        if (set != null) {
            return PageReply.done(
                    redirect,
                    "Closing price of " + form.upper("isin") + " on " + day + ": " + price.toPlainString() + ".",
                    "/securities/fails");
        }
        return priceForm(sent.refused(response, Set.of("isin", "day", "price")), model);
    }

    private String priceForm(Form form, Model model) {
        return new FormPage(
                        "Set a closing price",
                        "sec-fails",
                        "/securities/fails",
                        "Fails",
                        "/securities/prices/new",
                        "Set price")
                .show(
                        model,
                        form,
                        List.of(
                                Input.text("isin", "ISIN"),
                                Input.date("day", "Day"),
                                Input.text("price", "Closing price")));
    }

    private FailRow row(FailLine f) {
        return new FailRow(
                Long.toString(f.tradeId()),
                f.tradeRef(),
                f.counterparty(),
                f.isin(),
                f.side().name(),
                f.quantity(),
                money.display(f.value(), f.currency()),
                f.currency(),
                f.intendedSettlementDate().toString(),
                f.daysFailing(),
                f.category().name(),
                money.display(f.accruedPenalty(), f.currency()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(
                securities.platform().clock().instant(), securities.settings().zone());
    }

    static boolean controller(Viewer viewer) {
        return viewer.actor().has(Role.CONTROLLER);
    }

    /** Refuses a form's address typed by hand by someone the platform's grants do not allow; the service refuses too. */
    private static void require(Viewer viewer, String type, String what) {
        if (!viewer.may(type, org.backoffice.platform.security.Action.CREATE)) {
            throw new SecurityException(viewer.username() + " may not " + what);
        }
    }
}
