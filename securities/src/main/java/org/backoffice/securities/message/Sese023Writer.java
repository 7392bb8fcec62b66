package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxSese02000106;
import com.prowidesoftware.swift.model.mx.MxSese02300109;
import com.prowidesoftware.swift.model.mx.dic.AmountAndDirection51;
import com.prowidesoftware.swift.model.mx.dic.AmountAndDirection94;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstrumentQuantity1Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification120Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification122Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification146;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification148;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentificationAndAccount168;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentificationAndAccount170;
import com.prowidesoftware.swift.model.mx.dic.Quantity6Choice;
import com.prowidesoftware.swift.model.mx.dic.QuantityAndAccount79;
import com.prowidesoftware.swift.model.mx.dic.References45Choice;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesAccount19;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesSettlementTransactionInstructionV09;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesTradeDetails97;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesTransactionCancellationRequestV06;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesTransactionType23Code;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesTransactionType47Choice;
import com.prowidesoftware.swift.model.mx.dic.SecurityIdentification19;
import com.prowidesoftware.swift.model.mx.dic.SettlementDate17Choice;
import com.prowidesoftware.swift.model.mx.dic.SettlementDetails164;
import com.prowidesoftware.swift.model.mx.dic.SettlementParties76;
import com.prowidesoftware.swift.model.mx.dic.SettlementParties78;
import com.prowidesoftware.swift.model.mx.dic.SettlementTypeAndAdditionalParameters19;
import com.prowidesoftware.swift.model.mx.dic.SettlementTypeAndIdentification18;
import com.prowidesoftware.swift.model.mx.dic.TradeDate8Choice;
import com.prowidesoftware.swift.model.mx.dic.TransactionDetails117;
import java.time.Instant;
import org.backoffice.securities.message.internal.Mx;
import org.backoffice.securities.message.internal.MxSettlement;

/**
 * Writes a settlement instruction in ISO 20022: a new instruction as sese.023.001.09
 * (SecuritiesSettlementTransactionInstruction), a cancellation as sese.020.001.06
 * (SecuritiesTransactionCancellationRequest), which is how ISO 20022 cancels an instruction (it has
 * no CANC function in sese.023). Both carry a business application header (head.001.001.02) whose
 * BizMsgIdr is our reference; in sese.023 the reference is also the TxId, in sese.020 the
 * AcctOwnrTxId names the instruction being cancelled and TxDtls repeats its details. The
 * counterparty's side of the settlement parties (delivering parties when we receive) holds the
 * place of settlement (Dpstry) and the counterparty's agent (Pty1) with its account.
 */
public final class Sese023Writer {
    private Sese023Writer() {}

    public static String write(
            SettlementInstructionMessage message, String senderBic, String receiverBic, Instant createdAt) {
        if (message.isCancellation()) {
            MxSese02000106 mx = new MxSese02000106().setSctiesTxCxlReq(cancellation(message));
            return Mx.write(mx, senderBic, receiverBic, message.reference(), createdAt);
        }
        MxSese02300109 mx = new MxSese02300109().setSctiesSttlmTxInstr(instruction(message));
        return Mx.write(mx, senderBic, receiverBic, message.reference(), createdAt);
    }

