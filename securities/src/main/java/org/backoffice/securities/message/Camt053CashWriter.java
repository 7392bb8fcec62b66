package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BalanceType10Choice;
import com.prowidesoftware.swift.model.mx.dic.BalanceType13;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerStatementV08;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4;
import com.prowidesoftware.swift.model.mx.dic.CashAccount39;
import com.prowidesoftware.swift.model.mx.dic.CashBalance8;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus1Choice;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader81;
import com.prowidesoftware.swift.model.mx.dic.ProprietaryBankTransactionCodeStructure1;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.backoffice.securities.message.internal.Checks;

/**
 * Writes cash statements as one camt.053.001.08 BankToCustomerStatement, for tests and demo data.
 * Balances OPBD and CLBD, both dated the statement date; every entry booked (BOOK) with its
 * reference in NtryRef and its text in AddtlNtryInf; BkTxCd, mandatory in this version, is a
 * proprietary NOTPROVIDED.
 */
public final class Camt053CashWriter {
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

    private Camt053CashWriter() {}

    public static String write(String messageId, Instant createdAt, List<CashStatement> statements) {
        Checks.text("messageId", messageId, 35);
        Checks.present("createdAt", createdAt);
        BankToCustomerStatementV08 document = new BankToCustomerStatementV08()
                .setGrpHdr(new GroupHeader81().setMsgId(messageId).setCreDtTm(createdAt.atOffset(ZoneOffset.UTC)));
        for (int i = 0; i < statements.size(); i++) {
            document.addStmt(statement(messageId + "-" + (i + 1), statements.get(i), createdAt));
        }
        MxWriteConfiguration config = new MxWriteConfiguration();
        config.documentPrefix = null;
        return new MxCamt05300108().setBkToCstmrStmt(document).message(config);
    }

    private static AccountStatement9 statement(String id, CashStatement statement, Instant createdAt) {
        AccountIdentification4Choice account = IBAN.matcher(statement.account()).matches()
                ? new AccountIdentification4Choice().setIBAN(statement.account())
                : new AccountIdentification4Choice()
                        .setOthr(new GenericAccountIdentification1().setId(statement.account()));
        AccountStatement9 out = new AccountStatement9()
                .setId(id)
                .setCreDtTm(createdAt.atOffset(ZoneOffset.UTC))
                .setAcct(new CashAccount39().setId(account).setCcy(statement.currency()))
                .addBal(balance("OPBD", statement.openingBalance(), statement.currency(), statement.date()))
                .addBal(balance("CLBD", statement.closingBalance(), statement.currency(), statement.date()));
        for (CashEntry entry : statement.entries()) {
            out.addNtry(new ReportEntry10()
                    .setNtryRef(entry.reference())
                    .setAmt(new ActiveOrHistoricCurrencyAndAmount()
                            .setCcy(statement.currency())
                            .setValue(entry.amount().abs()))
                    .setCdtDbtInd(entry.amount().signum() > 0 ? CreditDebitCode.CRDT : CreditDebitCode.DBIT)
                    .setSts(new EntryStatus1Choice().setCd("BOOK"))
                    .setValDt(new DateAndDateTime2Choice().setDt(entry.valueDate()))
                    .setBkTxCd(new BankTransactionCodeStructure4()
                            .setPrtry(new ProprietaryBankTransactionCodeStructure1().setCd("NOTPROVIDED")))
                    .setAddtlNtryInf(entry.text()));
        }
        return out;
    }

    private static CashBalance8 balance(String type, BigDecimal signed, String currency, LocalDate date) {
        return new CashBalance8()
                .setTp(new BalanceType13().setCdOrPrtry(new BalanceType10Choice().setCd(type)))
                .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy(currency).setValue(signed.abs()))
                .setCdtDbtInd(signed.signum() < 0 ? CreditDebitCode.DBIT : CreditDebitCode.CRDT)
                .setDt(new DateAndDateTime2Choice().setDt(date));
    }
}
