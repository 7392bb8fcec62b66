package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxSese02500109;
import com.prowidesoftware.swift.model.mx.dic.ActiveCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstrumentQuantity1Choice;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesSettlementTransactionConfirmationV09;
import java.util.Set;
import org.backoffice.securities.message.internal.Mx;
import org.backoffice.securities.message.internal.MxSettlement;

/**
 * Reads a sese.025.001.09 confirmation: our reference from TxIdDtls/AcctOwnrTxId, the
 * confirmation's from AcctSvcrTxId, the date from TradDtls/FctvSttlmDt, partial when
 * AddtlParams/PrtlSttlm is given. A sese.025 is never a reversal.
 */
public final class Sese025Reader {
    private static final String ID = "sese.025.001.09";

    private Sese025Reader() {}

    public static SettlementConfirmation read(String xml) {
        Mx.identify(xml, Set.of(ID));
        MxSese02500109 mx = Mx.parse(ID, () -> MxSese02500109.parse(xml));
        SecuritiesSettlementTransactionConfirmationV09 doc =
                Mx.require(ID, "SctiesSttlmTxConf", mx, MxSese02500109::getSctiesSttlmTxConf);
        Direction direction = MxSettlement.direction(
                ID, "TxIdDtls/SctiesMvmntTp", doc, d -> d.getTxIdDtls().getSctiesMvmntTp());
        boolean againstPayment = MxSettlement.againstPayment(
                ID, "TxIdDtls/Pmt", doc, d -> d.getTxIdDtls().getPmt());
        FinancialInstrumentQuantity1Choice quantity = Mx.require(
                ID,
                "QtyAndAcctDtls/SttldQty/Qty",
                doc,
                d -> d.getQtyAndAcctDtls().getSttldQty().getQty());
        ActiveCurrencyAndAmount amount = Mx.optional(doc, d -> d.getSttldAmt().getAmt());
        return Mx.build(
                ID,
                () -> new SettlementConfirmation(
                        Mx.require(
                                ID,
                                "TxIdDtls/AcctOwnrTxId",
                                doc,
                                d -> d.getTxIdDtls().getAcctOwnrTxId()),
                        Mx.require(
                                ID,
                                "TxIdDtls/AcctSvcrTxId",
                                doc,
                                d -> d.getTxIdDtls().getAcctSvcrTxId()),
                        direction,
                        againstPayment,
                        Mx.require(
                                ID,
                                "FinInstrmId/ISIN",
                                doc,
                                d -> d.getFinInstrmId().getISIN()),
                        MxSettlement.quantity(ID, quantity),
                        MxSettlement.value(amount),
                        MxSettlement.currency(amount),
                        Mx.date(
                                ID,
                                "TradDtls/FctvSttlmDt/Dt",
                                Mx.optional(
                                        doc,
                                        d -> d.getTradDtls().getFctvSttlmDt().getDt())),
                        Mx.optional(doc, d -> d.getAddtlParams().getPrtlSttlm()) != null,
                        false));
    }
}
