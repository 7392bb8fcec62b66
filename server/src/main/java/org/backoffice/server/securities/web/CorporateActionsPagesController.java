package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.Securities;
import org.backoffice.securities.corporate.ActionKind;
import org.backoffice.securities.corporate.ActionStatus;
import org.backoffice.securities.corporate.CorporateAction;
import org.backoffice.securities.corporate.HolderEntitlement;
import org.backoffice.securities.corporate.NewCorporateAction;
import org.backoffice.securities.corporate.SplitRatio;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.FormPage;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Inputs.Input;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.PageReply;
import org.backoffice.server.web.Submission;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Corporate actions: the list, an operator's announcement of a dividend, a coupon or a split, a controller's approval
 * (never the announcer's: the refusal comes back on the page), and what each holder got.
 */
@PageController
final class CorporateActionsPagesController {
    private static final Set<String> INPUTS =
            Set.of("kind", "isin", "recordDate", "payDate", "rate", "taxPercent", "newShares", "oldShares");

    private final Securities securities;
    private final Money money;

    CorporateActionsPagesController(Securities securities, Money money) {
        this.securities = securities;
        this.money = money;
    }

    /** An action as the list shows it, with whether the viewer may approve it. */
    public record ActionRow(
            String id,
            String kind,
            String isin,
            String recordDate,
            String payDate,
            String terms,
            String status,
            String announcedBy,
            String approvedBy,
            boolean approvable) {}

    /** What one holder got. */
    public record EntitlementRow(
            String depoAccount,
            String branch,
            long position,
            String gross,
            String tax,
            String net,
            long unitsDelta,
            String fraction) {}

    @GetMapping("/securities/corporate-actions")
    String list(Viewer viewer, Model model) {
        boolean controller = viewer.actor().has(Role.CONTROLLER);
        model.addAttribute(
                "rows",
                securities.corporateActions().list().stream()
                        .map(a -> row(a, controller && a.status() == ActionStatus.ANNOUNCED))
                        .toList());
        model.addAttribute("mayAnnounce", viewer.actor().has(Role.OPERATOR));
        return "securities/corporate-actions";
    }

    @GetMapping("/securities/corporate-actions/new")
    String blank(Viewer viewer, Model model) {
        requireOperator(viewer);
        return form(Form.of(Map.of("kind", "DIVIDEND", "taxPercent", "0")), model);
    }

    @PostMapping("/securities/corporate-actions/new")
    String announce(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireOperator(viewer);
        Submission sent = Submission.of(parameters);
        NewCorporateAction terms = terms(sent.form(), sent.errors());
        CorporateAction announced =
                sent.save(() -> securities.corporateActions().announce(viewer.actor(), terms));
        if (announced != null) {
            return PageReply.done(
                    redirect,
                    terms.kind() + " on " + terms.isin() + " announced as action " + announced.id()
                            + "; a controller approves it.",
                    "/securities/corporate-actions");
        }
        return form(sent.refused(response, INPUTS), model);
    }

    /** The terms typed on the form, or null with the refusals in {@code errors}. */
    static NewCorporateAction terms(Form form, List<FieldError> errors) {
        ActionKind kind = Inputs.choice(form, "kind", ActionKind.class, errors);
        LocalDate record = Inputs.date(form, "recordDate", errors);
        LocalDate pay = Inputs.date(form, "payDate", errors);
        BigDecimal rate = kind == ActionKind.DIVIDEND ? Inputs.decimal(form, "rate", errors) : null;
        BigDecimal tax = kind == ActionKind.SPLIT ? null : Inputs.decimal(form, "taxPercent", errors);
        Integer newShares = kind == ActionKind.SPLIT ? Inputs.integer(form, "newShares", errors) : null;
        Integer oldShares = kind == ActionKind.SPLIT ? Inputs.integer(form, "oldShares", errors) : null;
        if (kind == null && form.given("kind") == null) {
            errors.add(new FieldError("kind", "must be DIVIDEND, COUPON or SPLIT"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        SplitRatio ratio =
                kind == ActionKind.SPLIT ? Inputs.attempt(errors, () -> new SplitRatio(newShares, oldShares)) : null;
        if (!errors.isEmpty()) {
            return null;
        }
        return Inputs.attempt(
                errors, () -> new NewCorporateAction(kind, form.upper("isin"), record, pay, rate, tax, ratio));
    }

    private String form(Form form, Model model) {
        return new FormPage(
                        "Announce a corporate action",
                        "sec-corporate",
                        "/securities/corporate-actions",
                        "Corporate actions",
                        "/securities/corporate-actions/new",
                        "Announce")
                .show(
                        model,
                        form,
                        List.of(
                                Input.select("kind", "Kind", Inputs.names(ActionKind.values())),
                                Input.text("isin", "ISIN"),
                                Input.date("recordDate", "Record date"),
                                Input.date("payDate", "Pay date (a split's effective date)"),
                                Input.text("rate", "Dividend: amount per share"),
                                Input.text("taxPercent", "Dividend or coupon: withholding tax, %"),
                                Input.text("newShares", "Split: new shares"),
                                Input.text("oldShares", "Split: for old shares")));
    }

    @PostMapping("/securities/corporate-actions/{id}/approve")
    String approve(Viewer viewer, @PathVariable("id") long id, RedirectAttributes redirect) {
        CorporateAction action = find(id);
        try {
            List<FieldError> errors = new ArrayList<>();
            List<HolderEntitlement> entitlements =
                    Inputs.attempt(errors, () -> securities.corporateActions().approve(viewer.actor(), id));
            if (entitlements == null) {
                redirect.addFlashAttribute(
                        "problem", "Refused: " + errors.getFirst().message());
                return "redirect:/securities/corporate-actions";
            }
            redirect.addFlashAttribute(
                    "notice",
                    "Action " + id + " (" + action.terms().kind() + " on "
                            + action.terms().isin() + ") applied to " + entitlements.size() + " holder(s).");
            return "redirect:/securities/corporate-actions/" + id;
        } catch (SecurityException e) {
            redirect.addFlashAttribute("problem", "Refused: " + e.getMessage());
            return "redirect:/securities/corporate-actions";
        }
    }

    @GetMapping("/securities/corporate-actions/{id}")
    String entitlements(Viewer viewer, @PathVariable("id") long id, Model model) {
        CorporateAction action = find(id);
        String currency = securities
                .instruments()
                .find(action.terms().isin())
                .map(Instrument::currency)
                .orElse("");
        model.addAttribute("action", row(action, false));
        model.addAttribute(
                "rows",
                securities.corporateActions().entitlements(viewer.actor(), id).stream()
                        .map(e -> new EntitlementRow(
                                e.depoAccount(),
                                e.branch(),
                                e.position(),
                                money.display(e.gross(), currency),
                                money.display(e.tax(), currency),
                                money.display(e.net(), currency),
                                e.unitsDelta(),
                                Money.plain(e.fraction())))
                        .toList());
        model.addAttribute("currency", currency);
        return "securities/entitlements";
    }

    private CorporateAction find(long id) {
        return securities
                .corporateActions()
                .find(id)
                .orElseThrow(() -> new NoSuchElementException("no corporate action " + id));
    }

    private static ActionRow row(CorporateAction a, boolean approvable) {
        NewCorporateAction t = a.terms();
        String terms = switch (t.kind()) {
            case DIVIDEND ->
                t.rate().toPlainString() + " a share, tax " + t.taxPercent().toPlainString() + "%";
            case COUPON -> "coupon of the schedule, tax " + t.taxPercent().toPlainString() + "%";
            case SPLIT -> t.ratio().toString();
        };
        return new ActionRow(
                Long.toString(a.id()),
                t.kind().name(),
                t.isin(),
                t.recordDate().toString(),
                t.payDate().toString(),
                terms,
                a.status().name(),
                a.announcedBy(),
                a.approvedBy() == null ? "" : a.approvedBy(),
                approvable);
    }

    private static void requireOperator(Viewer viewer) {
        if (!viewer.actor().has(Role.OPERATOR)) {
            throw new SecurityException(viewer.username() + " may not announce corporate actions: an operator does");
        }
    }
}
