package org.backoffice.server.bank.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.AccountStatus;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.payment.InternalTransferKind;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Role;
import org.backoffice.reporting.AccountStatementPdf;
import org.backoffice.reporting.Period;
import org.backoffice.server.platform.web.StatementView;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's account: its IBAN in groups of four, status, balances and statement with the running balance (the
 * statement of the account page, over the book account that keeps it), the freeze, unfreeze and close actions for
 * the roles that may take them, and the client's statement as a PDF for a period.
 */
@PageController
final class CustomerAccountPagesController {
    private final Banking banking;
    private final Money money;

    CustomerAccountPagesController(Banking banking, Money money) {
        this.banking = banking;
        this.money = money;
    }

    /** What the page offers the viewer, by role and the account's status; the service checks again. */
    public record Actions(boolean freeze, boolean unfreeze, boolean close, boolean pay) {
        public boolean any() {
            return freeze || unfreeze || close;
        }
    }

    public record Header(
            String iban,
            String printed,
            String clientId,
            String clientName,
            String branch,
            String currency,
            String product,
            String bookNumber,
            String status,
            String statusReason,
            String openedOn,
            String closedOn,
            String posted,
            String available) {}

    @GetMapping("/bank/accounts/{iban}")
    String account(Viewer viewer, @PathVariable("iban") String iban, Model model) {
        CustomerAccount account = find(viewer, iban);
        Client client = banking.clients().get(viewer.actor(), account.clientId());
        Balance balance = banking.platform()
                .ledger()
                .balance(AccountId.of(account.ledgerId()))
                .orElseThrow();
        LocalDate today = banking.payments().valueDates().today();
        model.addAttribute(
                "account",
                new Header(
                        account.iban().value(),
                        account.iban().printed(),
                        Long.toString(client.id()),
                        client.name(),
                        account.branch(),
                        account.currency(),
                        account.product(),
                        account.bookNumber(),
                        account.status().name(),
                        account.statusReason(),
                        account.openedOn().toString(),
                        account.closedOn() == null ? null : account.closedOn().toString(),
                        money.display(balance.posted(), account.currency()),
                        money.display(balance.available(), account.currency())));
        model.addAttribute("actions", actions(viewer, account));
        model.addAttribute(
                "statement", StatementView.page(banking.platform(), money, viewer, account.bookNumber(), null));
        model.addAttribute("pdfFrom", ClientStatementPdf.firstOfMonth(today).toString());
        model.addAttribute("pdfTo", today.toString());
        return "bank/customer-account";
    }

    @PostMapping("/bank/accounts/{iban}/{action:freeze|unfreeze|close}")
    String change(
            Viewer viewer,
            @PathVariable("iban") String iban,
            @PathVariable("action") String action,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            RedirectAttributes redirect) {
        CustomerAccount account = find(viewer, iban);
        try {
            CustomerAccount changed = switch (action) {
                case "freeze" ->
                    banking.accounts().freeze(viewer.actor(), account.iban().value(), reason);
                case "unfreeze" ->
                    banking.accounts().unfreeze(viewer.actor(), account.iban().value(), reason);
                default ->
                    banking.accounts().close(viewer.actor(), account.iban().value(), reason);
            };
            redirect.addFlashAttribute(
                    "notice",
                    "Account " + changed.iban().printed() + " is "
                            + changed.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        } catch (InvalidDocumentException e) {
            redirect.addFlashAttribute("problem", e.errors().isEmpty() ? "refused" : e.getMessage());
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/bank/accounts/" + account.iban();
    }

    @GetMapping("/bank/accounts/{iban}/statement.pdf")
    ResponseEntity<byte[]> pdf(
            Viewer viewer,
            @PathVariable("iban") String iban,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        CustomerAccount account = find(viewer, iban);
        Client client = banking.clients().get(viewer.actor(), account.clientId());
        LocalDate today = banking.payments().valueDates().today();
        LocalDate last = date("to", to, today);
        Period period = Period.of(date("from", from, ClientStatementPdf.firstOfMonth(last)), last);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AccountStatementPdf.write(
                    ClientStatementPdf.of(
                            banking, viewer.actor(), account, client, period, money.scale(account.currency())),
                    out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "statement-" + account.iban() + "-" + period.from() + "-" + period.to() + ".pdf";
        return Downloads.of(out.toByteArray(), MediaType.APPLICATION_PDF_VALUE, name);
    }

    private Actions actions(Viewer viewer, CustomerAccount account) {
        var actor = viewer.actor();
        boolean open = account.status() == AccountStatus.OPEN;
        return new Actions(
                open && (actor.has(Role.OPERATOR) || actor.has(Role.CONTROLLER) || actor.has(Role.ACCOUNTANT)),
                account.status() == AccountStatus.FROZEN && actor.has(Role.CONTROLLER),
                open && (actor.has(Role.CONTROLLER) || actor.has(Role.ACCOUNTANT)),
                open && viewer.may(InternalTransferKind.TYPE, Action.CREATE));
    }

    private CustomerAccount find(Viewer viewer, String iban) {
        return banking.accounts()
                .find(viewer.actor(), iban)
                .orElseThrow(() -> new java.util.NoSuchElementException("account " + iban + " not found"));
    }

    private static LocalDate date(String name, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": must be a date as YYYY-MM-DD");
        }
    }
}
