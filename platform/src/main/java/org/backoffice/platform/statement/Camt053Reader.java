package org.backoffice.platform.statement;

import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerStatementV08;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4;
import com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure5;
import com.prowidesoftware.swift.model.mx.dic.CashAccount39;
import com.prowidesoftware.swift.model.mx.dic.CashBalance8;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.backoffice.platform.message.FieldProblem;
import org.backoffice.platform.message.MxFiles;
import org.backoffice.platform.statement.internal.Camt053Codes;

/**
 * Reads the statements of a camt.053.001.08 BankToCustomerStatement. Only booked entries (Sts BOOK,
 * or no status) count: pending ones do not move the booked balance. The opening balance is OPBD
 * (or PRCD), the closing CLBD. Whatever does not fit, including balances that do not add up, is
 * refused with an {@link IllegalArgumentException}: "file: ..." for the message, "statement ID:
 * ..." for one statement, since a half-read statement cannot be reconciled.
 */
public final class Camt053Reader {
    private static final Set<String> OPENING = Set.of(Camt053Codes.OPENING, Camt053Codes.PREVIOUSLY_CLOSED);

    private Camt053Reader() {}

    public static List<AccountStatement> read(String xml) {
        MxId id = MxFiles.identify(xml);
        if (!"camt.053.001.08".equals(id.id())) {
            throw new IllegalArgumentException("file: expected a camt.053.001.08 message, found " + id.id());
        }
        MxCamt05300108 mx = MxCamt05300108.parse(xml);
        if (mx == null) {
            // Prowide answers null, not an exception, for XML it cannot bind.
            throw new IllegalArgumentException("file: is not a well-formed camt.053.001.08 document");
        }
        BankToCustomerStatementV08 document = mx.getBkToCstmrStmt();
        if (document == null || document.getStmt().isEmpty()) {
            throw new IllegalArgumentException("file: the camt.053 holds no BkToCstmrStmt/Stmt");
        }
        List<AccountStatement> statements = new ArrayList<>();
        for (int i = 0; i < document.getStmt().size(); i++) {
            AccountStatement9 stmt = document.getStmt().get(i);
            String name = stmt.getId() == null ? "#" + (i + 1) : stmt.getId();
            try {
                statements.add(statement(stmt));
            } catch (FieldProblem problem) {
                throw new IllegalArgumentException("statement " + name + ": " + problem.getMessage(), problem);
            }
        }
        return statements;
    }

    private static AccountStatement statement(AccountStatement9 stmt) {
        CashBalance8 opening = balance(stmt, OPENING, "Bal OPBD or PRCD");
        CashBalance8 closing = balance(stmt, Set.of(Camt053Codes.CLOSING), "Bal CLBD");
        String currency = Optional.ofNullable(stmt.getAcct())
                .map(CashAccount39::getCcy)
                .orElse(opening.getAmt() == null ? null : opening.getAmt().getCcy());
        List<StatementEntry> entries = new ArrayList<>();
        for (int i = 0; i < stmt.getNtry().size(); i++) {
            ReportEntry10 ntry = stmt.getNtry().get(i);
            if (booked(ntry)) {
                entries.add(entry(ntry, currency, i + 1));
            }
        }
        return new AccountStatement(
                stmt.getId(),
                account(stmt.getAcct()),
                currency,
                date(opening.getDt(), "Bal/Dt"),
                signed(opening.getAmt(), opening.getCdtDbtInd(), currency, "Bal/Amt"),
                date(closing.getDt(), "Bal/Dt"),
                signed(closing.getAmt(), closing.getCdtDbtInd(), currency, "Bal/Amt"),
                entries);
    }

    private static CashBalance8 balance(AccountStatement9 stmt, Set<String> codes, String what) {
        return stmt.getBal().stream()
                .filter(bal -> bal.getTp() != null && bal.getTp().getCdOrPrtry() != null)
                .filter(bal -> codes.contains(bal.getTp().getCdOrPrtry().getCd()))
                .findFirst()
                .orElseThrow(() -> new FieldProblem(what, "is missing"));
    }

    private static String account(CashAccount39 account) {
        if (account == null || account.getId() == null) {
            throw new FieldProblem("Acct/Id", "is missing");
        }
        if (account.getId().getIBAN() != null) {
            return account.getId().getIBAN();
        }
        return account.getId().getOthr() == null
                ? null
                : account.getId().getOthr().getId();
    }

