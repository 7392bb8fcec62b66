package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backoffice.platform.document.FieldError;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.FormPage;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Steps;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Capturing a trade by hand. A ticket the book cannot read comes back with each message at its input; one that fails
 * enrichment or checks is captured into the repair queue, and the trade's page says why.
 */
@PageController
final class TradeCapturePagesController {
    private static final FormPage PAGE = new FormPage(
            "Capture a trade", "sec-capture", "/securities/trades", "Blotter", "/securities/trades/new", "Capture");

    private final Securities securities;

    TradeCapturePagesController(Securities securities) {
        this.securities = securities;
    }

    @GetMapping("/securities/trades/new")
    String blank(Viewer viewer, Model model) {
        SecuritiesRoles.requireCapturer(viewer);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("side", "BUY");
        values.put("delivery", "DVP");
        values.put(
                "tradeDate",
                LocalDate.ofInstant(
                                securities.platform().clock().instant(),
                                securities.settings().zone())
                        .toString());
        return PAGE.show(model, Form.of(values), TradeTickets.inputs(false));
    }

    @PostMapping("/securities/trades/new")
    String capture(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SecuritiesRoles.requireCapturer(viewer);
        Form form = Form.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        NewTrade ticket = TradeTickets.ticket(form, errors);
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
                                    + Steps.reasons(outcome.errors()));
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
        return PAGE.show(model, form.withErrors(errors, TradeTickets.INPUTS), TradeTickets.inputs(false));
    }
}
