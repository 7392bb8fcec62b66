package org.backoffice.securities.message;

import org.backoffice.platform.message.MtWriter;

/**
 * Writes a settlement instruction as MT540 (receive free), MT541 (receive against payment), MT542
 * (deliver free) or MT543 (deliver against payment): A General (:20C::SEME//, :23G: NEWM or CANC,
 * A1 linkage :20C::PREV// for a cancellation), B Trade details (:98A::SETT//, :98A::TRAD//,
 * :35B:ISIN), C Financial instrument/account (:36B::SETT// UNIT or FAMT, :97A::SAFE//), E Settlement
 * details (:22F::SETR//TRAD; E1 parties: the counterparty as seller or buyer, its agent DEAG or
 * REAG with its account, the place of settlement PSET; E3 :19A::SETT// when there is an amount).
 */
public final class Mt54xWriter {
    private Mt54xWriter() {}

    public static String write(SettlementInstructionMessage message, String senderBic, String receiverBic) {
        boolean receive = message.direction() == Direction.RECEIVE;
        MtWriter mt = new MtWriter(message.mtType(), senderBic, receiverBic);
        mt.start("GENL").qualified("20C", "SEME", message.reference());
        mt.tag("23G", message.isCancellation() ? "CANC" : "NEWM");
        if (message.isCancellation()) {
            mt.start("LINK")
                    .qualified("20C", "PREV", message.cancelsReference())
                    .end("LINK");
        }
        mt.end("GENL");
        mt.start("TRADDET")
                .date("SETT", message.settlementDate())
                .date("TRAD", message.tradeDate())
                .isin(message.isin())
                .end("TRADDET");
        mt.start("FIAC")
                .quantity("36B", "SETT", message.quantity(), message.nominal())
                .qualified("97A", "SAFE", message.safekeepingAccount())
                .end("FIAC");
        mt.start("SETDET").qualified("22F", "SETR", "TRAD");
        mt.start("SETPRTY")
                .qualified("95P", receive ? "SELL" : "BUYR", message.counterpartyBic())
                .end("SETPRTY");
        mt.start("SETPRTY").qualified("95P", receive ? "DEAG" : "REAG", message.counterpartyBic());
        if (message.counterpartyAccount() != null) {
            mt.qualified("97A", "SAFE", message.counterpartyAccount());
        }
        mt.end("SETPRTY");
        mt.start("SETPRTY")
                .qualified("95P", "PSET", message.placeOfSettlement())
                .end("SETPRTY");
        if (message.settlementAmount() != null) {
            mt.start("AMT")
                    .amount("SETT", message.currency(), message.settlementAmount())
                    .end("AMT");
        }
        mt.end("SETDET");
        return mt.text();
    }
}
