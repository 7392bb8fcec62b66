package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.document.FieldError;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.ReportTable.Column;
import org.backoffice.securities.Securities;
import org.backoffice.securities.pnl.CostMethod;
import org.backoffice.securities.position.CashBalance;
import org.backoffice.securities.position.DepoPositions;
import org.backoffice.securities.position.InstrumentPnl;
import org.backoffice.securities.position.Position;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Table;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Positions of a depo account of the viewer's branches as of a date, on settlement-date and trade-date basis, its cash
 * per currency and its realised P&amp;L by FIFO or average cost; and the holders of an ISIN. Exported as CSV or XLSX.
 */
@PageController
final class PositionsPagesController {
    private static final Set<String> INPUTS = Set.of("depoAccount", "asOf", "method");

    private final Securities securities;
    private final Money money;

    PositionsPagesController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    /** One line of the securities table. */
    public record PositionRow(String isin, String settled, String traded, String unsettled) {}

    /** One line of the cash table. */
    public record CashRow(String currency, String posted, String available) {}

    /** One line of the P&amp;L table. */
    public record PnlRow(
            String isin, String currency, long openQuantity, String costBasis, String averageCost, String realised) {}

    /** What a query asked for, read from its inputs; null where it was refused. */
    private record Query(String depo, LocalDate asOf, CostMethod method) {}

