package org.backoffice.server.bank.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.payment.ConversionOrder;
import org.backoffice.banking.payment.CurrencyConversionKind;
import org.backoffice.banking.payment.InternalTransferKind;
import org.backoffice.banking.payment.OutgoingPaymentKind;
import org.backoffice.banking.payment.PaymentOrder;
import org.backoffice.banking.payment.TransferOrder;
import org.backoffice.banking.payment.ValueDates;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Action;
import org.backoffice.server.bank.web.PaymentForms.Kind;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payments: the day's overview with its chart of volumes by hour, and the forms for a transfer between clients, a
 * payment to another bank and a currency conversion. Each form says which value date the cut-off gives now; a
 * conversion shows the day's rate and the bought amount before it is sent. A refused order comes back with each
 * message at its input and nothing saved; a form sent twice makes one document.
 */
@PageController
final class PaymentsPagesController {
    static final List<String> TYPES =
            List.of(InternalTransferKind.TYPE, OutgoingPaymentKind.TYPE, CurrencyConversionKind.TYPE);
    static final int LIST_SIZE = 50;

    private final Banking banking;
    private final Money money;

    PaymentsPagesController(Banking banking, Money money) {
        this.banking = banking;
        this.money = money;
    }

    public record PaymentRow(
            String id, String number, String type, String status, String time, String amount, String currency) {}

    /** The cut-off's verdict now: today's value date until the cut-off, else the next business day's. */
    public record Timing(String today, String earliest, String cutOff, String zone, boolean afterCutOff) {}

    /** A conversion's quote: the rate and the bought amount, or why there is none. */
    public record Quote(String pair, String valueDate, String rate, String bought, String problem) {}

    /** The chart's data: per hour of the day, each payment type's count and amount in one currency. */
    public record Volumes(String date, String currency, List<String> hours, List<PaymentVolumes.Series> series) {}

