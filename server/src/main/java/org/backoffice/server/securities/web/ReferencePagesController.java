package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.Securities;
import org.backoffice.securities.corporate.DayCount;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.Coupon;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.Market;
import org.backoffice.securities.reference.OwnerKind;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.server.securities.web.Inputs.Input;
import org.backoffice.server.securities.web.Table.Action;
import org.backoffice.server.securities.web.Table.Cell;
import org.backoffice.server.web.Choices;
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
 * The securities reference data: markets, instruments (a bond with its coupon terms), counterparties with their
 * standing settlement instructions, and depo accounts (of the viewer's branches). A refused form comes back with the
 * input and each message at its input; nothing is saved.
 */
@PageController
final class ReferencePagesController {
    static final int PAGE_SIZE = 50;

    private final Securities securities;

    ReferencePagesController(Securities securities) {
        this.securities = securities;
    }

    // Markets

    @GetMapping("/securities/markets")
    String markets(Viewer viewer, Model model) {
        List<List<Cell>> rows = securities.markets().list().stream()
                .map(m -> List.of(Cell.of(m.mic()), Cell.of(m.name()), Cell.of(m.calendar()), Cell.of(m.cycle())))
                .toList();
        return table(
                model,
                "Markets",
                "sec-markets",
                new Table("markets", List.of("MIC", "Name", "Calendar", "Cycle"), rows, "No markets yet."),
                clerk(viewer) ? List.of(new Action("new-market", "New market", "/securities/markets/new")) : List.of(),
                null);
    }

    @GetMapping("/securities/markets/new")
    String blankMarket(Viewer viewer, Model model) {
        requireClerk(viewer);
        return marketForm(Form.of(Map.of("settlementDays", "2")), model);
    }

    @PostMapping("/securities/markets/new")
    String addMarket(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireClerk(viewer);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        Integer days = Inputs.integer(form, "settlementDays", errors);
        if (errors.isEmpty()) {
            Market added = Inputs.attempt(
                    errors,
                    () -> securities
                            .markets()
                            .add(
                                    viewer.actor(),
                                    new Market(
                                            form.upper("mic"),
                                            form.given("name"),
                                            form.given("calendar") == null ? form.upper("mic") : form.given("calendar"),
                                            days)));
            if (added != null) {
                redirect.addFlashAttribute("notice", "Market " + added.mic() + " added.");
                return "redirect:/securities/markets";
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return marketForm(form.withErrors(errors, Set.of("mic", "name", "calendar", "settlementDays")), model);
    }

    private String marketForm(Form form, Model model) {
        return form(
                model,
                "New market",
                "sec-markets",
                "/securities/markets",
                "Markets",
                "/securities/markets/new",
                form,
                List.of(
                        Input.text("mic", "MIC (ISO 10383)"),
                        Input.text("name", "Name"),
                        Input.text("calendar", "Calendar (blank for the MIC's)"),
                        Input.text("settlementDays", "Settlement cycle, days (T+n)")),
                "Add market");
    }

    // Instruments

    @GetMapping("/securities/instruments")
    String instruments(Viewer viewer, Model model) {
        List<List<Cell>> rows = securities.instruments().list().stream()
                .map(i -> List.of(
                        Cell.of(i.isin()),
                        Cell.of(i.kind()),
                        Cell.of(i.name()),
                        Cell.of(i.currency()),
                        Cell.of(i.nominal().toPlainString()),
                        Cell.of(i.market()),
                        Cell.of(i.place() + (i.registrarHeld() ? " (registrar)" : "")),
                        Cell.of(coupon(i.coupon()))))
                .toList();
        return table(
                model,
                "Instruments",
                "sec-instruments",
                new Table(
                        "instruments",
                        List.of("ISIN", "Kind", "Name", "Currency", "Nominal", "Market", "Place", "Coupon"),
                        rows,
                        "No instruments yet."),
                clerk(viewer)
                        ? List.of(new Action("new-instrument", "New instrument", "/securities/instruments/new"))
                        : List.of(),
                null);
    }

    private static String coupon(Coupon coupon) {
        if (coupon == null) {
            return "";
        }
        return coupon.ratePercent().stripTrailingZeros().toPlainString() + "% × " + coupon.frequencyPerYear()
                + " a year, " + coupon.dayCount() + ", to " + coupon.maturity();
    }

    @GetMapping("/securities/instruments/new")
    String blankInstrument(Viewer viewer, Model model) {
        requireClerk(viewer);
        return instrumentForm(
                Form.of(Map.of("kind", "EQUITY", "nominal", "1", "penaltyCategory", "SHARES_LIQUID")), model);
    }

    @PostMapping("/securities/instruments/new")
    String addInstrument(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireClerk(viewer);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        InstrumentKind kind = Inputs.choice(form, "kind", InstrumentKind.class, errors);
        BigDecimal nominal = Inputs.decimal(form, "nominal", errors);
        PenaltyCategory category = Inputs.choice(form, "penaltyCategory", PenaltyCategory.class, errors);
        Coupon coupon = null;
        if (kind == InstrumentKind.BOND) {
            BigDecimal rate = Inputs.decimal(form, "couponRate", errors);
            Integer frequency = Inputs.integer(form, "couponFrequency", errors);
            LocalDate first = Inputs.date(form, "firstCoupon", errors);
            LocalDate maturity = Inputs.date(form, "maturity", errors);
            DayCount dayCount = Inputs.choice(form, "dayCount", DayCount.class, errors);
            if (errors.isEmpty()) {
                coupon = Inputs.attempt(errors, () -> new Coupon(rate, frequency, first, maturity, dayCount));
            }
        }
        if (errors.isEmpty()) {
            Coupon terms = coupon;
            Instrument added = Inputs.attempt(
                    errors,
                    () -> securities
                            .instruments()
                            .add(
                                    viewer.actor(),
                                    new Instrument(
                                            form.upper("isin"),
                                            kind,
                                            form.given("name"),
                                            form.upper("currency"),
                                            nominal,
                                            form.upper("market"),
                                            form.upper("place"),
                                            form.given("registrarHeld") != null,
                                            category,
                                            terms)));
            if (added != null) {
                redirect.addFlashAttribute("notice", "Instrument " + added.isin() + " added.");
                return "redirect:/securities/instruments";
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return instrumentForm(form.withErrors(errors, INSTRUMENT_INPUTS), model);
    }

    private static final Set<String> INSTRUMENT_INPUTS = Set.of(
            "isin",
            "kind",
            "name",
            "currency",
            "nominal",
            "market",
            "place",
            "registrarHeld",
            "penaltyCategory",
            "couponRate",
            "couponFrequency",
            "firstCoupon",
            "maturity",
            "dayCount");

    private String instrumentForm(Form form, Model model) {
        return form(
                model,
                "New instrument",
                "sec-instruments",
                "/securities/instruments",
                "Instruments",
                "/securities/instruments/new",
                form,
                List.of(
                        Input.text("isin", "ISIN"),
                        Input.select("kind", "Kind", names(InstrumentKind.values())),
                        Input.text("name", "Name"),
                        Input.text("currency", "Currency"),
                        Input.text("nominal", "Nominal of one unit"),
                        Input.select(
                                "market",
                                "Home market",
                                securities.markets().list().stream()
                                        .map(Market::mic)
                                        .toList()),
                        Input.text("place", "Place of settlement (BIC of the CSD or registrar)"),
                        Input.check("registrarHeld", "Held at a registrar (re-registered by transfer order)"),
                        Input.select("penaltyCategory", "CSDR penalty category", names(PenaltyCategory.values())),
                        Input.text("couponRate", "Bond: coupon rate, % a year"),
                        Input.text("couponFrequency", "Bond: coupons a year (1, 2, 4, 12)"),
                        Input.date("firstCoupon", "Bond: first coupon"),
                        Input.date("maturity", "Bond: maturity"),
                        Input.select("dayCount", "Bond: day count", names(DayCount.values()))),
                "Add instrument");
    }

    // Counterparties and their instructions

    @GetMapping("/securities/counterparties")
    String counterparties(Viewer viewer, Model model) {
        List<List<Cell>> rows = securities.counterparties().list().stream()
                .map(c -> List.of(
                        Cell.link(c.name(), "/securities/counterparties/" + c.lei()),
                        Cell.of(c.lei()),
                        Cell.of(c.bic())))
                .toList();
        return table(
                model,
                "Counterparties",
                "sec-counterparties",
                new Table("counterparties", List.of("Name", "LEI", "BIC"), rows, "No counterparties yet."),
                clerk(viewer)
                        ? List.of(new Action("new-counterparty", "New counterparty", "/securities/counterparties/new"))
                        : List.of(),
                null);
    }

    @GetMapping("/securities/counterparties/new")
    String blankCounterparty(Viewer viewer, Model model) {
        requireClerk(viewer);
        return counterpartyForm(Form.of(Map.of()), model);
    }

    @PostMapping("/securities/counterparties/new")
    String addCounterparty(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireClerk(viewer);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        Counterparty added = Inputs.attempt(
                errors,
                () -> securities
                        .counterparties()
                        .add(
                                viewer.actor(),
                                new Counterparty(form.upper("lei"), form.upper("bic"), form.given("name"))));
        if (added != null) {
            redirect.addFlashAttribute("notice", "Counterparty " + added.name() + " added.");
            return "redirect:/securities/counterparties/" + added.lei();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return counterpartyForm(form.withErrors(errors, Set.of("lei", "bic", "name")), model);
    }

    private String counterpartyForm(Form form, Model model) {
        return form(
                model,
                "New counterparty",
                "sec-counterparties",
                "/securities/counterparties",
                "Counterparties",
                "/securities/counterparties/new",
                form,
                List.of(
                        Input.text("name", "Name"),
                        Input.text("lei", "LEI (ISO 17442)"),
                        Input.text("bic", "BIC (ISO 9362)")),
                "Add counterparty");
    }

    @GetMapping("/securities/counterparties/{lei}")
    String counterparty(Viewer viewer, @PathVariable("lei") String lei, Model model) {
        Counterparty counterparty = securities
                .counterparties()
                .find(lei)
                .orElseThrow(() -> new NoSuchElementException("no counterparty " + lei));
        List<List<Cell>> rows = securities.counterparties().instructions(lei).stream()
                .map(s -> List.of(
                        Cell.of(s.market()),
                        Cell.of(s.validFrom()),
                        Cell.of(s.place()),
                        Cell.of(s.agentBic()),
                        Cell.of(s.agentAccount()),
                        Cell.of(s.cashAccount())))
                .toList();
        model.addAttribute("details", List.of("LEI " + counterparty.lei(), "BIC " + counterparty.bic()));
        return table(
                model,
                counterparty.name(),
                "sec-counterparties",
                new Table(
                        "instructions",
                        List.of("Market", "Valid from", "Place", "Agent", "Agent's account", "Cash account"),
                        rows,
                        "No standing settlement instructions yet."),
                clerk(viewer)
                        ? List.of(new Action(
                                "new-instruction",
                                "New instruction",
                                "/securities/counterparties/" + lei + "/instructions/new"))
                        : List.of(),
                null);
    }

    @GetMapping("/securities/counterparties/{lei}/instructions/new")
    String blankInstruction(Viewer viewer, @PathVariable("lei") String lei, Model model) {
        requireClerk(viewer);
        requireCounterparty(lei);
        return instructionForm(lei, Form.of(Map.of()), model);
    }

    @PostMapping("/securities/counterparties/{lei}/instructions/new")
    String addInstruction(
            Viewer viewer,
            @PathVariable("lei") String lei,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireClerk(viewer);
        requireCounterparty(lei);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        LocalDate validFrom = Inputs.date(form, "validFrom", errors);
        if (errors.isEmpty()) {
            StandingInstruction added = Inputs.attempt(
                    errors,
                    () -> securities
                            .counterparties()
                            .addInstruction(
                                    viewer.actor(),
                                    new StandingInstruction(
                                            0,
                                            lei,
                                            form.upper("market"),
                                            form.upper("place"),
                                            form.upper("agentBic"),
                                            form.given("agentAccount"),
                                            form.given("cashAccount"),
                                            validFrom)));
            if (added != null) {
                redirect.addFlashAttribute("notice", "Instruction for " + added.market() + " added.");
                return "redirect:/securities/counterparties/" + lei;
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return instructionForm(
                lei,
                form.withErrors(
                        errors, Set.of("market", "place", "agentBic", "agentAccount", "cashAccount", "validFrom")),
                model);
    }

    private String instructionForm(String lei, Form form, Model model) {
        return form(
                model,
                "New standing instruction",
                "sec-counterparties",
                "/securities/counterparties/" + lei,
                "Counterparty",
                "/securities/counterparties/" + lei + "/instructions/new",
                form,
                List.of(
                        Input.select(
                                "market",
                                "Market",
                                securities.markets().list().stream()
                                        .map(Market::mic)
                                        .toList()),
                        Input.text("place", "Place of settlement (BIC)"),
                        Input.text("agentBic", "Settlement agent (BIC)"),
                        Input.text("agentAccount", "Agent's safekeeping account"),
                        Input.text("cashAccount", "Cash account (optional)"),
                        Input.date("validFrom", "Valid from")),
                "Add instruction");
    }

    private void requireCounterparty(String lei) {
        if (securities.counterparties().find(lei).isEmpty()) {
            throw new NoSuchElementException("no counterparty " + lei);
        }
    }

    // Depo accounts

    @GetMapping("/securities/depo-accounts")
    String depoAccounts(
            Viewer viewer,
            @RequestParam(name = "branch", required = false) String branch,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        String scope = branch == null || branch.isBlank() ? null : branch;
        Page<DepoAccount> accounts =
                securities.depoAccounts().list(viewer.actor(), scope, Math.max(page, 0), PAGE_SIZE);
        List<List<Cell>> rows = accounts.items().stream()
                .map(a -> List.of(
                        Cell.link(a.code(), "/securities/trades?depoAccount=" + a.code()),
                        Cell.of(a.ownerName()),
                        Cell.of(a.ownerKind()),
                        Cell.of(a.branch()),
                        Cell.of(a.open() ? "OPEN" : "CLOSED"),
                        Cell.of(a.openedOn())))
                .toList();
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/securities/depo-accounts");
        if (scope != null) {
            address.queryParam("branch", scope);
        }
        return table(
                model,
                "Depo accounts",
                "sec-depo",
                new Table(
                        "depo-accounts",
                        List.of("Code", "Owner", "Kind", "Branch", "Status", "Opened"),
                        rows,
                        "No depo accounts at your branches."),
                clerk(viewer)
                        ? List.of(new Action("open-depo", "Open depo account", "/securities/depo-accounts/new"))
                        : List.of(),
                Pager.of(accounts, address));
    }

    @GetMapping("/securities/depo-accounts/new")
    String blankDepo(Viewer viewer, Model model) {
        requireClerk(viewer);
        var branches = Choices.branches(securities.platform(), viewer);
        return depoForm(
                viewer,
                Form.of(Map.of(
                        "ownerKind",
                        "CLIENT",
                        "branch",
                        branches.isEmpty() ? "" : branches.getFirst().code())),
                model);
    }

    @PostMapping("/securities/depo-accounts/new")
    String openDepo(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireClerk(viewer);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        OwnerKind kind = Inputs.choice(form, "ownerKind", OwnerKind.class, errors);
        if (errors.isEmpty()) {
            DepoAccount opened = Inputs.attempt(
                    errors,
                    () -> securities
                            .depoAccounts()
                            .open(
                                    viewer.actor(),
                                    form.upper("code"),
                                    form.upper("branch"),
                                    kind,
                                    form.given("ownerName"),
                                    form.upper("ownerLei")));
            if (opened != null) {
                redirect.addFlashAttribute("notice", "Depo account " + opened.code() + " opened.");
                return "redirect:/securities/depo-accounts";
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return depoForm(
                viewer, form.withErrors(errors, Set.of("code", "branch", "ownerKind", "ownerName", "ownerLei")), model);
    }

    private String depoForm(Viewer viewer, Form form, Model model) {
        return form(
                model,
                "Open a depo account",
                "sec-depo",
                "/securities/depo-accounts",
                "Depo accounts",
                "/securities/depo-accounts/new",
                form,
                List.of(
                        Input.text("code", "Code (1 to 12 capitals or digits)"),
                        Input.select(
                                "branch",
                                "Branch",
                                Choices.branches(securities.platform(), viewer).stream()
                                        .map(b -> b.code())
                                        .toList()),
                        Input.select("ownerKind", "Owner", names(OwnerKind.values())),
                        Input.text("ownerName", "Owner's name"),
                        Input.text("ownerLei", "Owner's LEI (optional)")),
                "Open");
    }

    // Shared page shapes

    static String table(Model model, String title, String section, Table table, List<Action> actions, Pager pager) {
        model.addAttribute("title", title);
        model.addAttribute("section", section);
        model.addAttribute("table", table);
        model.addAttribute("actions", actions);
        model.addAttribute("pager", pager);
        return "securities/table";
    }

    static String form(
            Model model,
            String title,
            String section,
            String back,
            String backLabel,
            String action,
            Form form,
            List<Input> inputs,
            String submit) {
        model.addAttribute("title", title);
        model.addAttribute("section", section);
        model.addAttribute("back", back);
        model.addAttribute("backLabel", backLabel);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("inputs", inputs);
        model.addAttribute("submit", submit);
        return "securities/form";
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    static boolean clerk(Viewer viewer) {
        return viewer.actor().has(Role.OPERATOR)
                || viewer.actor().has(Role.CONTROLLER)
                || viewer.actor().has(Role.ADMINISTRATOR);
    }

    private static void requireClerk(Viewer viewer) {
        if (!clerk(viewer)) {
            throw new SecurityException(viewer.username() + " may not keep securities reference data");
        }
    }
}