    @GetMapping("/securities/positions")
    String positions(
            Viewer viewer,
            @RequestParam(name = "depoAccount", required = false) String depo,
            @RequestParam(name = "asOf", required = false) String asOf,
            @RequestParam(name = "method", required = false) String method,
            Model model,
            HttpServletResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("depoAccount", depo == null ? "" : depo);
        values.put("asOf", asOf == null || asOf.isBlank() ? today().toString() : asOf);
        values.put("method", method == null || method.isBlank() ? CostMethod.FIFO.name() : method);
        Form form = Form.of(values);
        List<FieldError> errors = new ArrayList<>();
        Query query = query(form, errors);
        model.addAttribute("accounts", accounts(viewer));
        model.addAttribute("methods", Inputs.names(CostMethod.values()));
        model.addAttribute("shown", false);
        if (errors.isEmpty() && query.depo() != null) {
            DepoPositions positions = Inputs.attempt(
                    errors, () -> securities.positions().positions(viewer.actor(), query.depo(), query.asOf()));
            List<InstrumentPnl> pnl = positions == null
                    ? null
                    : Inputs.attempt(
                            errors,
                            () -> securities
                                    .positions()
                                    .pnl(viewer.actor(), query.depo(), query.method(), query.asOf()));
            if (positions != null && pnl != null) {
                model.addAttribute("shown", true);
                model.addAttribute(
                        "securities",
                        positions.securities().stream().map(this::row).toList());
                model.addAttribute(
                        "cash", positions.cash().stream().map(this::row).toList());
                model.addAttribute("pnl", pnl.stream().map(this::row).toList());
                model.addAttribute(
                        "exportQuery",
                        "&depoAccount=" + query.depo() + "&asOf=" + query.asOf() + "&method=" + query.method());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("form", form.withErrors(errors, INPUTS));
        return "securities/positions";
    }

    @GetMapping("/securities/positions/holders")
    String holders(
            Viewer viewer,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "asOf", required = false) String asOf,
            Model model,
            HttpServletResponse response) {
        Form form = Form.of(Map.of(
                "isin", isin == null ? "" : isin, "asOf", asOf == null || asOf.isBlank() ? today().toString() : asOf));
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = Inputs.date(form, "asOf", errors);
        List<Position> holders = List.of();
        if (form.upper("isin") == null) {
            errors.add(new FieldError("isin", "must be given"));
        } else if (errors.isEmpty()) {
            List<Position> found = Inputs.attempt(
                    errors, () -> securities.positions().holders(viewer.actor(), form.upper("isin"), day));
            holders = found == null ? List.of() : found;
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "problem",
                    errors.stream()
                            .map(e -> e.field() + ": " + e.message())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""));
        }
        List<List<Table.Cell>> rows = holders.stream()
                .map(p -> List.of(
                        Table.Cell.link(
                                p.depoAccount(),
                                "/securities/positions?depoAccount=" + p.depoAccount() + "&asOf=" + day),
                        Table.Cell.of(p.branch()),
                        Table.Cell.of(p.settled()),
                        Table.Cell.of(p.traded()),
                        Table.Cell.of(p.unsettled())))
                .toList();
        model.addAttribute("details", List.of("ISIN " + form.value("isin") + " as of " + form.value("asOf")));
        return new Table(
                        "holders",
                        List.of("Depo account", "Branch", "Settlement-date", "Trade-date", "Unsettled"),
                        rows,
                        "No depo account of your branches holds it.")
                .show(
                        model,
                        "Holders",
                        "sec-positions",
                        List.of(new Table.Action("back-positions", "Positions", "/securities/positions")),
                        null);
    }

    @GetMapping("/securities/positions/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @RequestParam(name = "format") String format,
            @RequestParam(name = "depoAccount", required = false) String depo,
            @RequestParam(name = "asOf", required = false) String asOf,
            @RequestParam(name = "method", required = false) String method) {
        ReportFormat type = ReportFormat.parse("format", format);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("depoAccount", depo == null ? "" : depo);
        values.put("asOf", asOf == null ? "" : asOf);
        values.put("method", method == null || method.isBlank() ? CostMethod.FIFO.name() : method);
        List<FieldError> errors = new ArrayList<>();
        Query query = query(Form.of(values), errors);
        if (query.depo() == null) {
            errors.add(new FieldError("depoAccount", "choose a depo account"));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(
                    errors.getFirst().field() + ": " + errors.getFirst().message());
        }
        ReportTable table = report(viewer, query);
        return Downloads.of(table, type, "positions-" + query.depo() + "-" + query.asOf());
    }

    private ReportTable report(Viewer viewer, Query query) {
        DepoPositions positions = securities.positions().positions(viewer.actor(), query.depo(), query.asOf());
        Map<String, InstrumentPnl> pnl = new LinkedHashMap<>();
        for (InstrumentPnl p : securities.positions().pnl(viewer.actor(), query.depo(), query.method(), query.asOf())) {
            pnl.put(p.isin(), p);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Position p : positions.securities()) {
            InstrumentPnl line = pnl.remove(p.isin());
            rows.add(Arrays.asList(
                    "SECURITY",
                    p.isin(),
                    p.settled(),
                    p.traded(),
                    p.unsettled(),
                    line == null ? null : line.currency(),
                    line == null ? null : line.costBasis(),
                    line == null ? null : line.realised()));
        }
        for (InstrumentPnl line : pnl.values()) {
            rows.add(Arrays.asList(
                    "SECURITY", line.isin(), 0L, 0L, 0L, line.currency(), line.costBasis(), line.realised()));
        }
        for (CashBalance c : positions.cash()) {
            rows.add(Arrays.asList(
                    "CASH",
                    c.currency(),
                    money.amount(c.posted(), c.currency()),
                    null,
                    null,
                    c.currency(),
                    null,
                    null));
        }
        return new ReportTable(
                "Positions of " + query.depo(),
                List.of("As of " + query.asOf(), "Realised P&L by " + query.method()),
                List.of(
                        Column.text("Kind"),
                        Column.text("ISIN or currency"),
                        Column.amount("Settlement-date"),
                        Column.amount("Trade-date"),
                        Column.amount("Unsettled"),
                        Column.text("Currency"),
                        Column.amount("Cost basis"),
                        Column.amount("Realised P&L")),
                rows,
                List.of());
    }

    private Query query(Form form, List<FieldError> errors) {
        LocalDate day = Inputs.date(form, "asOf", errors);
        if (form.given("asOf") == null) {
            errors.add(new FieldError("asOf", "must be a date as YYYY-MM-DD"));
        }
        CostMethod method = Inputs.choice(form, "method", CostMethod.class, errors);
        return new Query(form.upper("depoAccount"), day, method);
    }

    private List<String> accounts(Viewer viewer) {
        List<String> codes = new ArrayList<>();
        codes.add("");
        securities.depoAccounts().list(viewer.actor(), null, 0, 500).items().stream()
                .map(DepoAccount::code)
                .forEach(codes::add);
        return codes;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(
                securities.platform().clock().instant(), securities.settings().zone());
    }

    private PositionRow row(Position p) {
        return new PositionRow(
                p.isin(),
                money.text(p.settled(), p.isin()),
                money.text(p.traded(), p.isin()),
                money.text(p.unsettled(), p.isin()));
    }

    private CashRow row(CashBalance c) {
        return new CashRow(
                c.currency(), money.display(c.posted(), c.currency()), money.display(c.available(), c.currency()));
    }

    private PnlRow row(InstrumentPnl p) {
        return new PnlRow(
                p.isin(),
                p.currency(),
                p.openQuantity(),
                money.display(p.costBasis(), p.currency()),
                Money.plain(p.averageCost()),
                money.display(p.realised(), p.currency()));
    }
}
