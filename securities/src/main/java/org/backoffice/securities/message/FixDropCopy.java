package org.backoffice.securities.message;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.backoffice.platform.document.FieldError;
import org.backoffice.securities.message.internal.FixFields;
import org.backoffice.securities.message.internal.FixText;

/**
 * Reads one FIX 4.4 drop-copy message into a {@link FixFill}. Fills come from an ExecutionReport
 * (35=8) with ExecType F (trade), H (trade cancel) or G (trade correct), or from a
 * TradeCaptureReport (35=AE) with TradeReportTransType 0 (new), 1 (cancel) or 2 (replace); every
 * other message (heartbeats, order acknowledgements, ExecType 0 New, ...) is no fill and gives
 * {@link Optional#empty()}. The frame is checked as an engine would (BodyLength, CheckSum). In a
 * repeating group the first entry counts: a TradeCaptureReport's first side is ours. The
 * counterparty is the party with PartyRole 17 (contra firm), else ContraBroker (375). The trade id
 * is TrdMatchID (880), else SecondaryExecID (527) on an ExecutionReport or TradeReportID (571) on
 * a TradeCaptureReport.
 */
public final class FixDropCopy {
    private static final Map<String, String> TAG_OF_FIELD = Map.ofEntries(
            Map.entry("execId", "tag 17 ExecID"),
            Map.entry("orderId", "tag 37 OrderID"),
            Map.entry("tradeId", "tag 880 TrdMatchID or 527 SecondaryExecID"),
            Map.entry("isin", "tag 48 SecurityID"),
            Map.entry("quantity", "tag 32 LastQty"),
            Map.entry("price", "tag 31 LastPx"),
            Map.entry("currency", "tag 15 Currency"),
            Map.entry("settlementDate", "tag 64 SettlDate"),
            Map.entry("account", "tag 1 Account"),
            Map.entry("counterparty", "tag 448 PartyID (contra firm)"),
            Map.entry("market", "tag 30 LastMkt"),
            Map.entry("refExecId", "tag 19 ExecRefID"));

    private FixDropCopy() {}

    /**
     * @throws FixMessageException when the message is broken or a trade lacks what a fill needs,
     *     naming the tag: "tag 31 LastPx: must be given"
     */
    public static Optional<FixFill> parse(String rawMessage) {
        return parse(FixFields.scan(rawMessage));
    }

    static Optional<FixFill> parse(FixFields fields) {
        String msgType = fields.msgType();
        ExecKind kind;
        boolean capture;
        if ("8".equals(msgType)) {
            kind = execType(required(fields, 150, "ExecType"));
            capture = false;
        } else if ("AE".equals(msgType)) {
            kind = tradeReportTransType(fields.get(487));
            capture = true;
        } else {
            return Optional.empty();
        }
        if (kind == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(fill(fields, kind, capture));
        } catch (FixMessageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new FixMessageException(tagged(e.getMessage()), e);
        }
    }

    private static FixFill fill(FixFields fields, ExecKind kind, boolean capture) {
        String execId = capture ? firstOf(fields, 17, 571, "ExecID", "TradeReportID") : required(fields, 17, "ExecID");
        String refExecId = null;
        if (kind != ExecKind.NEW) {
            refExecId = capture ? required(fields, 572, "TradeReportRefID") : required(fields, 19, "ExecRefID");
        }
        String tradeId = fields.get(880);
        if (tradeId == null) {
            tradeId = fields.get(capture ? 571 : 527);
        }
        String settlement = fields.get(64);
        return new FixFill(
                execId,
                required(fields, 37, "OrderID"),
                tradeId,
                side(required(fields, 54, "Side")),
                isin(fields),
                decimal(fields, 32, "LastQty"),
                decimal(fields, 31, "LastPx"),
                required(fields, 15, "Currency"),
                FixText.date("tag 75 TradeDate", required(fields, 75, "TradeDate")),
                settlement == null ? null : FixText.date("tag 64 SettlDate", settlement),
                required(fields, 1, "Account"),
                counterparty(fields),
                firstOf(fields, 30, 207, "LastMkt", "SecurityExchange"),
                FixText.timestamp("tag 60 TransactTime", required(fields, 60, "TransactTime")),
                kind,
                refExecId);
    }

    private static ExecKind execType(String execType) {
        return switch (execType) {
            case "F" -> ExecKind.NEW;
            case "H" -> ExecKind.CANCEL;
            case "G" -> ExecKind.CORRECT;
            default -> null;
        };
    }

    private static ExecKind tradeReportTransType(String type) {
        if (type == null) {
            return ExecKind.NEW; // optional in FIX 4.4; absent means a new report
        }
        return switch (type) {
            case "0" -> ExecKind.NEW;
            case "1" -> ExecKind.CANCEL;
            case "2" -> ExecKind.CORRECT;
            default ->
                throw new FixMessageException(
                        "tag 487 TradeReportTransType: must be 0 (new), 1 (cancel) or 2 (replace), was " + type);
        };
    }

    private static Side side(String side) {
        return switch (side) {
            case "1" -> Side.BUY;
            case "2", "5", "6" -> Side.SELL; // 5 and 6 are short sales: a sale all the same
            default ->
                throw new FixMessageException(
                        "tag 54 Side: must be 1 (buy), 2 (sell), 5 or 6 (sell short), was " + side);
        };
    }

    /** SecurityID with SecurityIDSource 4, else the first SecurityAltID whose source is 4. */
    private static String isin(FixFields fields) {
        String id = fields.get(48);
        if (id != null && "4".equals(fields.get(22))) {
            return id;
        }
        for (int i = fields.indexOf(455, 0); i >= 0; i = fields.indexOf(455, i + 1)) {
            if (i + 1 < fields.size() && fields.tagAt(i + 1) == 456 && fields.valueIs(i + 1, "4")) {
                return fields.value(i);
            }
        }
        throw new FixMessageException(
                "tag 48 SecurityID: an ISIN must be given (48 with 22=4, or 455 SecurityAltID with 456=4)");
    }

    private static String counterparty(FixFields fields) {
        int party = -1;
        for (int i = 0; i < fields.size(); i++) {
            int tag = fields.tagAt(i);
            if (tag == 448) {
                party = i;
            } else if (tag == 452 && party >= 0 && fields.valueIs(i, "17")) {
                return fields.value(party);
            }
        }
        String contra = fields.get(375);
        if (contra != null) {
            return contra;
        }
        throw new FixMessageException(
                "tag 448 PartyID: a party with 452 PartyRole=17 (contra firm) or tag 375 ContraBroker must be given");
    }

    private static BigDecimal decimal(FixFields fields, int tag, String name) {
        String text = required(fields, tag, name);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new FixMessageException("tag " + tag + " " + name + ": must be a decimal number, was " + text);
        }
    }

    private static String required(FixFields fields, int tag, String name) {
        String value = fields.get(tag);
        if (value == null) {
            throw new FixMessageException("tag " + tag + " " + name + ": must be given");
        }
        return value;
    }

    private static String firstOf(FixFields fields, int tag, int other, String name, String otherName) {
        String value = fields.get(tag);
        value = value == null ? fields.get(other) : value;
        if (value == null) {
            throw new FixMessageException(
                    "tag " + tag + " " + name + " or tag " + other + " " + otherName + ": must be given");
        }
        return value;
    }

    /** The record names its field; a FIX reader wants the tag. */
    private static String tagged(String message) {
        FieldError refused = FieldError.parse(message);
        String tag = refused.field() == null ? null : TAG_OF_FIELD.get(refused.field());
        return tag == null ? message : tag + ": " + refused.message();
    }
}
