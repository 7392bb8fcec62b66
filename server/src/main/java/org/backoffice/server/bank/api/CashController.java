package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.backoffice.banking.Banking;
import org.backoffice.banking.cash.CashBook;
import org.backoffice.banking.cash.CashBookSection;
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
import org.backoffice.banking.cash.ShiftSummary;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.server.bank.CashBookTable;
import org.backoffice.server.bank.Decimals;
import org.backoffice.server.platform.api.DocumentJson;
import org.backoffice.server.platform.api.DocumentViews;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Params;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Cash desk",
        description = "Cash desks, cashiers' shifts (a float from the vault at the open, a count by denomination at"
                + " the close), cash receipt and disbursement orders, cash collection between desk, vault and head"
                + " office, and the cash book per desk and day. Amounts are decimal text; denominations are the"
                + " face value in minor units (a 20-dollar note is 2000), as GET /api/cash/denominations lists them.")
@RestController
@RequestMapping("/api/cash")
class CashController {
    private final CashDesk cash;
    private final DocumentViews views;

    CashController(Banking banking, DocumentViews views) {
        this.cash = banking.cash();
        this.views = views;
    }

    @Schema(name = "CashDeskRequest")
    record DeskRequest(
            @Schema(example = "B1") String branch,
            @Schema(example = "D01") String code,
            @Schema(example = "Counter one") String name) {}

    @Schema(name = "CashDesk")
    record DeskJson(String branch, String code, String name, Map<String, String> cash) {}

    @Schema(name = "CashAmount")
    record AmountJson(
            @Schema(example = "USD") String currency,
            @Schema(example = "2000.00") String amount) {}

    @Schema(name = "ShiftOpenRequest")
    record OpenRequest(String branch, String desk, List<AmountJson> floats) {}

    @Schema(name = "CashCount")
    record CountJson(
            @Schema(example = "USD") String currency,

            @Schema(description = "Face value in minor units", example = "2000")
            long denomination,

            @Schema(description = "Notes or coins counted, zero or more", example = "15")
            long pieces) {}

    @Schema(name = "ShiftCloseRequest")
    record CloseRequest(
            List<CountJson> counts,
            @Schema(description = "Cash back to the vault") boolean returnToVault) {}

    @Schema(name = "Shift")
    record ShiftJson(
            String id,
            String branch,
            String desk,
            String cashier,
            String status,
            LocalDate openedOn,
            String openDocument,
            String closeDocument,
            LocalDate closedOn) {}

    @Schema(name = "CloseLine")
    record CloseLineJson(String currency, String book, String counted, String difference, String returned) {}

    @Schema(name = "ShiftClosed")
    record ClosedJson(ShiftJson shift, List<CloseLineJson> lines, DocumentJson document) {}

    @Schema(name = "CashReceiptRequest")
    record ReceiptRequest(
            String branch,
            String desk,
            String currency,
            @Schema(example = "500.00") String amount,
            String creditIban,

            @Schema(description = "Instead of creditIban: an income account of the branch", example = "B1-4020-USD")
            String incomeAccount,

            String payer,
            String idDocument,
            String purpose) {
        ReceiptOrder order() {
            return new ReceiptOrder(
                    desk,
                    currency,
                    Decimals.required("amount", amount),
                    creditIban,
                    incomeAccount,
                    payer,
                    idDocument,
                    purpose);
        }
    }

    @Schema(name = "CashDisbursementRequest")
    record DisbursementRequest(
            String branch,
            String desk,
            String currency,
            @Schema(example = "300.00") String amount,
            String debitIban,
            String payee,

            @Schema(description = "The payee's identity document number; required")
            String idDocument,

            String purpose) {
        DisbursementOrder order() {
            return new DisbursementOrder(
                    desk, currency, Decimals.required("amount", amount), debitIban, payee, idDocument, purpose);
        }
    }

    @Schema(name = "CashTransferRequest")
    record TransferRequest(String branch, CashRoute route, String desk, String currency, String amount) {
        CollectionOrder order() {
            return new CollectionOrder(route, desk, currency, Decimals.required("amount", amount));
        }
    }

    @Schema(name = "CashBookLine")
    record LineJson(
            String bookedAt,
            String number,
            String type,
            String counterparty,
            String received,
            String paidOut,
            String balance) {}

    @Schema(name = "CashBookSection")
    record SectionJson(
            String currency,
            String account,
            String opening,
            List<LineJson> lines,
            String received,
            String paidOut,
            String closing,
            boolean ties) {}

