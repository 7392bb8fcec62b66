package org.backoffice.server.securities.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backoffice.platform.Page;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.ReportTable.Column;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeCsv;
import org.backoffice.securities.trade.TradeQuery;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Steps;
import org.backoffice.server.web.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The trade blotter: the trades of the viewer's branches with filters and paging, their CSV or XLSX export, and the
 * upload of a CSV file of trades with what became of each line.
 */
@PageController
final class BlotterPagesController {

    private final Securities securities;
    private final Money money;
    private final TradeViews views;

    BlotterPagesController(Securities securities, Money money, TradeViews views) {
        this.securities = securities;
        this.money = money;
        this.views = views;
    }

    @GetMapping("/securities/trades")
    String blotter(
            Viewer viewer,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "depoAccount", required = false) String depo,
            @RequestParam(name = "tradeDate", required = false) String tradeDate,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        TradeQuery query = query(status, isin, depo, tradeDate, Math.max(page, 0), TradeViews.PAGE_SIZE);
        Page<Trade> trades = securities.trades().list(viewer.actor(), query);
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/securities/trades");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", query.status() == null ? "" : query.status().name());
        filters.put("isin", query.isin() == null ? "" : query.isin());
        filters.put("depoAccount", query.depoAccount() == null ? "" : query.depoAccount());
        filters.put(
                "tradeDate", query.tradeDate() == null ? "" : query.tradeDate().toString());
        filters.forEach((k, v) -> {
            if (!v.isEmpty()) {
                address.queryParam(k, v);
            }
        });
        model.addAttribute("rows", views.rows(trades.items()));
        model.addAttribute("pager", Pager.of(trades, address));
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", Inputs.names(TradeStatus.values()));
        model.addAttribute(
                "exportQuery",
                address.cloneBuilder().build().getQuery() == null
                        ? ""
                        : "&" + address.cloneBuilder().build().getQuery());
        model.addAttribute("mayCapture", SecuritiesRoles.capturer(viewer));
        return "securities/blotter";
    }

    @GetMapping("/securities/trades/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @RequestParam(name = "format") String format,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "depoAccount", required = false) String depo,
            @RequestParam(name = "tradeDate", required = false) String tradeDate) {
        ReportFormat type = ReportFormat.parse("format", format);
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        while (rows.size() < Downloads.LIMIT) {
            Page<Trade> trades = securities
                    .trades()
                    .list(viewer.actor(), query(status, isin, depo, tradeDate, page++, TradeQuery.MAX_SIZE));
            for (Trade t : trades.items()) {
                rows.add(Arrays.asList(
                        t.tradeRef(),
                        t.status().name(),
                        t.side().name(),
                        t.isin(),
                        t.quantity(),
                        t.price(),
                        t.currency(),
                        t.tradeDate(),
                        t.settlementDate(),
                        t.depoAccount(),
                        t.counterparty(),
                        money.amount(t.grossAmount(), t.currency()),
                        money.amount(t.accruedInterest(), t.currency()),
                        money.amount(t.fees(), t.currency()),
                        money.amount(t.settlementAmount(), t.currency()),
                        t.branch(),
                        t.capturedBy(),
                        Long.toString(t.id())));
            }
            if (trades.items().size() < TradeQuery.MAX_SIZE) {
                break;
            }
        }
        ReportTable table = new ReportTable(
                "Trade blotter",
                List.of(),
                List.of(
                        Column.text("Trade ref"),
                        Column.text("Status"),
                        Column.text("Side"),
                        Column.text("ISIN"),
                        Column.amount("Quantity"),
                        Column.amount("Price"),
                        Column.text("Currency"),
                        Column.text("Trade date"),
                        Column.text("Settlement date"),
                        Column.text("Depo account"),
                        Column.text("Counterparty"),
                        Column.amount("Gross"),
                        Column.amount("Accrued"),
                        Column.amount("Fees"),
                        Column.amount("Settlement amount"),
                        Column.text("Branch"),
                        Column.text("Captured by"),
                        Column.text("Id")),
                rows,
                List.of());
        return Downloads.of(table, type, "trades");
    }

    @PostMapping("/securities/trades/upload")
    String upload(
            Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        SecuritiesRoles.requireCapturer(viewer);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "file: choose a CSV file of trades");
            return "redirect:/securities/trades";
        }
        String text = Steps.utf8(file.getBytes()).orElse(null);
        if (text == null) {
            redirect.addFlashAttribute("problem", "file: is not UTF-8 text; save it as CSV UTF-8");
            return "redirect:/securities/trades";
        }
        TradeCsv.Loaded loaded = TradeCsv.load(securities.trades(), viewer.actor(), text);
        redirect.addFlashAttribute("notice", "Imported " + file.getOriginalFilename() + ": " + loaded.summary() + ".");
        redirect.addFlashAttribute(
                "importErrors",
                loaded.lines().stream().flatMap(l -> l.errors().stream()).toList());
        return "redirect:/securities/trades";
    }

    private TradeQuery query(String status, String isin, String depo, String tradeDate, int page, int size) {
        TradeStatus state = null;
        if (status != null && !status.isBlank()) {
            try {
                state = TradeStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status: must be one of " + List.of(TradeStatus.values()));
            }
        }
        LocalDate date = null;
        if (tradeDate != null && !tradeDate.isBlank()) {
            try {
                date = LocalDate.parse(tradeDate.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("tradeDate: must be a date as YYYY-MM-DD");
            }
        }
        return new TradeQuery(null, state, blank(isin), blank(depo), date, page, size);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
