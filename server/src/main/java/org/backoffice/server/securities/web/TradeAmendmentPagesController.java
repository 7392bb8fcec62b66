package org.backoffice.server.securities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeVersion;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.FormPage;
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
 * Amending a trade: the ticket as it stands, changed and sent with a reason, becomes a proposed version that waits
 * for a controller. A refused amendment comes back with each message at its input; nothing is proposed.
 */
@PageController
final class TradeAmendmentPagesController {
    private final Securities securities;
    private final TradeViews views;

    TradeAmendmentPagesController(Securities securities, TradeViews views) {
        this.securities = securities;
        this.views = views;
    }

    @GetMapping("/securities/trades/{id}/amend")
    String blankAmendment(Viewer viewer, @PathVariable("id") String id, Model model) {
        SecuritiesRoles.requireCapturer(viewer);
        Trade trade = views.find(viewer, id);
        return amendmentForm(trade, Form.of(TradeTickets.values(trade.ticket())), model);
    }

    @PostMapping("/securities/trades/{id}/amend")
    String amend(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SecuritiesRoles.requireCapturer(viewer);
        Trade trade = views.find(viewer, id);
        Submission sent = Submission.of(parameters);
        NewTrade ticket = TradeTickets.ticket(sent.form(), sent.errors());
        TradeVersion proposed = sent.save(() -> securities
                .trades()
                .proposeAmendment(
                        viewer.actor(), trade.id(), ticket, sent.form().given("reason")));
        if (proposed != null) {
            return PageReply.done(
                    redirect,
                    "Version " + proposed.version() + " proposed; it waits for a controller.",
                    "/securities/trades/" + trade.id());
        }
        return amendmentForm(trade, sent.refused(response, TradeTickets.INPUTS), model);
    }

    private String amendmentForm(Trade trade, Form form, Model model) {
        return new FormPage(
                        "Amend trade " + trade.tradeRef(),
                        "sec-blotter",
                        "/securities/trades/" + trade.id(),
                        "Trade " + trade.tradeRef(),
                        "/securities/trades/" + trade.id() + "/amend",
                        "Propose amendment")
                .show(model, form, TradeTickets.inputs(true));
    }
}
