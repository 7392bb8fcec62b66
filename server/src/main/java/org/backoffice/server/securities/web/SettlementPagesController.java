package org.backoffice.server.securities.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Permissions;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.reporting.ReportTable;
import org.backoffice.reporting.ReportTable.Column;
import org.backoffice.securities.Securities;
import org.backoffice.securities.settlement.Format;
import org.backoffice.securities.settlement.ImportedMessage;
import org.backoffice.securities.settlement.InstructOutcome;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionCancellationKind;
import org.backoffice.securities.settlement.InstructionFilter;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.trade.DropCopySummary;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeQuery;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.server.securities.InstructionMessages;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Settlement: the instructions (filters, paging, export), an instruction's page with its state, amounts, status events
 * and messages, its cancellation (an operator asks, a controller other than the maker approves); instructing a trade
 * or every NEW trade; the depository's SWIFT/ISO messages and a FIX drop-copy log uploaded, each message's fate shown.
 */
@PageController
final class SettlementPagesController {
    static final int PAGE_SIZE = 50;
    /** A bulk instruction takes at most this many NEW trades at a time; press again for the rest. */
    static final int BULK_LIMIT = 1000;

    private final Securities securities;
    private final Money money;

    SettlementPagesController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    /** An instruction as a list line. */
    public record InstructionRow(
            String id,
            String reference,
            String status,
            String direction,
            String isin,
            long quantity,
            long settledQuantity,
            String amount,
            String settledAmount,
            String settlementDate,
            String depoAccount,
            String place,
            String tradeId,
            boolean cancelRequested) {}

