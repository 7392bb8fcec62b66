package org.backoffice.securities.message;

import java.util.Set;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.platform.message.MtMessage;

/**
 * Reads an MT540-543 settlement instruction back into a {@link SettlementInstructionMessage}; the
 * message type gives direction and payment. The counterparty is the DEAG (receive) or REAG
 * (deliver) party, with its :97A::SAFE// account if given.
 */
public final class Mt54xReader {
    private static final Set<String> TYPES = Set.of("540", "541", "542", "543");

    private Mt54xReader() {}

    public static SettlementInstructionMessage read(String text) {
        MtMessage mt = MtMessage.parse(text, TYPES);
        int type = Integer.parseInt(mt.type());
        Direction direction = type <= 541 ? Direction.RECEIVE : Direction.DELIVER;
        boolean againstPayment = type == 541 || type == 543;
        MtMessage general = mt.sequence("GENL");
        String function = general.requireValue("23G");
        String cancels = null;
        if (function.startsWith("CANC")) {
            cancels = general.sequences("LINK").stream()
                    .map(link -> link.qualified("20C", "PREV"))
                    .flatMap(java.util.Optional::stream)
                    .findFirst()
                    .orElseThrow(() -> mt.problem("20C", "PREV", "must be given in a cancellation"));
        } else if (!function.startsWith("NEWM")) {
            throw new MessageFormatException(mt.label() + " :23G:: must be NEWM or CANC, was " + function);
        }
        MtMessage trade = mt.sequence("TRADDET");
        MtMessage account = mt.sequence("FIAC");
        MtMessage.Quantity quantity = account.quantity("36B", "SETT");
        MtMessage settlement = mt.sequence("SETDET");
        String agent = direction == Direction.RECEIVE ? "DEAG" : "REAG";
        MtMessage counterparty = settlement.sequences("SETPRTY").stream()
                .filter(party -> party.qualified("95P", agent).isPresent())
                .findFirst()
                .orElseThrow(() -> mt.problem("95P", agent, "must be given"));
        String pset = settlement.sequences("SETPRTY").stream()
                .map(party -> party.qualified("95P", "PSET"))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> mt.problem("95P", "PSET", "must be given"));
        MtMessage.Amount amount = settlement
                .optionalSequence("AMT")
                .filter(amt -> amt.qualified("19A", "SETT").isPresent())
                .map(amt -> amt.amount("19A", "SETT"))
                .orElse(null);
        if (againstPayment && amount == null) {
            throw mt.problem("19A", "SETT", "must be given against payment");
        }
        String cancelsReference = cancels;
        return mt.build(() -> new SettlementInstructionMessage(
                general.require("20C", "SEME"),
                direction,
                againstPayment,
                trade.isin(),
                quantity.value(),
                quantity.nominal(),
                trade.date("98A", "TRAD"),
                trade.date("98A", "SETT"),
                amount == null ? null : amount.value(),
                amount == null ? null : amount.currency(),
                account.require("97A", "SAFE"),
                pset,
                counterparty.require("95P", agent),
                counterparty.qualified("97A", "SAFE").orElse(null),
                cancelsReference));
    }
}
