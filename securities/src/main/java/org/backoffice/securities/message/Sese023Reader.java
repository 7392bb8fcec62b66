package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxSese02000106;
import com.prowidesoftware.swift.model.mx.MxSese02300109;
import com.prowidesoftware.swift.model.mx.dic.ActiveCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstrumentQuantity1Choice;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesSettlementTransactionInstructionV09;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesTransactionCancellationRequestV06;
import com.prowidesoftware.swift.model.mx.dic.SettlementParties76;
import com.prowidesoftware.swift.model.mx.dic.SettlementParties78;
import com.prowidesoftware.swift.model.mx.dic.TransactionDetails117;
import java.util.Set;
import org.backoffice.securities.message.internal.Mx;
import org.backoffice.securities.message.internal.MxSettlement;

/**
 * Reads what {@link Sese023Writer} writes: a sese.023.001.09 instruction, or a sese.020.001.06
 * cancellation request (our reference then comes from the application header's BizMsgIdr, the
 * cancelled instruction's from AcctOwnrTxId).
 */
public final class Sese023Reader {
    private static final String SESE023 = "sese.023.001.09";
    private static final String SESE020 = "sese.020.001.06";

    private Sese023Reader() {}

    public static SettlementInstructionMessage read(String xml) {
        String id = Mx.identify(xml, Set.of(SESE023, SESE020));
        return SESE023.equals(id) ? instruction(xml) : cancellation(xml);
    }

    private static SettlementInstructionMessage instruction(String xml) {
        String id = SESE023;
        MxSese02300109 mx = Mx.parse(id, () -> MxSese02300109.parse(xml));
        SecuritiesSettlementTransactionInstructionV09 doc =
                Mx.require(id, "SctiesSttlmTxInstr", mx, MxSese02300109::getSctiesSttlmTxInstr);
        Direction direction = MxSettlement.direction(
                id,
                "SttlmTpAndAddtlParams/SctiesMvmntTp",
                doc,
                d -> d.getSttlmTpAndAddtlParams().getSctiesMvmntTp());
        boolean againstPayment = MxSettlement.againstPayment(
                id,
                "SttlmTpAndAddtlParams/Pmt",
                doc,
                d -> d.getSttlmTpAndAddtlParams().getPmt());
        SettlementParties76 parties =
                direction == Direction.RECEIVE ? doc.getDlvrgSttlmPties() : doc.getRcvgSttlmPties();
        String side = direction == Direction.RECEIVE ? "DlvrgSttlmPties" : "RcvgSttlmPties";
        FinancialInstrumentQuantity1Choice quantity = Mx.require(
                id,
                "QtyAndAcctDtls/SttlmQty/Qty",
                doc,
                d -> d.getQtyAndAcctDtls().getSttlmQty().getQty());
        ActiveCurrencyAndAmount amount = Mx.optional(doc, d -> d.getSttlmAmt().getAmt());
        return Mx.build(
                id,
                () -> new SettlementInstructionMessage(
                        Mx.require(id, "TxId", doc, SecuritiesSettlementTransactionInstructionV09::getTxId),
                        direction,
                        againstPayment,
                        Mx.require(
                                id,
                                "FinInstrmId/ISIN",
                                doc,
                                d -> d.getFinInstrmId().getISIN()),
                        MxSettlement.quantity(id, quantity),
                        quantity.getFaceAmt() != null,
                        Mx.date(
                                id,
                                "TradDtls/TradDt/Dt",
                                Mx.optional(
                                        doc, d -> d.getTradDtls().getTradDt().getDt())),
                        Mx.date(
                                id,
                                "TradDtls/SttlmDt/Dt",
                                Mx.optional(
                                        doc, d -> d.getTradDtls().getSttlmDt().getDt())),
                        MxSettlement.value(amount),
                        MxSettlement.currency(amount),
                        Mx.require(
                                id,
                                "QtyAndAcctDtls/SfkpgAcct/Id",
                                doc,
                                d -> d.getQtyAndAcctDtls().getSfkpgAcct().getId()),
                        Mx.require(
                                id,
                                side + "/Dpstry/Id/AnyBIC",
                                parties,
                                p -> p.getDpstry().getId().getAnyBIC()),
                        Mx.require(
                                id,
                                side + "/Pty1/Id/AnyBIC",
                                parties,
                                p -> p.getPty1().getId().getAnyBIC()),
                        Mx.optional(parties, p -> p.getPty1().getSfkpgAcct().getId()),
                        null));
    }

