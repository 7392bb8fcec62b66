package org.backoffice.server.securities.web;

import java.util.List;
import org.backoffice.securities.Securities;
import org.backoffice.securities.confirmation.Confirmation;
import org.backoffice.securities.confirmation.FieldDifference;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;

/**
 * What a trade's page shows beyond the trade itself: its settlement instruction (or the button that sends it), the
 * transfer order of a registrar-held trade, and its confirmations.
 */
final class TradeActions {
    private TradeActions() {}

    /** One confirmation event as the trade's page lists it. */
    public record ConfirmationRow(String status, String recordedBy, String recordedAt, String differences) {}

    static void describe(Securities securities, Viewer viewer, Trade trade, Model model) {
        Instruction instruction =
                securities.settlement().findByTrade(trade.id()).orElse(null);
        boolean operator = SecuritiesRoles.capturer(viewer);
        model.addAttribute("instruction", instruction);
        model.addAttribute("mayInstruct", operator && trade.status() == TradeStatus.NEW && instruction == null);
        model.addAttribute(
                "mayOrderTransfer",
                operator
                        && instruction != null
                        && instruction.registrar()
                        && instruction.status().cancellable());
        boolean confirmable = trade.status() != TradeStatus.REPAIR && trade.status() != TradeStatus.CANCELLED;
        model.addAttribute("mayConfirm", operator && confirmable);
        model.addAttribute("hasContract", trade.status() != TradeStatus.REPAIR);
        var zone = securities.settings().zone();
        List<ConfirmationRow> confirmations = securities.confirmations().history(viewer.actor(), trade.id()).stream()
                .map((Confirmation c) -> new ConfirmationRow(
                        c.status().name(),
                        c.recordedBy(),
                        c.recordedAt()
                                .atZone(zone)
                                .toLocalDateTime()
                                .withNano(0)
                                .toString(),
                        FieldDifference.describe(c.differences())))
                .toList();
        model.addAttribute("confirmations", confirmations);
    }
}