    private static SecuritiesSettlementTransactionInstructionV09 instruction(SettlementInstructionMessage message) {
        boolean receive = message.direction() == Direction.RECEIVE;
        SettlementParties76 counterparty = new SettlementParties76()
                .setDpstry(new PartyIdentification146()
                        .setId(new PartyIdentification122Choice().setAnyBIC(message.placeOfSettlement())))
                .setPty1(new PartyIdentificationAndAccount168()
                        .setId(new PartyIdentification120Choice().setAnyBIC(message.counterpartyBic()))
                        .setSfkpgAcct(account(message.counterpartyAccount())));
        SecuritiesSettlementTransactionInstructionV09 out = new SecuritiesSettlementTransactionInstructionV09()
                .setTxId(message.reference())
                .setSttlmTpAndAddtlParams(new SettlementTypeAndAdditionalParameters19()
                        .setSctiesMvmntTp(MxSettlement.movement(message.direction()))
                        .setPmt(MxSettlement.payment(message.againstPayment())))
                .setTradDtls(new SecuritiesTradeDetails97()
                        .setTradDt(new TradeDate8Choice().setDt(Mx.date(message.tradeDate())))
                        .setSttlmDt(new SettlementDate17Choice().setDt(Mx.date(message.settlementDate()))))
                .setFinInstrmId(new SecurityIdentification19().setISIN(message.isin()))
                .setQtyAndAcctDtls(new QuantityAndAccount79()
                        .setSttlmQty(quantity(message))
                        .setSfkpgAcct(new SecuritiesAccount19().setId(message.safekeepingAccount())))
                .setSttlmParams(new SettlementDetails164()
                        .setSctiesTxTp(
                                new SecuritiesTransactionType47Choice().setCd(SecuritiesTransactionType23Code.TRAD)));
        if (receive) {
            out.setDlvrgSttlmPties(counterparty);
        } else {
            out.setRcvgSttlmPties(counterparty);
        }
        if (message.settlementAmount() != null) {
            out.setSttlmAmt(new AmountAndDirection94()
                    .setAmt(MxSettlement.amount(message.settlementAmount(), message.currency()))
                    .setCdtDbtInd(MxSettlement.creditDebit(message.direction())));
        }
        return out;
    }

    private static SecuritiesTransactionCancellationRequestV06 cancellation(SettlementInstructionMessage message) {
        boolean receive = message.direction() == Direction.RECEIVE;
        SettlementParties78 counterparty = new SettlementParties78()
                .setDpstry(new PartyIdentification148()
                        .setId(new PartyIdentification122Choice().setAnyBIC(message.placeOfSettlement())))
                .setPty1(new PartyIdentificationAndAccount170()
                        .setId(new PartyIdentification120Choice().setAnyBIC(message.counterpartyBic()))
                        .setSfkpgAcct(account(message.counterpartyAccount())));
        TransactionDetails117 details = new TransactionDetails117()
                .setFinInstrmId(new SecurityIdentification19().setISIN(message.isin()))
                .setTradDt(new TradeDate8Choice().setDt(Mx.date(message.tradeDate())))
                .setSttlmDt(new SettlementDate17Choice().setDt(Mx.date(message.settlementDate())))
                .setSttlmQty(quantity(message));
        if (receive) {
            details.setDlvrgSttlmPties(counterparty);
        } else {
            details.setRcvgSttlmPties(counterparty);
        }
        if (message.settlementAmount() != null) {
            details.setSttlmAmt(new AmountAndDirection51()
                    .setAmt(MxSettlement.amount(message.settlementAmount(), message.currency()))
                    .setCdtDbtInd(MxSettlement.creditDebit(message.direction())));
        }
        return new SecuritiesTransactionCancellationRequestV06()
                .setAcctOwnrTxId(new References45Choice()
                        .setSctiesSttlmTxId(new SettlementTypeAndIdentification18()
                                .setTxId(message.cancelsReference())
                                .setSctiesMvmntTp(MxSettlement.movement(message.direction()))
                                .setPmt(MxSettlement.payment(message.againstPayment()))))
                .setSfkpgAcct(new SecuritiesAccount19().setId(message.safekeepingAccount()))
                .setTxDtls(details);
    }

    private static Quantity6Choice quantity(SettlementInstructionMessage message) {
        FinancialInstrumentQuantity1Choice quantity = message.nominal()
                ? new FinancialInstrumentQuantity1Choice().setFaceAmt(message.quantity())
                : new FinancialInstrumentQuantity1Choice().setUnit(message.quantity());
        return new Quantity6Choice().setQty(quantity);
    }

    private static SecuritiesAccount19 account(String account) {
        return account == null ? null : new SecuritiesAccount19().setId(account);
    }
}
