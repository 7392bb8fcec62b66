package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerStatementV08;
import com.prowidesoftware.swift.model.mx.dic.CashBalance8;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backoffice.securities.message.internal.Mx;

/**
 * Reads the statements of a camt.053.001.08 for cash reconciliation, one {@link CashStatement} per
 * Stmt. Only booked entries count (Sts BOOK or none); the opening balance is OPBD (or PRCD), the
 * closing CLBD and its date the statement date; the entry's reference is NtryRef, else
 * AcctSvcrRef. A statement whose balances do not add up is refused, naming it.
 */
public final class Camt053CashReader {
    private static final String ID = "camt.053.001.08";

    private Camt053CashReader() {}

    public static List<CashStatement> read(String xml) {
        Mx.identify(xml, Set.of(ID));
        MxCamt05300108 mx = Mx.parse(ID, () -> MxCamt05300108.parse(xml));
        BankToCustomerStatementV08 document = Mx.require(ID, "BkToCstmrStmt", mx, MxCamt05300108::getBkToCstmrStmt);
        if (document.getStmt().isEmpty()) {
            throw new MessageFormatException(ID + " BkToCstmrStmt/Stmt: must be given");
        }
        List<CashStatement> statements = new ArrayList<>();
        for (int i = 0; i < document.getStmt().size(); i++) {
            AccountStatement9 stmt = document.getStmt().get(i);
            String where = ID + " Stmt " + (stmt.getId() == null ? "#" + (i + 1) : stmt.getId());
            statements.add(statement(where, stmt));
        }
        return statements;
    }

    private static CashStatement statement(String where, AccountStatement9 stmt) {
        CashBalance8 opening = balance(where, stmt, Set.of("OPBD", "PRCD"), "Bal OPBD");
        CashBalance8 closing = balance(where, stmt, Set.of("CLBD"), "Bal CLBD");
        String account = Mx.optional(stmt, s -> s.getAcct().getId().getIBAN());
        if (account == null) {
            account = Mx.require(
                    where,
                    "Acct/Id/IBAN or Acct/Id/Othr/Id",
                    stmt,
                    s -> s.getAcct().getId().getOthr().getId());
        }
        String currency = Mx.optional(stmt, s -> s.getAcct().getCcy());
        if (currency == null) {
            currency =
                    Mx.require(where, "Bal/Amt/@Ccy", closing, c -> c.getAmt().getCcy());
        }
        List<CashEntry> entries = new ArrayList<>();
        for (int i = 0; i < stmt.getNtry().size(); i++) {
            ReportEntry10 ntry = stmt.getNtry().get(i);
            String status = Mx.optional(ntry, n -> n.getSts().getCd());
            if (status != null && !"BOOK".equals(status)) {
                continue;
            }
            String entryWhere = where + " Ntry " + (i + 1);
            String reference = ntry.getNtryRef() != null ? ntry.getNtryRef() : ntry.getAcctSvcrRef();
            BigDecimal amount = signed(entryWhere, ntry.getAmt(), ntry.getCdtDbtInd(), currency);
            entries.add(Mx.build(
                    entryWhere,
                    () -> new CashEntry(
                            reference, amount, Mx.date(entryWhere, "ValDt", ntry.getValDt()), ntry.getAddtlNtryInf())));
        }
        String accountId = account;
        String ccy = currency;
        return Mx.build(
                where,
                () -> new CashStatement(
                        accountId,
                        ccy,
                        Mx.date(where, "Bal CLBD/Dt", closing.getDt()),
                        signed(where + " Bal OPBD", opening.getAmt(), opening.getCdtDbtInd(), ccy),
                        signed(where + " Bal CLBD", closing.getAmt(), closing.getCdtDbtInd(), ccy),
                        entries));
    }

    private static CashBalance8 balance(String where, AccountStatement9 stmt, Set<String> codes, String what) {
        return stmt.getBal().stream()
                .filter(bal -> codes.contains(
                        Mx.optional(bal, b -> b.getTp().getCdOrPrtry().getCd())))
                .findFirst()
                .orElseThrow(() -> new MessageFormatException(where + " " + what + ": must be given"));
    }

    private static BigDecimal signed(
            String where, ActiveOrHistoricCurrencyAndAmount amount, CreditDebitCode mark, String currency) {
        if (amount == null || amount.getValue() == null) {
            throw new MessageFormatException(where + " Amt: must be given");
        }
        if (mark == null) {
            throw new MessageFormatException(where + " CdtDbtInd: must be given");
        }
        if (amount.getValue().signum() < 0) {
            throw new MessageFormatException(where + " Amt: must not be negative (CdtDbtInd gives the sign)");
        }
        if (!currency.equals(amount.getCcy())) {
            throw new MessageFormatException(where + " Amt: is in " + amount.getCcy() + ", the account in " + currency);
        }
        return mark == CreditDebitCode.DBIT ? amount.getValue().negate() : amount.getValue();
    }
}
