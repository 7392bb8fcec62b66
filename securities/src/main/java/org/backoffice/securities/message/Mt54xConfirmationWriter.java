package org.backoffice.securities.message;

import org.backoffice.platform.message.MtWriter;

/**
 * Writes a confirmation as MT544-547, for tests, demo data and benchmarks: A General (:20C::SEME//
 * the confirmation reference, :23G:NEWM or RVSL, A1 :20C::RELA// our reference), B Trade details
 * (:98A::ESET//, :35B:ISIN), C (:36B::ESTT// units, :97A::SAFE//), D Settlement details
 * (:22F::SETR//TRAD, :22F::STCO//PAIN when partial, E1 PSET, E3 :19A::ESTT//). The record does not
 * hold the safekeeping account or the place of settlement, which the MT requires; they are
 * arguments here and the reader does not return them.
 */
public final class Mt54xConfirmationWriter {
    private Mt54xConfirmationWriter() {}

    public static String write(
            SettlementConfirmation confirmation,
            String safekeepingAccount,
            String placeOfSettlement,
            String senderBic,
            String receiverBic) {
        MtWriter mt = new MtWriter(confirmation.mtType(), senderBic, receiverBic);
        mt.start("GENL")
                .qualified("20C", "SEME", confirmation.confirmationReference())
                .tag("23G", confirmation.reversal() ? "RVSL" : "NEWM")
                .start("LINK")
                .qualified("20C", "RELA", confirmation.reference())
                .end("LINK")
                .end("GENL");
        mt.start("TRADDET")
                .date("ESET", confirmation.settlementDate())
                .isin(confirmation.isin())
                .end("TRADDET");
        mt.start("FIAC")
                .quantity("36B", "ESTT", confirmation.settledQuantity(), false)
                .qualified(
                        "97A",
                        "SAFE",
                        org.backoffice.securities.message.internal.Checks.account(
                                "safekeepingAccount", safekeepingAccount))
                .end("FIAC");
        mt.start("SETDET").qualified("22F", "SETR", "TRAD");
        if (confirmation.partial()) {
            mt.qualified("22F", "STCO", "PAIN");
        }
        mt.start("SETPRTY")
                .qualified(
                        "95P",
                        "PSET",
                        org.backoffice.securities.message.internal.Checks.bic("placeOfSettlement", placeOfSettlement))
                .end("SETPRTY");
        if (confirmation.settledAmount() != null) {
            mt.start("AMT")
                    .amount("ESTT", confirmation.currency(), confirmation.settledAmount())
                    .end("AMT");
        }
        mt.end("SETDET");
        return mt.text();
    }
}
