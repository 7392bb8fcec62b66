package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.document.FieldError;
import org.backoffice.securities.Securities;
import org.backoffice.securities.corporate.DayCount;
import org.backoffice.securities.fail.PenaltyCategory;
import org.backoffice.securities.reference.Coupon;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.InstrumentKind;
import org.backoffice.securities.reference.Market;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.FormPage;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Inputs.Input;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.Submission;
import org.backoffice.server.web.Table;
import org.backoffice.server.web.Table.Action;
import org.backoffice.server.web.Table.Cell;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instruments: shares and bonds with their coupon terms, their list, and adding one. A refused form comes back
 * with the input and each message at its input; nothing is saved.
 */
@PageController
final class InstrumentsPagesController {
    private final Securities securities;

    InstrumentsPagesController(Securities securities) {
        this.securities = securities;
    }

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
        return new Table(
                        "instruments",
                        List.of("ISIN", "Kind", "Name", "Currency", "Nominal", "Market", "Place", "Coupon"),
                        rows,
                        "No instruments yet.")
                .show(
                        model,
                        "Instruments",
                        "sec-instruments",
                        SecuritiesRoles.forClerk(
                                viewer, new Action("new-instrument", "New instrument", "/securities/instruments/new")),
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
        SecuritiesRoles.requireClerk(viewer);
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
        SecuritiesRoles.requireClerk(viewer);
        Submission sent = Submission.of(parameters);
        Form form = sent.form();
        List<FieldError> errors = sent.errors();
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
        Coupon terms = coupon;
        Instrument added = sent.save(() -> securities
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
            return PageReply.done(redirect, "Instrument " + added.isin() + " added.", "/securities/instruments");
        }
        return instrumentForm(sent.refused(response, INSTRUMENT_INPUTS), model);
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
        return new FormPage(
                        "New instrument",
                        "sec-instruments",
                        "/securities/instruments",
                        "Instruments",
                        "/securities/instruments/new",
                        "Add instrument")
                .show(
                        model,
                        form,
                        List.of(
                                Input.text("isin", "ISIN"),
                                Input.select("kind", "Kind", Inputs.names(InstrumentKind.values())),
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
                                Input.select(
                                        "penaltyCategory",
                                        "CSDR penalty category",
                                        Inputs.names(PenaltyCategory.values())),
                                Input.text("couponRate", "Bond: coupon rate, % a year"),
                                Input.text("couponFrequency", "Bond: coupons a year (1, 2, 4, 12)"),
                                Input.date("firstCoupon", "Bond: first coupon"),
                                Input.date("maturity", "Bond: maturity"),
                                Input.select("dayCount", "Bond: day count", Inputs.names(DayCount.values()))));
    }
}
