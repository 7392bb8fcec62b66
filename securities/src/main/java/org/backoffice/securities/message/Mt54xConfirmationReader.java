package org.backoffice.securities.message;

import java.util.Set;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.platform.message.MtMessage;

/**
 * Reads an MT544-547 settlement confirmation; the message type gives direction and payment. The
 * settled quantity is :36B::ESTT// (units or face amount alike), the amount :19A::ESTT//.
 */
public final class Mt54xConfirmationReader {
    private static final Set<String> TYPES = Set.of("544", "545", "546", "547");

    private Mt54xConfirmationReader() {}

    public static SettlementConfirmation read(String text) {
        MtMessage mt = MtMessage.parse(text, TYPES);
        int type = Integer.parseInt(mt.type());
        boolean againstPayment = type == 545 || type == 547;
        MtMessage general = mt.sequence("GENL");
        String function = general.requireValue("23G");
        if (!function.startsWith("NEWM") && !function.startsWith("RVSL")) {
            throw new MessageFormatException(mt.label() + " :23G:: must be NEWM or RVSL, was " + function);
        }
        String reference = general.sequences("LINK").stream()
                .map(link -> link.qualified("20C", "RELA"))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> mt.problem("20C", "RELA", "must be given"));
        MtMessage trade = mt.sequence("TRADDET");
        MtMessage.Quantity quantity = mt.sequence("FIAC").quantity("36B", "ESTT");
        MtMessage settlement = mt.sequence("SETDET");
        String status = settlement.qualified("22F", "STCO").orElse("");
        MtMessage.Amount amount = settlement
                .optionalSequence("AMT")
                .filter(amt -> amt.qualified("19A", "ESTT").isPresent())
                .map(amt -> amt.amount("19A", "ESTT"))
                .orElse(null);
        if (againstPayment && amount == null) {
            throw mt.problem("19A", "ESTT", "must be given against payment");
        }
        return mt.build(() -> new SettlementConfirmation(
                reference,
                general.require("20C", "SEME"),
                type <= 545 ? Direction.RECEIVE : Direction.DELIVER,
                againstPayment,
                trade.isin(),
                quantity.value(),
                amount == null ? null : amount.value(),
                amount == null ? null : amount.currency(),
                trade.date("98A", "ESET"),
                "PAIN".equals(status) || "PARC".equals(status),
                function.startsWith("RVSL")));
    }
}