    @Schema(name = "CashBookShift")
    record ShiftCountJson(ShiftJson shift, String closeNumber, List<CountJson> counts, List<CloseLineJson> lines) {}

    @Schema(name = "CashBook")
    record BookJson(
            String branch, String desk, LocalDate date, List<SectionJson> sections, List<ShiftCountJson> shifts) {}

    @Operation(summary = "The notes and coins counted per currency, face values in minor units")
    @GetMapping("/denominations")
    Map<String, List<Denomination>> denominations() {
        Map<String, List<Denomination>> table = new LinkedHashMap<>();
        for (String currency : List.of("USD", "EUR", "GBP")) {
            table.put(currency, Denominations.of(currency));
        }
        return table;
    }

    @Operation(summary = "The desks of the user's branches, or of one, with their cash per currency")
    @GetMapping("/desks")
    List<DeskJson> desks(
            @RequestParam(name = "branch", required = false) String branch, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        return cash.desks(actor, branch).stream().map(d -> desk(actor, d)).toList();
    }

    @Operation(
            summary = "Sets up a desk with a cash account per currency (administrator or accountant)",
            description = "The accounts are numbered BRANCH-1010-CURRENCY-CODE, e.g. B1-1010-USD-D01.")
    @PostMapping("/desks")
    ResponseEntity<DeskJson> setUp(@RequestBody DeskRequest request, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        Desk desk = cash.setUp(actor, request.branch(), request.code(), request.name());
        return ResponseEntity.created(URI.create("/api/cash/desks?branch=" + desk.branch()))
                .body(desk(actor, desk));
    }

    @Operation(
            summary = "Opens the signed-in cashier's shift at a desk",
            description = "With a float, a ShiftOpen document moves it from the branch vault to the desk; without one"
                    + " the shift opens on the cash the desk holds. One shift per desk and per cashier; only operators"
                    + " open shifts.")
    @PostMapping("/shifts")
    ResponseEntity<ShiftJson> open(@RequestBody OpenRequest request, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        List<FloatLine> floats = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<AmountJson> given = request.floats() == null ? List.of() : request.floats();
        for (int i = 0; i < given.size(); i++) {
            AmountJson line = given.get(i);
            floats.add(
                    new FloatLine(line.currency(), Decimals.parse("floats[" + i + "].amount", line.amount(), errors)));
        }
        failOn(errors);
        Shift shift = cash.openShift(actor, request.branch(), request.desk(), floats);
        return ResponseEntity.created(URI.create("/api/cash/shifts/" + shift.id()))
                .body(shift(shift));
    }

    @Operation(summary = "A shift")
    @GetMapping("/shifts/{id}")
    ShiftJson shift(@PathVariable("id") long id, Authentication authentication) {
        return shift(cash.shift(CurrentActor.of(authentication), id)
                .orElseThrow(() -> new NoSuchElementException("shift " + id + " not found")));
    }

    @Operation(
            summary = "Closes the cashier's own shift with the count by denomination",
            description = "The count is compared with the desk's book balance per currency; a shortage posts Dr 5040"
                    + " / Cr desk, a surplus Dr desk / Cr 4030, then the cash goes back to the vault if asked. A"
                    + " difference of 50.00 or more waits for a controller (the shift is CLOSING until then). With nothing to post the"
                    + " shift closes without a document.")
    @PostMapping("/shifts/{id}/close")
    ClosedJson close(@PathVariable("id") long id, @RequestBody CloseRequest request, Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        List<PieceCount> counts = request.counts() == null
                ? List.of()
                : request.counts().stream()
                        .map(c -> new PieceCount(c.currency(), c.denomination(), c.pieces()))
                        .toList();
        ShiftClosed closed = cash.closeShift(actor, id, counts, request.returnToVault());
        List<CloseLine> lines = closed.document() == null
                ? cash
                        .cashBook(
                                actor,
                                closed.shift().branch(),
                                closed.shift().desk(),
                                closed.shift().closedOn())
                        .shifts()
                        .stream()
                        .filter(s -> s.shift().id() == id)
                        .flatMap(s -> s.lines().stream())
                        .toList()
                : closed.document()
                        .body(org.backoffice.banking.cash.ShiftClosing.class)
                        .lines();
        return new ClosedJson(
                shift(closed.shift()),
                lines.stream().map(this::line).toList(),
                closed.document() == null ? null : views.json(closed.document()));
    }

