package org.backoffice.server.bank.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.backoffice.banking.Banking;
import org.backoffice.banking.cash.CashBook;
import org.backoffice.banking.cash.CashDesk;
import org.backoffice.banking.cash.CashRoute;
import org.backoffice.banking.cash.CloseLine;
import org.backoffice.banking.cash.CollectionOrder;
import org.backoffice.banking.cash.Denomination;
import org.backoffice.banking.cash.Denominations;
import org.backoffice.banking.cash.Desk;
import org.backoffice.banking.cash.DisbursementOrder;
import org.backoffice.banking.cash.FloatLine;
import org.backoffice.banking.cash.PieceCount;
import org.backoffice.banking.cash.ReceiptOrder;
import org.backoffice.banking.cash.Shift;
import org.backoffice.banking.cash.ShiftClosed;
import org.backoffice.banking.cash.ShiftStatus;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Role;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.server.bank.CashBookTable;
import org.backoffice.server.bank.Decimals;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cash desk pages: the desks of the user's branches, a desk with its shift and the cashier's
 * forms (open with a float, receipt, disbursement, collection), the close with a count by
 * denomination that adds up as it is typed, and the cash book with its downloads. A refused form
 * comes back with each broken rule named by its field; nothing is kept.
 */
@PageController
final class CashPagesController {
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP");

    private final CashDesk cash;
    private final Banking banking;
    private final Money money;

    CashPagesController(Banking banking, Money money) {
        this.cash = banking.cash();
        this.banking = banking;
        this.money = money;
    }

    /** A desk as the list shows it: its cash per currency and its shift. */
    public record DeskRow(Desk desk, Map<String, String> cash, Shift shift) {}

    /** A denomination's input on the close form. */
    public record CountInput(String name, String currency, String face, String kind, long value) {}

    @GetMapping("/cash")
    String desks(Viewer viewer, Model model) {
        List<DeskRow> rows = new ArrayList<>();
        for (Desk desk : cash.desks(viewer.actor(), null)) {
            rows.add(new DeskRow(
                    desk,
                    amounts(cash.cash(viewer.actor(), desk.branch(), desk.code())),
                    cash.shiftAt(viewer.actor(), desk.branch(), desk.code()).orElse(null)));
        }
        model.addAttribute("desks", rows);
        model.addAttribute("mine", cash.currentShift(viewer.actor()).orElse(null));
        model.addAttribute(
                "mayManage",
                viewer.actor().has(Role.ADMINISTRATOR) || viewer.actor().has(Role.ACCOUNTANT));
        model.addAttribute("branches", Choices.branches(banking.platform(), viewer));
        return "bank/cash";
    }