    @GetMapping("/bank/payments")
    String overview(
            Viewer viewer,
            @RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "currency", required = false) String currency,
            Model model) {
        LocalDate day = day(date);
        String shown = currency(currency);
        List<Document> payments = new ArrayList<>();
        for (String type : TYPES) {
            payments.addAll(PaymentVolumes.ofDay(banking.platform(), viewer.actor(), type, day));
        }
        payments.sort(Comparator.comparing(Document::createdAt).reversed());
        model.addAttribute(
                "rows",
                payments.stream()
                        .limit(LIST_SIZE)
                        .map(d -> new PaymentRow(
                                d.id().toString(),
                                d.number() == null ? "Draft " + d.id() : d.number(),
                                d.type(),
                                d.status().name(),
                                d.createdAt()
                                        .atZone(banking.settings().zone())
                                        .toLocalTime()
                                        .withNano(0)
                                        .toString(),
                                money.display(d.amount(), d.asset()),
                                d.asset()))
                        .toList());
        model.addAttribute("total", payments.size());
        model.addAttribute("date", day.toString());
        model.addAttribute("currency", shown);
        model.addAttribute("currencies", banking.settings().currencies());
        model.addAttribute("mayPay", maker(viewer));
        model.addAttribute("timing", timing());
        return "bank/payments";
    }

    @GetMapping("/bank/payments/volumes.json")
    @ResponseBody
    Volumes volumes(
            Viewer viewer,
            @RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "currency", required = false) String currency) {
        LocalDate day = day(date);
        String shown = currency(currency);
        List<String> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(String.format("%02d:00", hour));
        }
        List<PaymentVolumes.Series> series = new ArrayList<>();
        for (String type : List.of(InternalTransferKind.TYPE, OutgoingPaymentKind.TYPE)) {
            series.add(PaymentVolumes.series(
                    banking.platform(),
                    money,
                    viewer.actor(),
                    type,
                    day,
                    shown,
                    banking.settings().zone()));
        }
        return new Volumes(day.toString(), shown, hours, series);
    }

    @GetMapping("/bank/payments/{form:transfer|outgoing|conversion}")
    String blank(
            Viewer viewer,
            @PathVariable("form") String path,
            @RequestParam(name = "from", required = false) String from,
            Model model) {
        Kind kind = kind(path);
        requireMaker(viewer, kind);
        Map<String, String> values =
                new HashMap<>(PaymentForms.blank(UUID.randomUUID().toString()));
        Optional<CustomerAccount> debited =
                from == null ? Optional.empty() : banking.accounts().find(viewer.actor(), from);
        debited.ifPresent(account -> {
            values.put(
                    kind == Kind.CONVERSION ? "debitIban" : "debtorIban",
                    account.iban().value());
            values.put("currency", account.currency());
        });
        return form(kind, Form.of(values), null, model);
    }

    @PostMapping("/bank/payments/{form:transfer|outgoing|conversion}")
    String submit(
            Viewer viewer,
            @PathVariable("form") String path,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Kind kind = kind(path);
        requireMaker(viewer, kind);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        IdempotencyKey key = form.given("formKey") == null
                ? null
                : new IdempotencyKey(
                        viewer.username(), "web-form:" + form.given("formKey"), PaymentForms.digest(kind, form));
        try {
            DocumentResult result = send(viewer, kind, form, key, errors);
            if (result != null) {
                redirect.addFlashAttribute("notice", done(result.document()));
                return "redirect:/documents/" + result.document().id();
            }
        } catch (InvalidDocumentException e) {
            errors.addAll(e.errors());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.parse(e.getMessage()));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(kind, form.withErrors(errors, kind.inputs), null, model);
    }

    /** The quote a conversion form shows as its inputs change, before it is sent. */
    @GetMapping("/bank/payments/conversion/quote")
    String quote(
            Viewer viewer,
            @RequestParam(name = "debitIban", defaultValue = "") String debitIban,
            @RequestParam(name = "creditIban", defaultValue = "") String creditIban,
            @RequestParam(name = "sellAmount", defaultValue = "") String sellAmount,
            @RequestParam(name = "valueDate", defaultValue = "") String valueDate,
            Model model) {
        model.addAttribute("quote", quote(viewer, debitIban, creditIban, sellAmount, valueDate));
        return "bank/payment-form :: quote";
    }

    private DocumentResult send(Viewer viewer, Kind kind, Form form, IdempotencyKey key, List<FieldError> errors) {
        String amountField = kind == Kind.CONVERSION ? "sellAmount" : "amount";
        BigDecimal amount = Inputs.amount(form, amountField, errors);
        LocalDate valueDate = Inputs.date(form, "valueDate", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return switch (kind) {
            case TRANSFER ->
                banking.payments()
                        .transfer(
                                viewer.actor(),
                                new TransferOrder(
                                        form.given("debtorIban"),
                                        form.given("creditorIban"),
                                        form.given("currency"),
                                        amount,
                                        valueDate,
                                        form.given("reference")),
                                true,
                                key);
            case OUTGOING ->
                banking.payments()
                        .pay(
                                viewer.actor(),
                                new PaymentOrder(
                                        form.given("debtorIban"),
                                        form.given("creditorName"),
                                        form.given("creditorIban"),
                                        form.given("creditorBic"),
                                        form.given("currency"),
                                        amount,
                                        valueDate,
                                        form.given("endToEndId"),
                                        form.given("remittance")),
                                true,
                                key);
            case CONVERSION ->
                banking.payments()
                        .convert(
                                viewer.actor(),
                                new ConversionOrder(
                                        form.given("debitIban"),
                                        form.given("creditIban"),
                                        amount,
                                        valueDate,
                                        form.given("reference")),
                                true,
                                key);
        };
    }

    private Quote quote(Viewer viewer, String debitIban, String creditIban, String sellAmount, String valueDate) {
        Optional<CustomerAccount> debit = banking.accounts().find(viewer.actor(), debitIban);
        Optional<CustomerAccount> credit = banking.accounts().find(viewer.actor(), creditIban);
        if (debit.isEmpty() || credit.isEmpty()) {
            return new Quote(null, null, null, null, "Enter both accounts of the client to see the rate.");
        }
        String sell = debit.get().currency();
        String buy = credit.get().currency();
        if (sell.equals(buy)) {
            return new Quote(null, null, null, null, "Both accounts are in " + sell + ": nothing to convert.");
        }
        LocalDate date;
        try {
            date = banking.payments()
                    .valueDates()
                    .valueDate(valueDate.isBlank() ? null : LocalDate.parse(valueDate.strip()));
        } catch (DateTimeParseException | InvalidDocumentException e) {
            return new Quote(sell + "/" + buy, null, null, null, "Enter a value date from today on.");
        }
        Optional<BigDecimal> rate = banking.rates().rate(date, sell, buy);
        if (rate.isEmpty()) {
            return new Quote(
                    sell + "/" + buy,
                    date.toString(),
                    null,
                    null,
                    "The rate table has no " + sell + "/" + buy + " rate for " + date + ".");
        }
        String bought = null;
        try {
            Amount sold = Amount.parse("sellAmount", sellAmount.replace(",", ""), money.asset(sell));
            if (sold.signum() > 0) {
                long units =
                        CurrencyConversionKind.bought(sold.units(), money.asset(sell), rate.get(), money.asset(buy));
                bought = money.display(units, buy) + " " + buy;
            }
        } catch (IllegalArgumentException e) {
            // No quote until the amount reads as one of the sold currency.
        }
        return new Quote(
                sell + "/" + buy,
                date.toString(),
                rate.get().stripTrailingZeros().toPlainString(),
                bought,
                bought == null ? "Enter the amount to sell to see what it buys." : null);
    }

    private String form(Kind kind, Form form, Quote quote, Model model) {
        model.addAttribute("kind", kind.path);
        model.addAttribute("title", kind.title);
        model.addAttribute("form", form);
        model.addAttribute("timing", timing());
        model.addAttribute("currencies", banking.settings().currencies());
        model.addAttribute("quote", quote);
        return "bank/payment-form";
    }

    private Timing timing() {
        ValueDates dates = banking.payments().valueDates();
        LocalDate today = dates.today();
        LocalDate earliest = dates.earliest();
        return new Timing(
                today.toString(),
                earliest.toString(),
                banking.settings().cutOff().toString(),
                banking.settings().zone().getId(),
                earliest.isAfter(today));
    }

    private static String done(Document document) {
        String valueDate = switch (document.body()) {
            case org.backoffice.banking.payment.InternalTransfer t ->
                t.valueDate().toString();
            case org.backoffice.banking.payment.OutgoingPayment p ->
                p.valueDate().toString();
            case org.backoffice.banking.payment.CurrencyConversion c ->
                c.valueDate().toString();
            default -> document.date().toString();
        };
        String head = "Submitted as " + document.number() + " with value date " + valueDate;
        return document.status() == DocumentStatus.POSTED ? head + " and posted." : head + ": it waits for approval.";
    }

    private LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return banking.payments().valueDates().today();
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: must be a date as YYYY-MM-DD");
        }
    }

    private String currency(String currency) {
        if (currency == null || currency.isBlank()) {
            return banking.settings().currencies().getFirst();
        }
        if (!banking.settings().currencies().contains(currency)) {
            throw new IllegalArgumentException(
                    "currency: must be one of " + banking.settings().currencies() + ", was '" + currency + "'");
        }
        return currency;
    }

    private static Kind kind(String path) {
        for (Kind kind : Kind.values()) {
            if (kind.path.equals(path)) {
                return kind;
            }
        }
        throw new java.util.NoSuchElementException("no such payment form: " + path);
    }

    static boolean maker(Viewer viewer) {
        return TYPES.stream().anyMatch(type -> viewer.may(type, Action.CREATE));
    }

    private static void requireMaker(Viewer viewer, Kind kind) {
        String type = switch (kind) {
            case TRANSFER -> InternalTransferKind.TYPE;
            case OUTGOING -> OutgoingPaymentKind.TYPE;
            case CONVERSION -> CurrencyConversionKind.TYPE;
        };
        if (!viewer.may(type, Action.CREATE)) {
            throw new SecurityException(viewer.username() + " may not enter payments");
        }
    }
}
