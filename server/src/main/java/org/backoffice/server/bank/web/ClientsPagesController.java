package org.backoffice.server.bank.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.account.Product;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Role;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Clients: the list with a name search, taking a person or a company on, the client's page with their accounts and
 * balances, and opening an account for them. A refused form comes back with the input and each message at its input;
 * nothing is saved.
 */
@PageController
final class ClientsPagesController {
    static final int PAGE_SIZE = 25;
    private static final Set<String> CLIENT_INPUTS = Set.of(
            "kind",
            "branch",
            "givenNames",
            "familyName",
            "birthDate",
            "companyName",
            "idDocument",
            "taxId",
            "lei",
            "address",
            "country",
            "email",
            "phone");
    private static final Set<String> ACCOUNT_INPUTS = Set.of("currency", "product");

    private final Banking banking;
    private final Money money;

    ClientsPagesController(Banking banking, Money money) {
        this.banking = banking;
        this.money = money;
    }

    public record ClientRow(String id, String name, String kind, String branch, String country, String createdOn) {}

    public record AccountRow(
            String iban, String printed, String currency, String product, String status, String balance) {}

    @GetMapping("/bank/clients")
    String clients(
            Viewer viewer,
            @RequestParam(name = "q", required = false) String search,
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        Page<Client> clients = banking.clients().list(viewer.actor(), branch, search, Math.max(page, 0), PAGE_SIZE);
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/bank/clients");
        if (search != null && !search.isBlank()) {
            address.queryParam("q", search);
        }
        if (branch != null && !branch.isBlank()) {
            address.queryParam("branch", branch);
        }
        model.addAttribute(
                "rows",
                clients.items().stream()
                        .map(c -> new ClientRow(
                                Long.toString(c.id()),
                                c.name(),
                                c.kind() == ClientKind.PERSON ? "Person" : "Company",
                                c.branch(),
                                c.country(),
                                c.createdAt()
                                        .atZone(banking.settings().zone())
                                        .toLocalDate()
                                        .toString()))
                        .toList());
        model.addAttribute("pager", Pager.of(clients, address));
        model.addAttribute("q", search == null ? "" : search);
        model.addAttribute("branch", branch == null ? "" : branch);
        model.addAttribute("branches", Choices.branches(banking.platform(), viewer));
        model.addAttribute("mayTakeOn", clerk(viewer));
        return "bank/clients";
    }

    @GetMapping("/bank/clients/new")
    String blank(Viewer viewer, @RequestParam(name = "kind", defaultValue = "PERSON") String kind, Model model) {
        requireClerk(viewer);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind.equals("COMPANY") ? "COMPANY" : "PERSON");
        values.put("branch", firstBranch(viewer));
        values.put("country", banking.settings().country());
        return clientForm(viewer, Form.of(values), model);
    }

    @PostMapping("/bank/clients/new")
    String create(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireClerk(viewer);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        ClientKind kind = null;
        try {
            kind = ClientKind.valueOf(form.value("kind"));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "must be a person or a company"));
        }
        LocalDate birthDate = kind == ClientKind.PERSON ? Inputs.date(form, "birthDate", errors) : null;
        if (errors.isEmpty()) {
            boolean person = kind == ClientKind.PERSON;
            NewClient request = new NewClient(
                    kind,
                    form.given("branch"),
                    person ? form.given("givenNames") : null,
                    person ? form.given("familyName") : null,
                    birthDate,
                    person ? null : form.given("companyName"),
                    form.given("idDocument"),
                    form.given("taxId"),
                    person ? null : form.given("lei"),
                    form.given("address"),
                    form.given("country") == null ? null : form.given("country").toUpperCase(java.util.Locale.ROOT),
                    form.given("email"),
                    form.given("phone"));
            try {
                Client client = banking.clients().create(viewer.actor(), request);
                redirect.addFlashAttribute("notice", "Client " + client.name() + " taken on.");
                return "redirect:/bank/clients/" + client.id();
            } catch (InvalidDocumentException e) {
                errors.addAll(e.errors());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return clientForm(viewer, form.withErrors(errors, CLIENT_INPUTS), model);
    }

    @GetMapping("/bank/clients/{id}")
    String client(Viewer viewer, @PathVariable("id") String id, Model model) {
        Client client = find(viewer, id);
        List<AccountRow> accounts = banking.accounts().ofClient(viewer.actor(), client.id()).stream()
                .map(this::row)
                .toList();
        model.addAttribute("client", client);
        model.addAttribute("accounts", accounts);
        model.addAttribute("mayOpen", clerk(viewer));
        return "bank/client";
    }

    @GetMapping("/bank/clients/{id}/accounts/new")
    String blankAccount(Viewer viewer, @PathVariable("id") String id, Model model) {
        requireClerk(viewer);
        Client client = find(viewer, id);
        Map<String, String> values = Map.of(
                "currency",
                banking.settings().currencies().getFirst(),
                "product",
                banking.settings().products().getFirst().code());
        return accountForm(client, Form.of(values), model);
    }

    @PostMapping("/bank/clients/{id}/accounts/new")
    String open(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireClerk(viewer);
        Client client = find(viewer, id);
        Form form = Form.of(parameters);
        try {
            CustomerAccount account = banking.accounts()
                    .open(
                            viewer.actor(),
                            new OpenCustomerAccount(client.id(), form.given("currency"), form.given("product")));
            redirect.addFlashAttribute("notice", "Account " + account.iban().printed() + " opened.");
            return "redirect:/bank/accounts/" + account.iban();
        } catch (InvalidDocumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return accountForm(client, form.withErrors(e.errors(), ACCOUNT_INPUTS), model);
        }
    }

    private String clientForm(Viewer viewer, Form form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("pageTitle", form.value("kind").equals("COMPANY") ? "New company" : "New person");
        model.addAttribute("branches", Choices.branches(banking.platform(), viewer));
        return "bank/client-form";
    }

    private String accountForm(Client client, Form form, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("form", form);
        model.addAttribute("currencies", banking.settings().currencies());
        model.addAttribute(
                "products",
                banking.settings().products().stream().map(Product::code).toList());
        model.addAttribute(
                "productNames",
                banking.settings().products().stream()
                        .collect(java.util.stream.Collectors.toMap(Product::code, Product::name)));
        return "bank/open-account";
    }

    private AccountRow row(CustomerAccount a) {
        long balance = banking.platform()
                .ledger()
                .balance(org.backoffice.ledger.AccountId.of(a.ledgerId()))
                .orElseThrow()
                .posted();
        return new AccountRow(
                a.iban().value(),
                a.iban().printed(),
                a.currency(),
                a.product(),
                a.status().name(),
                money.display(balance, a.currency()));
    }

    private Client find(Viewer viewer, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NoSuchElementException("client " + id + " not found");
        }
        return banking.clients().get(viewer.actor(), Long.parseLong(id));
    }

    private String firstBranch(Viewer viewer) {
        var branches = Choices.branches(banking.platform(), viewer);
        return branches.isEmpty() ? "" : branches.getFirst().code();
    }

    static boolean clerk(Viewer viewer) {
        return viewer.actor().has(Role.OPERATOR)
                || viewer.actor().has(Role.ACCOUNTANT)
                || viewer.actor().has(Role.ADMINISTRATOR);
    }

    private static void requireClerk(Viewer viewer) {
        if (!clerk(viewer)) {
            throw new SecurityException(viewer.username() + " may not take on clients or open their accounts");
        }
    }
}
