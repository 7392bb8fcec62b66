package org.backoffice.banking.message;

import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.mx.MxPacs00800108;
import com.prowidesoftware.swift.model.mx.dic.ActiveCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction39;
import com.prowidesoftware.swift.model.mx.dic.FIToFICustomerCreditTransferV08;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader93;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.backoffice.platform.message.FieldProblem;
import org.backoffice.platform.message.MxFiles;

/**
 * Reads a pacs.008.001.08 clearing file. A transaction that does not fit a {@link ClearingPayment}
 * is reported with its 1-based position and the XML path of its first bad field, and the others
 * still load; so is a group header whose NbOfTxs or CtrlSum disagree with the transactions (item
 * 0). A file that is not a pacs.008, or whose group header cannot identify the batch, is refused
 * with an {@link IllegalArgumentException} starting with "file: ".
 */
public final class Pacs008Reader {
    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("endToEndId", "PmtId/EndToEndId"),
            Map.entry("debtorName", "Dbtr/Nm"),
            Map.entry("debtorIban", "DbtrAcct/Id/IBAN"),
            Map.entry("debtorBic", "DbtrAgt/FinInstnId/BICFI"),
            Map.entry("creditorName", "Cdtr/Nm"),
            Map.entry("creditorIban", "CdtrAcct/Id/IBAN"),
            Map.entry("creditorBic", "CdtrAgt/FinInstnId/BICFI"),
            Map.entry("currency", "IntrBkSttlmAmt/@Ccy"),
            Map.entry("amount", "IntrBkSttlmAmt"),
            Map.entry("remittance", "RmtInf/Ustrd"),
            Map.entry("settlementDate", "IntrBkSttlmDt"),
            Map.entry("messageId", "GrpHdr/MsgId"),
            Map.entry("createdAt", "GrpHdr/CreDtTm"),
            Map.entry("instructingBic", "GrpHdr/InstgAgt/FinInstnId/BICFI"),
            Map.entry("instructedBic", "GrpHdr/InstdAgt/FinInstnId/BICFI"));

    private Pacs008Reader() {}

    public static ParsedBatch read(String xml) {
        MxId id = MxFiles.identify(xml);
        if (!"pacs.008.001.08".equals(id.id())) {
            throw new IllegalArgumentException("file: expected a pacs.008.001.08 message, found " + id.id());
        }
        FIToFICustomerCreditTransferV08 transfer = MxPacs00800108.parse(xml).getFIToFICstmrCdtTrf();
        if (transfer == null || transfer.getGrpHdr() == null) {
            throw new IllegalArgumentException("file: the pacs.008 has no FIToFICstmrCdtTrf/GrpHdr");
        }
        GroupHeader93 header = transfer.getGrpHdr();
        List<CreditTransferTransaction39> transactions = transfer.getCdtTrfTxInf();
        String batchCurrency = header.getTtlIntrBkSttlmAmt() == null
                ? null
                : header.getTtlIntrBkSttlmAmt().getCcy();
        List<ClearingPayment> payments = new ArrayList<>();
        List<LineError> errors = new ArrayList<>(checkTotals(header, transactions));
        for (int i = 0; i < transactions.size(); i++) {
            int item = i + 1;
            try {
                ClearingPayment payment = payment(transactions.get(i), header.getIntrBkSttlmDt());
                if (batchCurrency == null) {
                    batchCurrency = payment.currency();
                }
                if (!payment.currency().equals(batchCurrency)) {
                    errors.add(new LineError(
                            item,
                            PATHS.get("currency"),
                            "is " + payment.currency() + ", the batch is in " + batchCurrency));
                } else if (!payment.settlementDate().equals(header.getIntrBkSttlmDt())) {
                    errors.add(new LineError(
                            item,
                            PATHS.get("settlementDate"),
                            "is " + payment.settlementDate() + ", the batch settles on " + header.getIntrBkSttlmDt()));
                } else {
                    payments.add(payment);
                }
            } catch (FieldProblem problem) {
                errors.add(new LineError(item, PATHS.getOrDefault(problem.field(), problem.field()), problem.reason()));
            }
        }
        return new ParsedBatch(batch(header, payments), errors);
    }

    private static ClearingBatch batch(GroupHeader93 header, List<ClearingPayment> payments) {
        try {
            Instant createdAt =
                    header.getCreDtTm() == null ? null : header.getCreDtTm().toInstant();
            return new ClearingBatch(
                    header.getMsgId(),
                    createdAt,
                    header.getIntrBkSttlmDt(),
                    bic(header.getInstgAgt()),
                    bic(header.getInstdAgt()),
                    payments);
        } catch (FieldProblem problem) {
            String path = problem.field().equals("settlementDate")
                    ? "GrpHdr/IntrBkSttlmDt"
                    : PATHS.getOrDefault(problem.field(), problem.field());
            throw new IllegalArgumentException("file: " + path + " " + problem.reason(), problem);
        }
    }

    private static List<LineError> checkTotals(GroupHeader93 header, List<CreditTransferTransaction39> transactions) {
        List<LineError> errors = new ArrayList<>();
        if (!Integer.toString(transactions.size()).equals(header.getNbOfTxs())) {
            errors.add(new LineError(
                    0,
                    "GrpHdr/NbOfTxs",
                    "declares " + header.getNbOfTxs() + " transactions, the file holds " + transactions.size()));
        }
        List<BigDecimal> amounts = transactions.stream()
                .map(CreditTransferTransaction39::getIntrBkSttlmAmt)
                .map(amount -> amount == null ? null : amount.getValue())
                .toList();
        // A missing amount is reported on its own transaction; a sum without it would only add noise.
        if (header.getCtrlSum() != null && amounts.stream().allMatch(Objects::nonNull)) {
            BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(header.getCtrlSum()) != 0) {
                errors.add(new LineError(
                        0,
                        "GrpHdr/CtrlSum",
                        "declares " + header.getCtrlSum().toPlainString() + ", the transactions sum to "
                                + sum.toPlainString()));
            }
        }
        return errors;
    }

    private static ClearingPayment payment(CreditTransferTransaction39 tx, LocalDate headerDate) {
        ActiveCurrencyAndAmount amount = tx.getIntrBkSttlmAmt();
        // The XML binding drops a value it cannot read as a decimal, so absent and unreadable look alike.
        if (amount == null || amount.getValue() == null) {
            throw new FieldProblem("amount", "is missing or not a decimal number");
        }
        List<String> remittance =
                tx.getRmtInf() == null ? List.of() : tx.getRmtInf().getUstrd();
        return new ClearingPayment(
                tx.getPmtId() == null ? null : tx.getPmtId().getEndToEndId(),
                name(tx.getDbtr()),
                iban(tx.getDbtrAcct()),
                bic(tx.getDbtrAgt()),
                name(tx.getCdtr()),
                iban(tx.getCdtrAcct()),
                bic(tx.getCdtrAgt()),
                amount.getCcy(),
                amount.getValue(),
                remittance.isEmpty() ? null : String.join(" ", remittance),
                tx.getIntrBkSttlmDt() == null ? headerDate : tx.getIntrBkSttlmDt());
    }

    private static String name(PartyIdentification135 party) {
        return party == null ? null : party.getNm();
    }

    private static String iban(CashAccount38 account) {
        return account == null || account.getId() == null
                ? null
                : account.getId().getIBAN();
    }

    private static String bic(BranchAndFinancialInstitutionIdentification6 agent) {
        return agent == null || agent.getFinInstnId() == null
                ? null
                : agent.getFinInstnId().getBICFI();
    }
}
