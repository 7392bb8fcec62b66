package org.backoffice.server.securities.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.backoffice.platform.document.FieldError;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import tools.jackson.databind.JsonNode;

/**
 * Reads a trade from JSON field by field, so that a list's bad trade is refused on its own with each field it got
 * wrong, the way a CSV row is, while its neighbours are captured. A quantity must be a whole number (1.5 is not
 * rounded), a price decimal text or a number.
 */
final class TradeRequests {
    private TradeRequests() {}

    static NewTrade read(JsonNode node, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError("trade", "must be a JSON object"));
            return null;
        }
        Side side = choice(node, "side", Side.class, errors);
        Delivery delivery = choice(node, "delivery", Delivery.class, errors);
        long quantity = quantity(node, errors);
        BigDecimal price = price(node, errors);
        LocalDate tradeDate = date(node, "tradeDate", errors);
        LocalDate settlementDate = date(node, "settlementDate", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new NewTrade(
                text(node, "tradeRef"),
                side,
                upper(node, "isin"),
                quantity,
                price,
                upper(node, "currency"),
                tradeDate,
                settlementDate,
                upper(node, "depoAccount"),
                upper(node, "counterparty"),
                upper(node, "market"),
                delivery == null ? Delivery.DVP : delivery);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asString().strip() : value.toString();
        return text.isEmpty() ? null : text;
    }

    private static String upper(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static long quantity(JsonNode node, List<FieldError> errors) {
        JsonNode value = node.get("quantity");
        if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        String text = text(node, "quantity");
        if (value != null && value.isString() && text != null && text.matches("-?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        errors.add(new FieldError("quantity", "must be a whole number"));
        return 0;
    }

    private static BigDecimal price(JsonNode node, List<FieldError> errors) {
        String text = text(node, "price");
        if (text == null) {
            return null;
        }
        if (!text.matches("-?\\d{1,15}(\\.\\d{1,12})?")) {
            errors.add(new FieldError("price", "must be a decimal such as 101.25, was '" + abbreviated(text) + "'"));
            return null;
        }
        return new BigDecimal(text);
    }

    private static LocalDate date(JsonNode node, String field, List<FieldError> errors) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date as YYYY-MM-DD, was '" + abbreviated(text) + "'"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type, List<FieldError> errors) {
        String text = upper(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    field, "must be one of " + List.of(type.getEnumConstants()) + ", was '" + abbreviated(text) + "'"));
            return null;
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
