package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxSese02500109;
import com.prowidesoftware.swift.model.mx.dic.AdditionalParameters29;
import com.prowidesoftware.swift.model.mx.dic.AmountAndDirection94;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstrumentQuantity1Choice;
import com.prowidesoftware.swift.model.mx.dic.PartialSettlement2Code;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification122Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification146;
import com.prowidesoftware.swift.model.mx.dic.Quantity6Choice;
import com.prowidesoftware.swift.model.mx.dic.QuantityAndAccount77;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesAccount19;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesSettlementTransactionConfirmationV09;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesTradeDetails96;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesTransactionType25Code;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesTransactionType43Choice;
import com.prowidesoftware.swift.model.mx.dic.SecurityIdentification19;
import com.prowidesoftware.swift.model.mx.dic.SettlementDate18Choice;
import com.prowidesoftware.swift.model.mx.dic.SettlementDetails171;
import com.prowidesoftware.swift.model.mx.dic.SettlementParties76;
import com.prowidesoftware.swift.model.mx.dic.SettlementTypeAndIdentification19;
import java.time.Instant;
import org.backoffice.securities.message.internal.Checks;
import org.backoffice.securities.message.internal.Mx;
import org.backoffice.securities.message.internal.MxSettlement;

/**
 * Writes a confirmation as a sese.025.001.09 SecuritiesSettlementTransactionConfirmation, for
 * tests, demo data and benchmarks: AcctOwnrTxId our reference, AcctSvcrTxId (and BizMsgIdr) the
 * confirmation reference, FctvSttlmDt the settlement date, SttldQty in units, PrtlSttlm PAIN when
 * partial. ISO 20022 reports a reversal in a separate message (sese.026), so a reversal is
 * refused here. As for MT544-547, the safekeeping account and the place of settlement are
 * arguments, not part of the record.
 */
public final class Sese025Writer {
    private Sese025Writer() {}

    public static String write(
            SettlementConfirmation confirmation,
            String safekeepingAccount,
            String placeOfSettlement,
            String senderBic,
            String receiverBic,
            Instant createdAt) {
        if (confirmation.reversal()) {
            throw new IllegalArgumentException(
                    "reversal: sese.025 cannot carry a reversal; ISO 20022 uses sese.026, which is not written here");
        }
        boolean receive = confirmation.direction() == Direction.RECEIVE;
        SettlementParties76 depository = new SettlementParties76()
                .setDpstry(new PartyIdentification146()
                        .setId(new PartyIdentification122Choice()
                                .setAnyBIC(Checks.bic("placeOfSettlement", placeOfSettlement))));
        SecuritiesSettlementTransactionConfirmationV09 doc = new SecuritiesSettlementTransactionConfirmationV09()
                .setTxIdDtls(new SettlementTypeAndIdentification19()
                        .setAcctOwnrTxId(confirmation.reference())
                        .setAcctSvcrTxId(confirmation.confirmationReference())
                        .setSctiesMvmntTp(MxSettlement.movement(confirmation.direction()))
                        .setPmt(MxSettlement.payment(confirmation.againstPayment())))
                .setTradDtls(new SecuritiesTradeDetails96()
                        .setFctvSttlmDt(new SettlementDate18Choice().setDt(Mx.date(confirmation.settlementDate()))))
                .setFinInstrmId(new SecurityIdentification19().setISIN(confirmation.isin()))
                .setQtyAndAcctDtls(new QuantityAndAccount77()
                        .setSttldQty(new Quantity6Choice()
                                .setQty(new FinancialInstrumentQuantity1Choice()
                                        .setUnit(confirmation.settledQuantity())))
                        .setSfkpgAcct(new SecuritiesAccount19()
                                .setId(Checks.account("safekeepingAccount", safekeepingAccount))))
                .setSttlmParams(new SettlementDetails171()
                        .setSctiesTxTp(
                                new SecuritiesTransactionType43Choice().setCd(SecuritiesTransactionType25Code.TRAD)));
        if (receive) {
            doc.setDlvrgSttlmPties(depository);
        } else {
            doc.setRcvgSttlmPties(depository);
        }
        if (confirmation.partial()) {
            doc.setAddtlParams(new AdditionalParameters29().setPrtlSttlm(PartialSettlement2Code.PAIN));
        }
        if (confirmation.settledAmount() != null) {
            doc.setSttldAmt(new AmountAndDirection94()
                    .setAmt(MxSettlement.amount(confirmation.settledAmount(), confirmation.currency()))
                    .setCdtDbtInd(MxSettlement.creditDebit(confirmation.direction())));
        }
        return Mx.write(
                new MxSese02500109().setSctiesSttlmTxConf(doc),
                senderBic,
                receiverBic,
                confirmation.confirmationReference(),
                createdAt);
    }
}
