package org.backoffice.server.securities.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.platform.document.FieldError;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import org.backoffice.server.web.Form;
import org.backoffice.server.web.Inputs;
import org.backoffice.server.web.Inputs.Input;

/** The trade ticket as a form: its inputs, a trade's values to amend, and the ticket read from what was typed. */
final class TradeTickets {
    static final Set<String> INPUTS = Set.of(
            "tradeRef",
            "side",
            "isin",
            "quantity",
            "price",
            "currency",
            "tradeDate",
            "settlementDate",
            "depoAccount",
            "counterparty",
            "market",
            "delivery",
            "reason");

    private TradeTickets() {}

    /** The ticket's inputs; an amendment asks for its reason too. */
    static List<Input> inputs(boolean amendment) {
        List<Input> inputs = new ArrayList<>(List.of(
                Input.text("tradeRef", "Trade reference"),
                Input.select("side", "Side", Inputs.names(Side.values())),
                Input.text("isin", "ISIN"),
                Input.text("quantity", "Quantity (units)"),
                Input.text("price", "Price"),
                Input.text("currency", "Currency"),
                Input.date("tradeDate", "Trade date"),
                Input.date("settlementDate", "Settlement date (blank for the market's cycle)"),
                Input.text("depoAccount", "Depo account"),
                Input.text("counterparty", "Counterparty (LEI)"),
                Input.text("market", "Market (MIC; blank for the instrument's)"),
                Input.select("delivery", "Delivery", Inputs.names(Delivery.values()))));
        if (amendment) {
            inputs.add(Input.text("reason", "Reason for the amendment"));
        }
        return inputs;
    }

    /** A ticket's values as the form shows them. */
    static Map<String, String> values(NewTrade t) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("tradeRef", t.tradeRef());
        values.put("side", t.side() == null ? "" : t.side().name());
        values.put("isin", t.isin() == null ? "" : t.isin());
        values.put("quantity", Long.toString(t.quantity()));
        values.put("price", t.price() == null ? "" : t.price().toPlainString());
        values.put("currency", t.currency() == null ? "" : t.currency());
        values.put("tradeDate", t.tradeDate() == null ? "" : t.tradeDate().toString());
        values.put(
                "settlementDate",
                t.settlementDate() == null ? "" : t.settlementDate().toString());
        values.put("depoAccount", t.depoAccount() == null ? "" : t.depoAccount());
        values.put("counterparty", t.counterparty() == null ? "" : t.counterparty());
        values.put("market", t.market() == null ? "" : t.market());
        values.put("delivery", t.delivery() == null ? "" : t.delivery().name());
        return values;
    }

    /** The ticket typed, or null with what cannot be read added to {@code errors}; the trade book checks the rest. */
    static NewTrade ticket(Form form, List<FieldError> errors) {
        Side side = Inputs.choice(form, "side", Side.class, errors);
        Long quantity = Inputs.whole(form, "quantity", errors);
        BigDecimal price = Inputs.decimal(form, "price", errors);
        LocalDate tradeDate = Inputs.date(form, "tradeDate", errors);
        LocalDate settlementDate = Inputs.date(form, "settlementDate", errors);
        Delivery delivery = Inputs.choice(form, "delivery", Delivery.class, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new NewTrade(
                form.given("tradeRef"),
                side,
                form.upper("isin"),
                quantity,
                price,
                form.upper("currency"),
                tradeDate,
                settlementDate,
                form.upper("depoAccount"),
                form.upper("counterparty"),
                form.upper("market"),
                delivery == null ? Delivery.DVP : delivery);
    }
}
