package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Role;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.ReportTable.Column;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeCsv;
import org.backoffice.securities.trade.TradeQuery;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.securities.trade.TradeVersion;
import org.backoffice.server.securities.web.Inputs.Input;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Trades: the blotter (filters, paging, CSV/XLSX export, a CSV file's upload), the repair queue with every trade's
 * reasons, a trade's page with its amounts and versions and the maker-checker actions on it, and the capture and
 * amendment forms. What the trade book refuses (a maker approving their own version, a role the user lacks) comes back
 * on the page as the book said it.
 */
@PageController
final class TradesPagesController {
    static final int PAGE_SIZE = 50;
    /** An export holds at most this many trades; a larger one is filtered first. */
    static final int EXPORT_LIMIT = 20_000;

    static final Set<String> TRADE_INPUTS = Set.of(
            "tradeRef",
            "side",
            "isin",
            "quantity",
            "price",
            "currency",
            "tradeDate",
            "settlementDate",
            "depoAccount",
            "counterparty",
            "market",
            "delivery",
            "reason");

    private final Securities securities;
    private final Money money;

    TradesPagesController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    /** A blotter line as the page shows it. */
    public record TradeRow(
            String id,
            String tradeRef,
            String status,
            String side,
            String isin,
            String quantity,
            String price,
            String currency,
            String tradeDate,
            String settlementDate,
            String depoAccount,
            String counterparty,
            String settlementAmount,
            String reasons) {}

    /** One version of a trade, with what the viewer may do with it. */
    public record VersionRow(
            int version,
            String action,
            String state,
            String madeBy,
            String madeAt,
            String checkedBy,
            String checkedAt,
            String reason,
            boolean proposed) {}

    @GetMapping("/securities/trades")
    String blotter(
            Viewer viewer,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "depoAccount", required = false) String depo,
            @RequestParam(name = "tradeDate", required = false) String tradeDate,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        TradeQuery query = query(status, isin, depo, tradeDate, Math.max(page, 0), PAGE_SIZE);
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
        model.addAttribute("rows", trades.items().stream().map(this::row).toList());
        model.addAttribute("pager", Pager.of(trades, address));
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", ReferencePagesController.names(TradeStatus.values()));
        model.addAttribute(
                "exportQuery",
                address.cloneBuilder().build().getQuery() == null
                        ? ""
                        : "&" + address.cloneBuilder().build().getQuery());
        model.addAttribute("mayCapture", capturer(viewer));
        return "securities/blotter";
    }

    @GetMapping("/securities/trades/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @RequestParam(name = "format") String format,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "depoAccount", required = false) String depo,
            @RequestParam(name = "tradeDate", required = false) String tradeDate)
            throws IOException {
        ReportFormat type = ReportFormat.parse("format", format);
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        while (rows.size() < EXPORT_LIMIT) {
            Page<Trade> trades = securities
                    .trades()
                    .list(viewer.actor(), query(status, isin, depo, tradeDate, page++, TradeQuery.MAX_SIZE));
            for (Trade t : trades.items()) {
                rows.add(java.util.Arrays.asList(
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        type.write(table, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("trades." + type.extension())
                                .build()
                                .toString())
                .body(out.toByteArray());
    }

    @PostMapping("/securities/trades/upload")
    String upload(
            Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        requireCapturer(viewer);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "file: choose a CSV file of trades");
            return "redirect:/securities/trades";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
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

    @GetMapping("/securities/trades/repair")
    String repair(Viewer viewer, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Page<Trade> trades = securities.trades().repairQueue(viewer.actor(), Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("rows", trades.items().stream().map(this::row).toList());
        model.addAttribute("pager", Pager.of(trades, UriComponentsBuilder.fromPath("/securities/trades/repair")));
        return "securities/repair";
    }

    @GetMapping("/securities/trades/new")
    String blank(Viewer viewer, Model model) {
        requireCapturer(viewer);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("side", "BUY");
        values.put("delivery", "DVP");
        values.put(
                "tradeDate",
                LocalDate.ofInstant(
                                securities.platform().clock().instant(),
                                securities.settings().zone())
                        .toString());
        return captureForm(Form.of(values), model);
    }

    @PostMapping("/securities/trades/new")
    String capture(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireCapturer(viewer);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        NewTrade ticket = ticket(form, errors);
        if (errors.isEmpty()) {
            CaptureOutcome outcome = securities.trades().capture(viewer.actor(), TradeSource.MANUAL, ticket);
            switch (outcome.kind()) {
                case CAPTURED -> {
                    redirect.addFlashAttribute("notice", "Trade " + outcome.tradeRef() + " captured.");
                    return "redirect:/securities/trades/" + outcome.trade().id();
                }
                case REPAIR -> {
                    redirect.addFlashAttribute(
                            "problem",
                            "Trade " + outcome.tradeRef() + " captured; it waits in the repair queue: "
                                    + reasons(outcome.errors()));
                    return "redirect:/securities/trades/" + outcome.trade().id();
                }
                case DUPLICATE -> {
                    redirect.addFlashAttribute("notice", "Trade " + outcome.tradeRef() + " is in the book already.");
                    return "redirect:/securities/trades/" + outcome.trade().id();
                }
                case REFUSED -> errors.addAll(outcome.errors());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return captureForm(form.withErrors(errors, TRADE_INPUTS), model);
    }

    private String captureForm(Form form, Model model) {
        return ReferencePagesController.form(
                model,
                "Capture a trade",
                "sec-capture",
                "/securities/trades",
                "Blotter",
                "/securities/trades/new",
                form,
                tradeInputs(false),
                "Capture");
    }

    private List<Input> tradeInputs(boolean amendment) {
        List<Input> inputs = new ArrayList<>(List.of(
                Input.text("tradeRef", "Trade reference"),
                Input.select("side", "Side", ReferencePagesController.names(Side.values())),
                Input.text("isin", "ISIN"),
                Input.text("quantity", "Quantity (units)"),
                Input.text("price", "Price"),
                Input.text("currency", "Currency"),
                Input.date("tradeDate", "Trade date"),
                Input.date("settlementDate", "Settlement date (blank for the market's cycle)"),
                Input.text("depoAccount", "Depo account"),
                Input.text("counterparty", "Counterparty (LEI)"),
                Input.text("market", "Market (MIC; blank for the instrument's)"),
                Input.select("delivery", "Delivery", ReferencePagesController.names(Delivery.values()))));
        if (amendment) {
            inputs.add(Input.text("reason", "Reason for the amendment"));
        }
        return inputs;
    }

    @GetMapping("/securities/trades/{id}")
    String trade(Viewer viewer, @PathVariable("id") String id, Model model) {
        Trade trade = find(viewer, id);
        List<VersionRow> versions = securities.trades().versions(viewer.actor(), trade.id()).stream()
                .map(this::version)
                .toList();
        model.addAttribute("trade", trade);
        model.addAttribute("row", row(trade));
        model.addAttribute(
                "amounts",
                List.of(
                        List.of("Gross", money.display(trade.grossAmount(), trade.currency())),
                        List.of("Accrued interest", money.display(trade.accruedInterest(), trade.currency())),
                        List.of("Settlement amount", money.display(trade.settlementAmount(), trade.currency())),
                        List.of("Fees", money.display(trade.fees(), trade.currency())),
                        List.of("Client cash", money.display(trade.clientCash(), trade.currency()))));
        model.addAttribute("versions", versions);
        boolean open = trade.status() == TradeStatus.NEW || trade.status() == TradeStatus.REPAIR;
        model.addAttribute("mayPropose", open && capturer(viewer));
        model.addAttribute("mayDecide", viewer.actor().has(Role.CONTROLLER));
        TradeActions.describe(securities, viewer, trade, model);
        return "securities/trade";
    }

    @GetMapping("/securities/trades/{id}/amend")
    String blankAmendment(Viewer viewer, @PathVariable("id") String id, Model model) {
        requireCapturer(viewer);
        Trade trade = find(viewer, id);
        Map<String, String> values = new LinkedHashMap<>();
        NewTrade t = trade.ticket();
        values.put("tradeRef", t.tradeRef());
        values.put("side", t.side() == null ? "" : t.side().name());
        values.put("isin", t.isin() == null ? "" : t.isin());
        values.put("quantity", Long.toString(t.quantity()));
        values.put("price", t.price() == null ? "" : t.price().toPlainString());
        values.put("currency", t.currency() == null ? "" : t.currency());
        values.put("tradeDate", t.tradeDate() == null ? "" : t.tradeDate().toString());
        values.put(
                "settlementDate",
                t.settlementDate() == null ? "" : t.settlementDate().toString());
        values.put("depoAccount", t.depoAccount() == null ? "" : t.depoAccount());
        values.put("counterparty", t.counterparty() == null ? "" : t.counterparty());
        values.put("market", t.market() == null ? "" : t.market());
        values.put("delivery", t.delivery() == null ? "" : t.delivery().name());
        return amendmentForm(trade, Form.of(values), model);
    }

    @PostMapping("/securities/trades/{id}/amend")
    String amend(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireCapturer(viewer);
        Trade trade = find(viewer, id);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        NewTrade ticket = ticket(form, errors);
        if (errors.isEmpty()) {
            TradeVersion proposed = Inputs.attempt(
                    errors,
                    () -> securities
                            .trades()
                            .proposeAmendment(viewer.actor(), trade.id(), ticket, form.given("reason")));
            if (proposed != null) {
                redirect.addFlashAttribute(
                        "notice", "Version " + proposed.version() + " proposed; it waits for a controller.");
                return "redirect:/securities/trades/" + trade.id();
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return amendmentForm(trade, form.withErrors(errors, TRADE_INPUTS), model);
    }

    private String amendmentForm(Trade trade, Form form, Model model) {
        return ReferencePagesController.form(
                model,
                "Amend trade " + trade.tradeRef(),
                "sec-blotter",
                "/securities/trades/" + trade.id(),
                "Trade " + trade.tradeRef(),
                "/securities/trades/" + trade.id() + "/amend",
                form,
                tradeInputs(true),
                "Propose amendment");
    }

    @PostMapping("/securities/trades/{id}/cancel")
    String cancel(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        Trade trade = find(viewer, id);
        return decided(redirect, trade, () -> {
            TradeVersion proposed = securities.trades().proposeCancellation(viewer.actor(), trade.id(), reason);
            return "Cancellation proposed as version " + proposed.version() + "; it waits for a controller.";
        });
    }

    @PostMapping("/securities/trades/{id}/versions/{version}/approve")
    String approve(
            Viewer viewer,
            @PathVariable("id") String id,
            @PathVariable("version") int version,
            RedirectAttributes redirect) {
        Trade trade = find(viewer, id);
        return decided(redirect, trade, () -> {
            Trade now = securities.trades().approve(viewer.actor(), trade.id(), version);
            return "Version " + version + " approved; the trade is " + now.status() + ".";
        });
    }

    @PostMapping("/securities/trades/{id}/versions/{version}/reject")
    String reject(
            Viewer viewer,
            @PathVariable("id") String id,
            @PathVariable("version") int version,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        Trade trade = find(viewer, id);
        return decided(redirect, trade, () -> {
            securities.trades().reject(viewer.actor(), trade.id(), version, reason);
            return "Version " + version + " rejected.";
        });
    }

    /** Runs a maker-checker step; what the book refuses is shown on the trade's page, as it said it. */
    private static String decided(RedirectAttributes redirect, Trade trade, java.util.function.Supplier<String> step) {
        try {
            redirect.addFlashAttribute("notice", step.get());
        } catch (InvalidDocumentException e) {
            redirect.addFlashAttribute("problem", "Refused: " + reasons(e.errors()));
        } catch (SecurityException | IllegalStateException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Refused: " + e.getMessage());
        }
        return "redirect:/securities/trades/" + trade.id();
    }

    private static NewTrade ticket(Form form, List<FieldError> errors) {
        Side side = Inputs.choice(form, "side", Side.class, errors);
        Long quantity = Inputs.whole(form, "quantity", errors);
        BigDecimal price = Inputs.decimal(form, "price", errors);
        LocalDate tradeDate = Inputs.date(form, "tradeDate", errors);
        LocalDate settlementDate = Inputs.date(form, "settlementDate", errors);
        Delivery delivery = Inputs.choice(form, "delivery", Delivery.class, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new NewTrade(
                form.given("tradeRef"),
                side,
                form.upper("isin"),
                quantity,
                price,
                form.upper("currency"),
                tradeDate,
                settlementDate,
                form.upper("depoAccount"),
                form.upper("counterparty"),
                form.upper("market"),
                delivery == null ? Delivery.DVP : delivery);
    }

    private TradeRow row(Trade t) {
        return new TradeRow(
                Long.toString(t.id()),
                t.tradeRef(),
                t.status().name(),
                t.side() == null ? "" : t.side().name(),
                t.isin(),
                t.isin() == null ? Long.toString(t.quantity()) : money.text(t.quantity(), t.isin()),
                t.price() == null ? "" : t.price().toPlainString(),
                t.currency(),
                t.tradeDate() == null ? "" : t.tradeDate().toString(),
                t.settlementDate() == null ? "" : t.settlementDate().toString(),
                t.depoAccount(),
                t.counterparty(),
                t.currency() == null ? "" : money.display(t.settlementAmount(), t.currency()),
                reasons(t.repairReasons()));
    }

    private VersionRow version(TradeVersion v) {
        var zone = securities.settings().zone();
        return new VersionRow(
                v.version(),
                v.action().name(),
                v.state().name(),
                v.madeBy(),
                v.madeAt() == null
                        ? ""
                        : v.madeAt().atZone(zone).toLocalDateTime().withNano(0).toString(),
                v.checkedBy() == null ? "" : v.checkedBy(),
                v.checkedAt() == null
                        ? ""
                        : v.checkedAt()
                                .atZone(zone)
                                .toLocalDateTime()
                                .withNano(0)
                                .toString(),
                v.reason() == null ? "" : v.reason(),
                v.state() == TradeVersion.State.PROPOSED);
    }

    static String reasons(List<FieldError> errors) {
        return String.join(
                "; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
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
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private Trade find(Viewer viewer, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NoSuchElementException("trade " + id + " not found");
        }
        try {
            return securities.trades().visible(viewer.actor(), Long.parseLong(id));
        } catch (InvalidDocumentException e) {
            throw new NoSuchElementException("trade " + id + " not found");
        }
    }

    static boolean capturer(Viewer viewer) {
        return viewer.actor().has(Role.OPERATOR) || viewer.actor().has(Role.ADMINISTRATOR);
    }

    private static void requireCapturer(Viewer viewer) {
        if (!capturer(viewer)) {
            throw new SecurityException(viewer.username() + " may not capture or amend trades: an operator does");
        }
    }
}
