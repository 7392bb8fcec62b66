package org.backoffice.server.securities.web;

import org.backoffice.platform.Page;
import org.backoffice.securities.Securities;
import org.backoffice.securities.trade.Trade;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The repair queue: the trades that failed enrichment or checks, each with its reasons, until they are amended. */
@PageController
final class RepairQueuePagesController {
    private final Securities securities;
    private final TradeViews views;

    RepairQueuePagesController(Securities securities, TradeViews views) {
        this.securities = securities;
        this.views = views;
    }

    @GetMapping("/securities/trades/repair")
    String repair(Viewer viewer, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Page<Trade> trades = securities.trades().repairQueue(viewer.actor(), Math.max(page, 0), TradeViews.PAGE_SIZE);
        model.addAttribute("rows", views.rows(trades.items()));
        model.addAttribute("pager", Pager.of(trades, UriComponentsBuilder.fromPath("/securities/trades/repair")));
        return "securities/repair";
    }
}