    @PostMapping("/cash/desks")
    String setUp(
            Viewer viewer,
            @RequestParam(name = "branch", defaultValue = "") String branch,
            @RequestParam(name = "code", defaultValue = "") String code,
            @RequestParam(name = "name", defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            Desk desk = cash.setUp(viewer.actor(), branch, code.strip(), name);
            redirect.addFlashAttribute("notice", "Desk " + desk.code() + " of " + desk.branch() + " is set up.");
        } catch (InvalidDocumentException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/cash";
    }

    @GetMapping("/cash/desks/{branch}/{code}")
    String desk(Viewer viewer, @PathVariable("branch") String branch, @PathVariable("code") String code, Model model) {
        Desk desk = cash.desk(viewer.actor(), branch, code)
                .orElseThrow(() -> new NoSuchElementException("desk " + code + " not found"));
        Optional<Shift> shift = cash.shiftAt(viewer.actor(), branch, code);
        boolean mine = shift.map(s -> s.cashier().equals(viewer.username())).orElse(false);
        model.addAttribute("desk", desk);
        model.addAttribute("cash", amounts(cash.cash(viewer.actor(), branch, code)));
        model.addAttribute("shift", shift.orElse(null));
        model.addAttribute("working", mine && shift.get().status() == ShiftStatus.OPEN);
        model.addAttribute(
                "mayOpen",
                shift.isEmpty()
                        && viewer.actor().has(Role.OPERATOR)
                        && cash.currentShift(viewer.actor()).isEmpty());
        model.addAttribute("currencies", CURRENCIES);
        model.addAttribute("routes", List.of(CashRoute.DESK_TO_VAULT, CashRoute.VAULT_TO_DESK));
        model.addAttribute("today", cash.today());
        return "bank/cash-desk";
    }

    @PostMapping("/cash/desks/{branch}/{code}/shift")
    String open(
            Viewer viewer,
            @PathVariable("branch") String branch,
            @PathVariable("code") String code,
            @RequestParam Map<String, String> parameters,
            RedirectAttributes redirect) {
        Form form = Form.of(parameters);
        List<FloatLine> floats = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String currency : CURRENCIES) {
            String text = form.value("float." + currency).strip();
            if (!text.isEmpty()) {
                BigDecimal amount = Decimals.parse("floats." + currency, text, errors);
                floats.add(new FloatLine(currency, amount));
            }
        }
        if (errors.isEmpty()) {
            try {
                Shift shift = cash.openShift(viewer.actor(), branch, code, floats);
                redirect.addFlashAttribute("notice", "Shift " + shift.id() + " is open.");
            } catch (InvalidDocumentException e) {
                errors.addAll(e.errors());
            }
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/cash/desks/" + branch + "/" + code;
    }

    /** A cash order entered at the desk: cash received, cash paid out, or cash moved to or from the vault. */
    @PostMapping("/cash/desks/{branch}/{code}/{order:receipt|disbursement|collection}")
    String order(
            Viewer viewer,
            @PathVariable("branch") String branch,
            @PathVariable("code") String code,
            @PathVariable("order") String order,
            @RequestParam Map<String, String> parameters,
            RedirectAttributes redirect) {
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = Decimals.parse("amount", form.text("amount"), errors);
        CashRoute route = null;
        if (order.equals("collection")) {
            try {
                route = CashRoute.valueOf(form.value("route"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("route", "must be DESK_TO_VAULT or VAULT_TO_DESK"));
            }
        }
        if (errors.isEmpty()) {
            try {
                String currency = form.text("currency");
                Document document = switch (order) {
                    case "receipt" ->
                        cash.receive(
                                        viewer.actor(),
                                        branch,
                                        new ReceiptOrder(
                                                code,
                                                currency,
                                                amount,
                                                form.text("creditIban"),
                                                form.text("incomeAccount"),
                                                form.text("payer"),
                                                form.text("idDocument"),
                                                form.text("purpose")),
                                        null)
                                .document();
                    case "disbursement" ->
                        cash.disburse(
                                        viewer.actor(),
                                        branch,
                                        new DisbursementOrder(
                                                code,
                                                currency,
                                                amount,
                                                form.text("debitIban"),
                                                form.text("payee"),
                                                form.text("idDocument"),
                                                form.text("purpose")),
                                        null)
                                .document();
                    default ->
                        cash.collect(viewer.actor(), branch, new CollectionOrder(route, code, currency, amount), null)
                                .document();
                };
                if (document != null) {
                    redirect.addFlashAttribute(
                            "notice",
                            document.number()
                                    + (document.status().name().equals("POSTED")
                                            ? " is posted."
                                            : " waits for a controller's approval."));
                }
            } catch (InvalidDocumentException e) {
                errors.addAll(e.errors());
            }
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/cash/desks/" + branch + "/" + code;
    }

    @GetMapping("/cash/shifts/{id}/close")
    String closeForm(Viewer viewer, @PathVariable("id") long id, Model model) {
        Shift shift = ownShift(viewer, id);
        model.addAttribute("shift", shift);
        model.addAttribute("inputs", inputs());
        model.addAttribute("lines", lines(cash.preview(viewer.actor(), id, List.of(), true)));
        model.addAttribute("errors", List.of());
        return "bank/cash-close";
    }

    /** The running totals of the count as it is typed: htmx swaps this fragment in. */
    @PostMapping("/cash/shifts/{id}/count")
    String count(
            Viewer viewer, @PathVariable("id") long id, @RequestParam Map<String, String> parameters, Model model) {
        Form form = Form.of(parameters);
        ownShift(viewer, id);
        List<FieldError> errors = new ArrayList<>();
        List<PieceCount> counts = counts(form, errors);
        List<CloseLine> lines = List.of();
        if (errors.isEmpty()) {
            try {
                lines = cash.preview(viewer.actor(), id, counts, form.text("returnToVault") != null);
            } catch (InvalidDocumentException e) {
                errors.addAll(e.errors());
            }
        }
        model.addAttribute("lines", lines(lines));
        model.addAttribute("errors", errors);
        return "bank/cash-close :: totals";
    }

    @PostMapping("/cash/shifts/{id}/close")
    String close(
            Viewer viewer,
            @PathVariable("id") long id,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(parameters);
        Shift shift = ownShift(viewer, id);
        List<FieldError> errors = new ArrayList<>();
        List<PieceCount> counts = counts(form, errors);
        if (errors.isEmpty()) {
            try {
                ShiftClosed closed = cash.closeShift(viewer.actor(), id, counts, form.text("returnToVault") != null);
                Document document = closed.document();
                redirect.addFlashAttribute(
                        "notice",
                        document == null
                                ? "The shift is closed; the count tied and the cash stays at the desk."
                                : closed.shift().status() == ShiftStatus.CLOSED
                                        ? "The shift is closed by " + document.number() + "."
                                        : document.number() + " waits for a controller's approval.");
                return "redirect:/cash/book?branch=" + shift.branch() + "&desk=" + shift.desk();
            } catch (InvalidDocumentException e) {
                errors.addAll(e.errors());
            }
        }
        model.addAttribute("shift", shift);
        model.addAttribute("inputs", inputs());
        model.addAttribute("lines", lines(List.of()));
        model.addAttribute("errors", errors);
        model.addAttribute("values", form.values());
        return "bank/cash-close";
    }

    @GetMapping("/cash/book")
    String book(
            Viewer viewer,
            @RequestParam("branch") String branch,
            @RequestParam("desk") String desk,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            Model model) {
        LocalDate day = date == null ? cash.today() : date;
        CashBook book = cash.cashBook(viewer.actor(), branch, desk, day);
        model.addAttribute("book", book);
        org.backoffice.reporting.ReportTable table = CashBookTable.of(book, money::scale);
        model.addAttribute("columns", table.columns());
        model.addAttribute("rows", cells(table.rows()));
        model.addAttribute("totals", cells(table.totals()));
        model.addAttribute("query", "branch=" + branch + "&desk=" + desk + "&date=" + day);
        return "bank/cash-book";
    }

    @GetMapping("/cash/book/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @RequestParam("branch") String branch,
            @RequestParam("desk") String desk,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            @RequestParam(name = "format", defaultValue = "csv") String format) {
        ReportFormat type = ReportFormat.parse("format", format);
        CashBook book = cash.cashBook(viewer.actor(), branch, desk, date == null ? cash.today() : date);
        return Downloads.of(
                CashBookTable.of(book, money::scale), type, "cash-book-" + branch + "-" + desk + "-" + book.date());
    }

    private Shift ownShift(Viewer viewer, long id) {
        Shift shift = cash.shift(viewer.actor(), id)
                .orElseThrow(() -> new NoSuchElementException("shift " + id + " not found"));
        if (!shift.cashier().equals(viewer.username())) {
            throw new SecurityException("shift " + id + " is " + shift.cashier() + "'s");
        }
        return shift;
    }

    /** The count from the form's inputs {@code count.USD.2000}; an empty input is no pieces. */
    private static List<PieceCount> counts(Form form, List<FieldError> errors) {
        List<PieceCount> counts = new ArrayList<>();
        for (Map.Entry<String, String> entry : form.values().entrySet()) {
            if (!entry.getKey().startsWith("count.")) {
                continue;
            }
            String[] parts = entry.getKey().split("\\.");
            String text = entry.getValue().strip();
            if (parts.length != 3 || text.isEmpty()) {
                continue;
            }
            try {
                counts.add(new PieceCount(parts[1], Long.parseLong(parts[2]), Long.parseLong(text)));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(entry.getKey(), "must be a whole number of pieces, was '" + text + "'"));
            }
        }
        return counts;
    }

    private List<CountInput> inputs() {
        List<CountInput> inputs = new ArrayList<>();
        for (String currency : CURRENCIES) {
            for (Denomination d : Denominations.of(currency)) {
                inputs.add(new CountInput(
                        "count." + currency + "." + d.value(),
                        currency,
                        money.display(d.value(), currency),
                        d.kind().name().toLowerCase(java.util.Locale.ROOT),
                        d.value()));
            }
        }
        return inputs;
    }

    private List<Map<String, String>> lines(List<CloseLine> lines) {
        return lines.stream()
                .map(l -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("currency", l.currency());
                    row.put("book", money.display(l.book(), l.currency()));
                    row.put("counted", money.display(l.counted(), l.currency()));
                    row.put("difference", money.display(l.difference(), l.currency()));
                    row.put("kind", l.difference() < 0 ? "shortage" : l.difference() > 0 ? "surplus" : "ties");
                    return row;
                })
                .toList();
    }

    private List<List<String>> cells(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(money::cell).toList()).toList();
    }

    private Map<String, String> amounts(Map<String, Long> units) {
        Map<String, String> text = new LinkedHashMap<>();
        units.forEach((currency, amount) -> text.put(currency, money.display(amount, currency)));
        return text;
    }
}
