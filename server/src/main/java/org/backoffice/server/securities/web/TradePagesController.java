package org.backoffice.server.securities.web;

import java.util.List;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.securities.trade.TradeVersion;
import org.backoffice.server.securities.web.TradeViews.VersionRow;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Steps;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trade's page, with its amounts and versions, and the maker-checker steps on it: proposing a cancellation, and a
 * controller approving or rejecting a proposed version. What the trade book refuses (a maker approving their own
 * version, a role the user lacks) comes back on the page as the book said it.
 */
@PageController
final class TradePagesController {
    private final Securities securities;
    private final TradeViews views;

    TradePagesController(Securities securities, TradeViews views) {
        this.securities = securities;
        this.views = views;
    }

    @GetMapping("/securities/trades/{id}")
    String trade(Viewer viewer, @PathVariable("id") String id, Model model) {
        Trade trade = views.find(viewer, id);
        List<VersionRow> versions = securities.trades().versions(viewer.actor(), trade.id()).stream()
                .map(views::version)
                .toList();
        model.addAttribute("trade", trade);
        model.addAttribute("row", views.row(trade));
        model.addAttribute("amounts", views.amounts(trade));
        model.addAttribute("versions", versions);
        boolean open = trade.status() == TradeStatus.NEW || trade.status() == TradeStatus.REPAIR;
        model.addAttribute("mayPropose", open && SecuritiesRoles.capturer(viewer));
        model.addAttribute("mayDecide", viewer.actor().has(Role.CONTROLLER));
        TradeActions.describe(securities, viewer, trade, model);
        return "securities/trade";
    }

    @PostMapping("/securities/trades/{id}/cancel")
    String cancel(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        Trade trade = views.find(viewer, id);
        return Steps.run(redirect, "/securities/trades/" + trade.id(), () -> {
            TradeVersion proposed = securities.trades().proposeCancellation(viewer.actor(), trade.id(), reason);
            return "Cancellation proposed as version " + proposed.version() + "; it waits for a controller.";
        });
    }

    @PostMapping("/securities/trades/{id}/versions/{version}/approve")
    String approve(
            Viewer viewer,
            @PathVariable("id") String id,
            @PathVariable("version") int version,
            RedirectAttributes redirect) {
        Trade trade = views.find(viewer, id);
        return Steps.run(redirect, "/securities/trades/" + trade.id(), () -> {
            Trade now = securities.trades().approve(viewer.actor(), trade.id(), version);
            return "Version " + version + " approved; the trade is " + now.status() + ".";
        });
    }

    @PostMapping("/securities/trades/{id}/versions/{version}/reject")
    String reject(
            Viewer viewer,
            @PathVariable("id") String id,
            @PathVariable("version") int version,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        Trade trade = views.find(viewer, id);
        return Steps.run(redirect, "/securities/trades/" + trade.id(), () -> {
            securities.trades().reject(viewer.actor(), trade.id(), version, reason);
            return "Version " + version + " rejected.";
        });
    }
}