    private static SettlementInstructionMessage cancellation(String xml) {
        String id = SESE020;
        MxSese02000106 mx = Mx.parse(id, () -> MxSese02000106.parse(xml));
        SecuritiesTransactionCancellationRequestV06 doc =
                Mx.require(id, "SctiesTxCxlReq", mx, MxSese02000106::getSctiesTxCxlReq);
        Direction direction = MxSettlement.direction(
                id,
                "AcctOwnrTxId/SctiesSttlmTxId/SctiesMvmntTp",
                doc,
                d -> d.getAcctOwnrTxId().getSctiesSttlmTxId().getSctiesMvmntTp());
        boolean againstPayment = MxSettlement.againstPayment(
                id,
                "AcctOwnrTxId/SctiesSttlmTxId/Pmt",
                doc,
                d -> d.getAcctOwnrTxId().getSctiesSttlmTxId().getPmt());
        TransactionDetails117 details =
                Mx.require(id, "TxDtls", doc, SecuritiesTransactionCancellationRequestV06::getTxDtls);
        SettlementParties78 parties =
                direction == Direction.RECEIVE ? details.getDlvrgSttlmPties() : details.getRcvgSttlmPties();
        String side = "TxDtls/" + (direction == Direction.RECEIVE ? "DlvrgSttlmPties" : "RcvgSttlmPties");
        FinancialInstrumentQuantity1Choice quantity = Mx.require(
                id, "TxDtls/SttlmQty/Qty", details, d -> d.getSttlmQty().getQty());
        ActiveCurrencyAndAmount amount =
                Mx.optional(details, d -> d.getSttlmAmt().getAmt());
        return Mx.build(
                id,
                () -> new SettlementInstructionMessage(
                        Mx.require(id, "AppHdr/BizMsgIdr", Mx.header(id, mx), h -> h.reference()),
                        direction,
                        againstPayment,
                        Mx.require(
                                id,
                                "TxDtls/FinInstrmId/ISIN",
                                details,
                                d -> d.getFinInstrmId().getISIN()),
                        MxSettlement.quantity(id, quantity),
                        quantity.getFaceAmt() != null,
                        Mx.date(
                                id,
                                "TxDtls/TradDt/Dt",
                                Mx.optional(details, d -> d.getTradDt().getDt())),
                        Mx.date(
                                id,
                                "TxDtls/SttlmDt/Dt",
                                Mx.optional(details, d -> d.getSttlmDt().getDt())),
                        MxSettlement.value(amount),
                        MxSettlement.currency(amount),
                        Mx.require(
                                id, "SfkpgAcct/Id", doc, d -> d.getSfkpgAcct().getId()),
                        Mx.require(
                                id,
                                side + "/Dpstry/Id/AnyBIC",
                                parties,
                                p -> p.getDpstry().getId().getAnyBIC()),
                        Mx.require(
                                id,
                                side + "/Pty1/Id/AnyBIC",
                                parties,
                                p -> p.getPty1().getId().getAnyBIC()),
                        Mx.optional(parties, p -> p.getPty1().getSfkpgAcct()) == null
                                ? null
                                : Mx.optional(
                                        parties, p -> p.getPty1().getSfkpgAcct().getId()),
                        Mx.require(
                                id,
                                "AcctOwnrTxId/SctiesSttlmTxId/TxId",
                                doc,
                                d -> d.getAcctOwnrTxId().getSctiesSttlmTxId().getTxId())));
    }
}
