package org.backoffice.server.securities.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.securities.Securities;
import org.backoffice.securities.registrar.TransferOrder;
import org.backoffice.server.web.Downloads;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Steps;
import org.backoffice.server.web.Table;
import org.backoffice.server.web.Table.Action;
import org.backoffice.server.web.Table.Cell;
import org.backoffice.server.web.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Registrar transfer orders: the list (and the controls' report of orders pending without the registrar's extract),
 * an order's page, and its steps: generated from an instructed registrar-held trade, registered as sent, the extract
 * attached, completed by a controller (refused, with the rule shown, while the extract is missing), its PDF.
 */
@PageController
final class TransferOrderPagesController {
    private final Securities securities;

    TransferOrderPagesController(Securities securities) {
        this.securities = securities;
    }

    @GetMapping("/securities/transfer-orders")
    String list(
            Viewer viewer,
            @RequestParam(name = "pending", defaultValue = "false") boolean pending,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        List<TransferOrder> orders;
        Pager pager = null;
        if (pending) {
            orders = securities.transferOrders().pendingWithoutExtract(viewer.actor());
        } else {
            Page<TransferOrder> found = securities
                    .transferOrders()
                    .list(viewer.actor(), Math.max(page, 0), SettlementPagesController.PAGE_SIZE);
            orders = found.items();
            pager = Pager.of(found, UriComponentsBuilder.fromPath("/securities/transfer-orders"));
        }
        Table table = new Table(
                "transfer-orders",
                List.of(
                        "Number",
                        "Status",
                        "Trade",
                        "ISIN",
                        "Quantity",
                        "Seller",
                        "Buyer",
                        "Registrar",
                        "Settles",
                        "Sent on",
                        "Extract"),
                orders.stream()
                        .map(o -> List.of(
                                Cell.link(o.number(), "/securities/transfer-orders/" + o.id()),
                                Cell.of(o.status()),
                                Cell.link(o.tradeRef(), "/securities/trades/" + o.tradeId()),
                                Cell.of(o.isin()),
                                Cell.of(o.quantity()),
                                Cell.of(o.sellerAccount()),
                                Cell.of(o.buyerAccount()),
                                Cell.of(o.registrarBic()),
                                Cell.of(o.settlementDate()),
                                Cell.of(o.sentOn()),
                                Cell.of(o.extractAttached() ? o.extractName() : "missing")))
                        .toList(),
                pending ? "No order waits without its extract." : "No transfer orders yet.");
        List<Action> actions = pending
                ? List.of(new Action("all-orders", "All orders", "/securities/transfer-orders"))
                : List.of(new Action(
                        "pending-without-extract",
                        "Pending without extract",
                        "/securities/transfer-orders?pending=true"));
        return table.show(
                model,
                pending ? "Transfer orders pending without the registrar's extract" : "Transfer orders",
                "sec-transfer-orders",
                actions,
                pager);
    }

    @PostMapping("/securities/trades/{id}/transfer-order")
    String generate(Viewer viewer, @PathVariable("id") String id, RedirectAttributes redirect) {
        long tradeId = Steps.id(id, "trade");
        TransferOrder[] made = new TransferOrder[1];
        String back = Steps.run(redirect, "/securities/trades/" + tradeId, () -> {
            made[0] = securities.transferOrders().generate(viewer.actor(), tradeId);
            return "Transfer order " + made[0].number() + " generated.";
        });
        return made[0] == null ? back : "redirect:/securities/transfer-orders/" + made[0].id();
    }

    @GetMapping("/securities/transfer-orders/{id}")
    String order(Viewer viewer, @PathVariable("id") String id, Model model) {
        model.addAttribute("order", find(viewer, id));
        return "securities/transfer-order";
    }

    @PostMapping("/securities/transfer-orders/{id}/sent")
    String sent(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam(name = "sentOn", required = false) String sentOn,
            RedirectAttributes redirect) {
        TransferOrder order = find(viewer, id);
        return Steps.run(redirect, "/securities/transfer-orders/" + order.id(), () -> {
            LocalDate day;
            if (sentOn == null || sentOn.isBlank()) {
                day = LocalDate.ofInstant(
                        securities.platform().clock().instant(),
                        securities.settings().zone());
            } else {
                try {
                    day = LocalDate.parse(sentOn.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("sentOn: must be a date as YYYY-MM-DD");
                }
            }
            securities.transferOrders().registerSent(viewer.actor(), order.id(), day);
            return "Registered as sent on " + day + ".";
        });
    }

    @PostMapping("/securities/transfer-orders/{id}/extract")
    String extract(
            Viewer viewer,
            @PathVariable("id") String id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        TransferOrder order = find(viewer, id);
        return Steps.run(redirect, "/securities/transfer-orders/" + order.id(), () -> {
            if (file == null || file.isEmpty()) {
                throw new IllegalArgumentException("file: choose the registrar's extract");
            }
            try {
                securities
                        .transferOrders()
                        .attachExtract(viewer.actor(), order.id(), file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw new IllegalArgumentException("file: could not be read");
            }
            return "Extract " + file.getOriginalFilename() + " attached.";
        });
    }

    @PostMapping("/securities/transfer-orders/{id}/complete")
    String complete(Viewer viewer, @PathVariable("id") String id, RedirectAttributes redirect) {
        TransferOrder order = find(viewer, id);
        return Steps.run(redirect, "/securities/transfer-orders/" + order.id(), () -> {
            securities.transferOrders().complete(viewer.actor(), order.id());
            return "Transfer order " + order.number() + " completed; the trade is settled.";
        });
    }

    @GetMapping("/securities/transfer-orders/{id}/order.pdf")
    ResponseEntity<byte[]> pdf(Viewer viewer, @PathVariable("id") String id) {
        TransferOrder order = find(viewer, id);
        return Downloads.of(
                securities.transferOrders().pdf(viewer.actor(), order.id()),
                "application/pdf",
                order.number() + ".pdf");
    }

    @GetMapping("/securities/transfer-orders/{id}/extract")
    ResponseEntity<byte[]> extractFile(Viewer viewer, @PathVariable("id") String id) {
        TransferOrder order = find(viewer, id);
        byte[] content = securities
                .transferOrders()
                .extract(viewer.actor(), order.id())
                .orElseThrow(() -> new NoSuchElementException("no extract attached to " + order.number()));
        return Downloads.of(content, "application/octet-stream", order.extractName());
    }

    private TransferOrder find(Viewer viewer, String id) {
        long key = Steps.id(id, "transfer order");
        try {
            return securities.transferOrders().visible(viewer.actor(), key);
        } catch (InvalidDocumentException e) {
            throw new NoSuchElementException("transfer order " + id + " not found");
        }
    }
}
