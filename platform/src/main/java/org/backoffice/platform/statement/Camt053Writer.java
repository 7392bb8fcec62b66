package org.backoffice.platform.statement;

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
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus1Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader81;
import com.prowidesoftware.swift.model.mx.dic.ProprietaryBankTransactionCodeStructure1;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences6;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.backoffice.platform.statement.internal.Camt053Codes;

/**
 * Writes statements as one BankToCustomerStatement, camt.053.001.08, for tests and demo data. The
 * balances are OPBD and CLBD; every entry is booked (BOOK); the reference goes to the transaction's
 * EndToEndId, the description to AddtlNtryInf, the transaction code to BkTxCd/Prtry/Cd.
 */
public final class Camt053Writer {
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

    private Camt053Writer() {}

    public static String write(String messageId, Instant createdAt, List<AccountStatement> statements) {
        BankToCustomerStatementV08 document = new BankToCustomerStatementV08()
                .setGrpHdr(new GroupHeader81().setMsgId(messageId).setCreDtTm(createdAt.atOffset(ZoneOffset.UTC)));
        for (AccountStatement statement : statements) {
            document.addStmt(statement(statement, createdAt));
        }
        MxWriteConfiguration config = new MxWriteConfiguration();
        config.documentPrefix = null;
        return new MxCamt05300108().setBkToCstmrStmt(document).message(config);
    }

    private static AccountStatement9 statement(AccountStatement statement, Instant createdAt) {
        AccountStatement9 out = new AccountStatement9()
                .setId(statement.statementId())
                .setCreDtTm(createdAt.atOffset(ZoneOffset.UTC))
                .setAcct(new CashAccount39().setId(account(statement.account())).setCcy(statement.currency()))
                .addBal(balance(
                        Camt053Codes.OPENING,
                        statement.openingBalance(),
                        statement.currency(),
                        statement.openingDate()))
                .addBal(balance(
                        Camt053Codes.CLOSING,
                        statement.closingBalance(),
                        statement.currency(),
                        statement.closingDate()));
        statement.entries().forEach(entry -> out.addNtry(entry(entry, statement.currency())));
        return out;
    }

    private static AccountIdentification4Choice account(String account) {
        return IBAN.matcher(account).matches()
                ? new AccountIdentification4Choice().setIBAN(account)
                : new AccountIdentification4Choice().setOthr(new GenericAccountIdentification1().setId(account));
    }

    private static CashBalance8 balance(String type, BigDecimal signed, String currency, LocalDate date) {
        return new CashBalance8()
                .setTp(new BalanceType13().setCdOrPrtry(new BalanceType10Choice().setCd(type)))
                .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy(currency).setValue(signed.abs()))
                .setCdtDbtInd(signed.signum() < 0 ? CreditDebitCode.DBIT : CreditDebitCode.CRDT)
                .setDt(new DateAndDateTime2Choice().setDt(date));
    }

    private static ReportEntry10 entry(StatementEntry entry, String currency) {
        ReportEntry10 out = new ReportEntry10()
                .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy(currency).setValue(entry.amount()))
                .setCdtDbtInd(entry.side() == StatementEntry.Side.CREDIT ? CreditDebitCode.CRDT : CreditDebitCode.DBIT)
                .setSts(new EntryStatus1Choice().setCd(Camt053Codes.BOOKED))
                .setBookgDt(new DateAndDateTime2Choice().setDt(entry.bookingDate()))
                .setValDt(new DateAndDateTime2Choice().setDt(entry.valueDate()))
                .setAcctSvcrRef(entry.servicerReference())
                // BkTxCd is mandatory in version 08; a placeholder says there was nothing to tell.
                .setBkTxCd(new BankTransactionCodeStructure4()
                        .setPrtry(new ProprietaryBankTransactionCodeStructure1()
                                .setCd(
                                        entry.transactionCode() == null
                                                ? Camt053Codes.NOT_PROVIDED
                                                : entry.transactionCode())))
                .setAddtlNtryInf(entry.description());
        if (entry.reversal()) {
            out.setRvslInd(true);
        }
        if (!StatementEntry.NO_REFERENCE.equals(entry.reference())) {
            out.addNtryDtls(new EntryDetails9()
                    .addTxDtls(new EntryTransaction10()
                            .setRefs(new TransactionReferences6().setEndToEndId(entry.reference()))));
        }
        return out;
    }
}
