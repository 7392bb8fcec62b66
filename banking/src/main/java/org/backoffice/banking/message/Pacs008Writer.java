package org.backoffice.banking.message;

import com.prowidesoftware.swift.model.mx.MxPacs00800108;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction39;
import com.prowidesoftware.swift.model.mx.dic.FIToFICustomerCreditTransferV08;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader93;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification7;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.SettlementInstruction7;
import com.prowidesoftware.swift.model.mx.dic.SettlementMethod1Code;
import java.time.ZoneOffset;

/**
 * Writes a clearing batch as an ISO 20022 FIToFICustomerCreditTransfer, pacs.008.001.08: the
 * document alone, without a business application header, settled through the clearing house
 * (SttlmMtd CLRG), each party bearing its own charges (ChrgBr SLEV).
 */
public final class Pacs008Writer {
    private Pacs008Writer() {}

    public static String write(ClearingBatch batch) {
        String currency = batch.currency()
                .orElseThrow(() -> new IllegalArgumentException("payments: a pacs.008 needs at least one payment"));
        GroupHeader93 header = new GroupHeader93()
                .setMsgId(batch.messageId())
                .setCreDtTm(batch.createdAt().atOffset(ZoneOffset.UTC))
                .setNbOfTxs(Integer.toString(batch.count()))
                .setCtrlSum(batch.controlSum())
                .setTtlIntrBkSttlmAmt(
                        new ActiveCurrencyAndAmount().setCcy(currency).setValue(batch.controlSum()))
                .setIntrBkSttlmDt(batch.settlementDate())
                .setSttlmInf(new SettlementInstruction7().setSttlmMtd(SettlementMethod1Code.CLRG))
                .setInstgAgt(agent(batch.instructingBic()))
                .setInstdAgt(agent(batch.instructedBic()));
        FIToFICustomerCreditTransferV08 transfer = new FIToFICustomerCreditTransferV08().setGrpHdr(header);
        batch.payments().forEach(payment -> transfer.addCdtTrfTxInf(transaction(payment)));
        MxWriteConfiguration config = new MxWriteConfiguration();
        config.documentPrefix = null;
        return new MxPacs00800108().setFIToFICstmrCdtTrf(transfer).message(config);
    }

    private static CreditTransferTransaction39 transaction(ClearingPayment payment) {
        CreditTransferTransaction39 tx = new CreditTransferTransaction39()
                .setPmtId(new PaymentIdentification7().setEndToEndId(payment.endToEndId()))
                .setIntrBkSttlmAmt(
                        new ActiveCurrencyAndAmount().setCcy(payment.currency()).setValue(payment.amount()))
                .setChrgBr(ChargeBearerType1Code.SLEV)
                .setDbtr(new PartyIdentification135().setNm(payment.debtorName()))
                .setDbtrAcct(account(payment.debtorIban()))
                .setDbtrAgt(agent(payment.debtorBic()))
                .setCdtrAgt(agent(payment.creditorBic()))
                .setCdtr(new PartyIdentification135().setNm(payment.creditorName()))
                .setCdtrAcct(account(payment.creditorIban()));
        if (payment.remittance() != null) {
            tx.setRmtInf(new RemittanceInformation16().addUstrd(payment.remittance()));
        }
        return tx;
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        return new BranchAndFinancialInstitutionIdentification6()
                .setFinInstnId(new FinancialInstitutionIdentification18().setBICFI(bic));
    }

    private static CashAccount38 account(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban));
    }
}