    private static boolean booked(ReportEntry10 ntry) {
        return ntry.getSts() == null
                || ntry.getSts().getCd() == null
                || Camt053Codes.BOOKED.equals(ntry.getSts().getCd());
    }

    private static StatementEntry entry(ReportEntry10 ntry, String currency, int position) {
        String where = "Ntry " + position + " ";
        BigDecimal signed = signed(ntry.getAmt(), ntry.getCdtDbtInd(), currency, where + "Amt");
        if (signed.signum() == 0) {
            throw new FieldProblem(where + "Amt", "must be positive, was 0");
        }
        List<EntryTransaction10> details = ntry.getNtryDtls().stream()
                .map(EntryDetails9::getTxDtls)
                .flatMap(List::stream)
                .toList();
        return new StatementEntry(
                date(ntry.getValDt(), where + "ValDt"),
                ntry.getBookgDt() == null ? null : date(ntry.getBookgDt(), where + "BookgDt"),
                signed.abs(),
                signed.signum() > 0 ? StatementEntry.Side.CREDIT : StatementEntry.Side.DEBIT,
                Boolean.TRUE.equals(ntry.isRvslInd()),
                reference(ntry, details),
                ntry.getAcctSvcrRef(),
                transactionCode(ntry.getBkTxCd()),
                description(ntry, details));
    }

    /** The bank's proprietary code, else the ISO domain code as DOMAIN/FAMILY/SUBFAMILY. */
    private static String transactionCode(BankTransactionCodeStructure4 code) {
        if (code == null) {
            return null;
        }
        if (code.getPrtry() != null && provided(code.getPrtry().getCd()) != null) {
            return code.getPrtry().getCd();
        }
        BankTransactionCodeStructure5 domain = code.getDomn();
        if (domain == null || domain.getCd() == null) {
            return null;
        }
        return domain.getFmly() == null
                ? domain.getCd()
                : domain.getCd() + "/" + domain.getFmly().getCd() + "/"
                        + domain.getFmly().getSubFmlyCd();
    }

    private static String reference(ReportEntry10 ntry, List<EntryTransaction10> details) {
        return Stream.concat(
                        details.stream()
                                .filter(tx -> tx.getRefs() != null)
                                .map(tx -> provided(tx.getRefs().getEndToEndId())),
                        Stream.of(ntry.getNtryRef()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(StatementEntry.NO_REFERENCE);
    }

    private static String description(ReportEntry10 ntry, List<EntryTransaction10> details) {
        if (ntry.getAddtlNtryInf() != null) {
            return ntry.getAddtlNtryInf();
        }
        List<String> lines = details.stream()
                .filter(tx -> tx.getRmtInf() != null)
                .flatMap(tx -> tx.getRmtInf().getUstrd().stream())
                .toList();
        return lines.isEmpty() ? null : String.join(" ", lines);
    }

    private static String provided(String value) {
        return value == null || Camt053Codes.NOT_PROVIDED.equals(value) ? null : value;
    }

    private static BigDecimal signed(
            ActiveOrHistoricCurrencyAndAmount amount, CreditDebitCode mark, String currency, String field) {
        if (amount == null || amount.getValue() == null) {
            throw new FieldProblem(field, "is missing or not a decimal number");
        }
        if (mark == null) {
            throw new FieldProblem(field, "has no CdtDbtInd");
        }
        if (amount.getValue().signum() < 0) {
            throw new FieldProblem(field, "must not be negative (CdtDbtInd gives the sign), was " + amount.getValue());
        }
        if (currency != null && !currency.equals(amount.getCcy())) {
            throw new FieldProblem(field, "is in " + amount.getCcy() + ", the account in " + currency);
        }
        return mark == CreditDebitCode.DBIT ? amount.getValue().negate() : amount.getValue();
    }

    private static LocalDate date(DateAndDateTime2Choice choice, String field) {
        if (choice != null && choice.getDt() != null) {
            return choice.getDt();
        }
        if (choice != null && choice.getDtTm() != null) {
            return choice.getDtTm().toLocalDate();
        }
        throw new FieldProblem(field, "is missing");
    }
}