    @GetMapping("/securities/settlement")
    String list(
            Viewer viewer,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "settlementDate", required = false) String date,
            @RequestParam(name = "depoAccount", required = false) String depo,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        InstructionFilter filter =
                filter(status, isin, branch, date, Math.max(page, 0), PAGE_SIZE).withDepoAccount(blank(depo));
        Page<Instruction> found = securities.settlement().list(viewer.actor(), filter);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", filter.status() == null ? "" : filter.status().name());
        filters.put("isin", filter.isin() == null ? "" : filter.isin());
        filters.put("branch", filter.branch() == null ? "" : filter.branch());
        filters.put("depoAccount", filter.depoAccount() == null ? "" : filter.depoAccount());
        filters.put(
                "settlementDate",
                filter.settlementDate() == null ? "" : filter.settlementDate().toString());
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/securities/settlement");
        filters.forEach((k, v) -> {
            if (!v.isEmpty()) {
                address.queryParam(k, v);
            }
        });
        String query = address.cloneBuilder().build().getQuery();
        model.addAttribute("rows", found.items().stream().map(this::row).toList());
        model.addAttribute("pager", Pager.of(found, address));
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", Inputs.names(InstructionStatus.values()));
        model.addAttribute("exportQuery", query == null ? "" : "&" + query);
        model.addAttribute("mayUpload", SecuritiesRoles.capturer(viewer));
        return "securities/settlement";
    }

    @GetMapping("/securities/settlement/export")
    ResponseEntity<byte[]> export(
            Viewer viewer,
            @RequestParam(name = "format") String format,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "isin", required = false) String isin,
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "settlementDate", required = false) String date,
            @RequestParam(name = "depoAccount", required = false) String depo) {
        ReportFormat type = ReportFormat.parse("format", format);
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        while (rows.size() < Downloads.LIMIT) {
            Page<Instruction> found = securities
                    .settlement()
                    .list(
                            viewer.actor(),
                            filter(status, isin, branch, date, page++, 1000).withDepoAccount(blank(depo)));
            for (Instruction in : found.items()) {
                rows.add(Arrays.asList(
                        in.reference(),
                        in.status().name(),
                        in.direction().name(),
                        in.dvp() ? "DVP" : "FOP",
                        in.isin(),
                        in.quantity(),
                        in.settledQuantity(),
                        money.amount(in.settlementAmount(), in.currency()),
                        money.amount(in.settledAmount(), in.currency()),
                        in.currency(),
                        in.tradeDate(),
                        in.settlementDate(),
                        in.depoAccount(),
                        in.place(),
                        in.counterpartyBic(),
                        in.branch(),
                        Long.toString(in.id())));
            }
            if (found.items().size() < 1000) {
                break;
            }
        }
        ReportTable table = new ReportTable(
                "Settlement instructions",
                List.of(),
                List.of(
                        Column.text("Reference"),
                        Column.text("Status"),
                        Column.text("Direction"),
                        Column.text("Delivery"),
                        Column.text("ISIN"),
                        Column.amount("Quantity"),
                        Column.amount("Settled quantity"),
                        Column.amount("Amount"),
                        Column.amount("Settled amount"),
                        Column.text("Currency"),
                        Column.text("Trade date"),
                        Column.text("Settlement date"),
                        Column.text("Depo account"),
                        Column.text("Place"),
                        Column.text("Counterparty BIC"),
                        Column.text("Branch"),
                        Column.text("Id")),
                rows,
                List.of());
        return Downloads.of(table, type, "instructions");
    }

    @GetMapping("/securities/settlement/{id}")
    String instruction(Viewer viewer, @PathVariable("id") String id, Model model) {
        Instruction in = find(viewer, id);
        String ccy = in.currency();
        model.addAttribute("in", in);
        model.addAttribute("row", row(in));
        model.addAttribute(
                "amounts",
                List.of(
                        List.of("Quantity", Long.toString(in.quantity()), Long.toString(in.settledQuantity())),
                        List.of(
                                "Settlement amount (" + ccy + ")",
                                money.display(in.settlementAmount(), ccy),
                                money.display(in.settledAmount(), ccy)),
                        List.of(
                                "Fees (" + ccy + ")",
                                money.display(in.fees(), ccy),
                                money.display(in.settledFees(), ccy))));
        model.addAttribute("events", securities.settlement().events(viewer.actor(), in.id()));
        model.addAttribute("mt", InstructionMessages.text(securities, in, Format.MT));
        model.addAttribute("mx", InstructionMessages.text(securities, in, Format.MX));
        // The cancellation is the platform's InstructionCancellation document: its grants decide.
        Permissions permissions = securities.platform().profile().permissions();
        model.addAttribute(
                "mayCancel",
                in.status().cancellable()
                        && in.cancelRequestedBy() == null
                        && SecuritiesRoles.capturer(viewer)
                        && permissions.allows(viewer.actor(), InstructionCancellationKind.TYPE, Action.CREATE));
        model.addAttribute(
                "mayApprove",
                in.status().cancellable()
                        && in.cancelRequestedBy() != null
                        && permissions.allows(viewer.actor(), InstructionCancellationKind.TYPE, Action.APPROVE));
        return "securities/instruction";
    }

    @GetMapping("/securities/settlement/{id}/message")
    ResponseEntity<byte[]> message(
            Viewer viewer, @PathVariable("id") String id, @RequestParam(name = "format") String format) {
        Instruction in = find(viewer, id);
        Format kind;
        try {
            kind = Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format: must be one of " + List.of(Format.values()));
        }
        String text = InstructionMessages.text(securities, in, kind);
        return Downloads.of(
                text.getBytes(StandardCharsets.UTF_8),
                kind == Format.MT ? "text/plain;charset=UTF-8" : "application/xml",
                in.reference() + (kind == Format.MT ? ".fin" : ".xml"));
    }

    @PostMapping("/securities/settlement/{id}/cancel")
    String cancel(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        Instruction in = find(viewer, id);
        return Steps.run(redirect, "/securities/settlement/" + in.id(), () -> {
            securities.settlement().cancel(viewer.actor(), in.id(), reason);
            return "Cancellation of " + in.reference() + " requested; it waits for a controller.";
        });
    }

    @PostMapping("/securities/settlement/{id}/approve-cancel")
    String approveCancel(Viewer viewer, @PathVariable("id") String id, RedirectAttributes redirect) {
        Instruction in = find(viewer, id);
        return Steps.run(redirect, "/securities/settlement/" + in.id(), () -> {
            Instruction now = securities.settlement().approveCancel(viewer.actor(), in.id());
            return "Cancellation approved; the instruction is " + now.status() + ".";
        });
    }

    @PostMapping("/securities/settlement/messages")
    String upload(
            Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        return Steps.run(redirect, "/securities/settlement", () -> {
            List<ImportedMessage> outcomes;
            try {
                outcomes = securities
                        .settlement()
                        .importMessages(viewer.actor(), Steps.text(file, "a file of SWIFT MT or ISO 20022 messages"));
            } catch (IOException e) {
                throw new IllegalArgumentException("file: could not be read");
            }
            redirect.addFlashAttribute(
                    "messageOutcomes",
                    outcomes.stream().map(SettlementPagesController::outcome).toList());
            long applied = outcomes.stream().filter(ImportedMessage::applied).count();
            return "Read " + outcomes.size() + " message(s): " + applied + " applied, " + (outcomes.size() - applied)
                    + " refused.";
        });
    }

    /** One message of an upload as the page lists it. */
    static String outcome(ImportedMessage m) {
        return "message " + m.index() + " " + m.kind() + (m.reference() == null ? "" : " " + m.reference()) + ": "
                + (m.applied() ? "applied" : m.error());
    }

    @PostMapping("/securities/trades/{id}/instruct")
    String instruct(Viewer viewer, @PathVariable("id") String id, RedirectAttributes redirect) {
        long tradeId = Steps.id(id, "trade");
        Trade trade = visibleTrade(viewer, tradeId);
        return Steps.run(redirect, "/securities/trades/" + trade.id(), () -> {
            InstructOutcome outcome = securities.settlement().instruct(viewer.actor(), trade.id());
            if (!outcome.instructed()) {
                throw new InvalidDocumentException(outcome.errors());
            }
            return "Instruction " + outcome.instruction().reference() + " sent.";
        });
    }

    @PostMapping("/securities/trades/instruct-new")
    String instructNew(Viewer viewer, RedirectAttributes redirect) {
        return Steps.run(redirect, "/securities/trades", () -> {
            List<Long> ids = new ArrayList<>();
            int page = 0;
            while (ids.size() < BULK_LIMIT) {
                Page<Trade> trades = securities
                        .trades()
                        .list(
                                viewer.actor(),
                                new TradeQuery(null, TradeStatus.NEW, null, null, null, page++, TradeQuery.MAX_SIZE));
                trades.items().stream().limit(BULK_LIMIT - ids.size()).forEach(t -> ids.add(t.id()));
                if (trades.items().size() < TradeQuery.MAX_SIZE) {
                    break;
                }
            }
            if (ids.isEmpty()) {
                return "No NEW trade to instruct.";
            }
            List<InstructOutcome> outcomes = securities.settlement().instructAll(viewer.actor(), ids);
            long instructed =
                    outcomes.stream().filter(InstructOutcome::instructed).count();
            redirect.addFlashAttribute(
                    "importErrors",
                    outcomes.stream()
                            .filter(o -> !o.instructed())
                            .map(o -> "trade " + o.tradeId() + ": " + Steps.reasons(o.errors()))
                            .toList());
            return "Instructed " + instructed + " of " + outcomes.size() + " NEW trade(s); "
                    + (outcomes.size() - instructed) + " went back to repair.";
        });
    }

    @PostMapping("/securities/trades/fix-log")
    String fixLog(
            Viewer viewer,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        return Steps.run(redirect, "/securities/trades", () -> {
            if (!SecuritiesRoles.capturer(viewer)) {
                throw new SecurityException(viewer.username() + " may not capture trades: an operator does");
            }
            if (file == null || file.isEmpty()) {
                throw new IllegalArgumentException("file: choose a FIX log");
            }
            Path log = null;
            try {
                log = Files.createTempFile("fix-drop-copy", ".log");
                file.transferTo(log);
                DropCopySummary summary = securities.dropCopy().captureLog(viewer.actor(), log, 1000, batch -> {});
                redirect.addFlashAttribute("importErrors", summary.problems());
                return summary(summary);
            } catch (IOException e) {
                throw new IllegalArgumentException("file: could not be read");
            } finally {
                if (log != null) {
                    try {
                        Files.deleteIfExists(log);
                    } catch (IOException ignored) {
                        // a temporary file left behind is the system's to clean
                    }
                }
            }
        });
    }

    /** A drop copy's counts in one sentence, the same words as the command line prints. */
    public static String summary(DropCopySummary s) {
        return "FIX log: " + s.lines() + " lines, " + s.fills() + " fills: captured " + s.captured() + ", repair "
                + s.repair() + ", duplicate " + s.duplicates() + ", refused " + s.refused() + ", corrections "
                + s.corrections() + ", skipped " + s.skipped() + ", unreadable " + s.unreadable() + ".";
    }

    private InstructionRow row(Instruction in) {
        return new InstructionRow(
                Long.toString(in.id()),
                in.reference(),
                in.status().name(),
                in.direction().name() + (in.dvp() ? " DVP" : " FOP"),
                in.isin(),
                in.quantity(),
                in.settledQuantity(),
                money.display(in.settlementAmount(), in.currency()) + " " + in.currency(),
                money.display(in.settledAmount(), in.currency()) + " " + in.currency(),
                in.settlementDate().toString(),
                in.depoAccount(),
                in.place(),
                Long.toString(in.tradeId()),
                in.cancelRequestedBy() != null);
    }

    static InstructionFilter filter(String status, String isin, String branch, String date, int page, int size) {
        InstructionStatus state = null;
        if (status != null && !status.isBlank()) {
            try {
                state = InstructionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status: must be one of " + List.of(InstructionStatus.values()));
            }
        }
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("settlementDate: must be a date as YYYY-MM-DD");
            }
        }
        return new InstructionFilter(state, blank(isin), blank(branch), day, page, size);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private Instruction find(Viewer viewer, String id) {
        long key = Steps.id(id, "instruction");
        try {
            return securities.settlement().visible(viewer.actor(), key);
        } catch (InvalidDocumentException | NoSuchElementException e) {
            throw new NoSuchElementException("instruction " + id + " not found");
        }
    }

    private Trade visibleTrade(Viewer viewer, long id) {
        try {
            return securities.trades().visible(viewer.actor(), id);
        } catch (InvalidDocumentException e) {
            throw new NoSuchElementException("trade " + id + " not found");
        }
    }
}