    @Operation(
            summary = "Cash paid in: Dr the desk, Cr a client's account of the branch or an income account",
            description = "Needs the cashier's open shift at the desk; from the payment threshold up it waits for a"
                    + " controller (SUBMITTED).")
    @PostMapping("/receipts")
    ResponseEntity<DocumentJson> receive(@RequestBody ReceiptRequest request, Authentication authentication) {
        return views.created(cash.receive(CurrentActor.of(authentication), request.branch(), request.order(), null)
                .document());
    }

    @Operation(
            summary = "Cash paid out: Dr a client's account of the branch, Cr the desk",
            description = "The payee's identity document number is required; a shortfall on the account names"
                    + " debitIban, at the desk names desk.")
    @PostMapping("/disbursements")
    ResponseEntity<DocumentJson> disburse(@RequestBody DisbursementRequest request, Authentication authentication) {
        return views.created(cash.disburse(CurrentActor.of(authentication), request.branch(), request.order(), null)
                .document());
    }

    @Operation(
            summary = "Cash collection: between a desk and the vault, or between the vault and head office's",
            description = "Between vaults the cash passes through both branches' interbranch accounts (1910).")
    @PostMapping("/transfers")
    ResponseEntity<DocumentJson> transfer(@RequestBody TransferRequest request, Authentication authentication) {
        return views.created(cash.collect(CurrentActor.of(authentication), request.branch(), request.order(), null)
                .document());
    }

    @Operation(
            summary = "The cash book of a desk for a day",
            description = "JSON by default; format=csv|xlsx|pdf downloads it as a file.")
    @GetMapping("/cash-book")
    ResponseEntity<?> cashBook(
            @RequestParam("branch") String branch,
            @RequestParam("desk") String desk,
            @RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "format", required = false) String format,
            Authentication authentication) {
        Actor actor = CurrentActor.of(authentication);
        LocalDate day = date == null || date.isBlank() ? null : Params.date("date", date);
        CashBook book = cash.cashBook(actor, branch, desk, day == null ? cash.today() : day);
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok(json(book));
        }
        ReportFormat type = ReportFormat.parse("format", format);
        return Downloads.of(
                CashBookTable.of(book, views::scale), type, "cash-book-" + branch + "-" + desk + "-" + book.date());
    }

    private DeskJson desk(Actor actor, Desk desk) {
        Map<String, String> balances = new LinkedHashMap<>();
        cash.cash(actor, desk.branch(), desk.code())
                .forEach((currency, units) -> balances.put(currency, Amount.plain(units, views.scale(currency))));
        return new DeskJson(desk.branch(), desk.code(), desk.name(), balances);
    }

    static ShiftJson shift(Shift s) {
        return new ShiftJson(
                Long.toString(s.id()),
                s.branch(),
                s.desk(),
                s.cashier(),
                s.status().name(),
                s.openedOn(),
                s.openDocument() == null ? null : s.openDocument().toString(),
                s.closeDocument() == null ? null : s.closeDocument().toString(),
                s.closedOn());
    }

    private CloseLineJson line(CloseLine l) {
        int scale = views.scale(l.currency());
        return new CloseLineJson(
                l.currency(),
                Amount.plain(l.book(), scale),
                Amount.plain(l.counted(), scale),
                Amount.plain(l.difference(), scale),
                Amount.plain(l.returned(), scale));
    }

    private BookJson json(CashBook book) {
        List<SectionJson> sections = new ArrayList<>();
        for (CashBookSection s : book.sections()) {
            int scale = s.scale();
            sections.add(new SectionJson(
                    s.currency(),
                    s.account(),
                    Amount.plain(s.opening(), scale),
                    s.lines().stream()
                            .map(l -> new LineJson(
                                    l.bookedAt().toString(),
                                    l.number(),
                                    l.type(),
                                    l.counterparty(),
                                    Amount.plain(l.received(), scale),
                                    Amount.plain(l.paidOut(), scale),
                                    Amount.plain(l.balance(), scale)))
                            .toList(),
                    Amount.plain(s.received(), scale),
                    Amount.plain(s.paidOut(), scale),
                    Amount.plain(s.closing(), scale),
                    s.ties()));
        }
        List<ShiftCountJson> shifts = new ArrayList<>();
        for (ShiftSummary s : book.shifts()) {
            shifts.add(new ShiftCountJson(
                    shift(s.shift()),
                    s.closeNumber(),
                    s.counts().stream()
                            .map(c -> new CountJson(c.currency(), c.denomination(), c.pieces()))
                            .toList(),
                    s.lines().stream().map(this::line).toList()));
        }
        return new BookJson(book.branch(), book.desk(), book.date(), sections, shifts);
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
    }
}
