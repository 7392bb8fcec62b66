package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxSese02400110;
import com.prowidesoftware.swift.model.mx.dic.AcknowledgedAcceptedStatus21Choice;
import com.prowidesoftware.swift.model.mx.dic.AcknowledgementReason12Choice;
import com.prowidesoftware.swift.model.mx.dic.AcknowledgementReason5Code;
import com.prowidesoftware.swift.model.mx.dic.AcknowledgementReason9;
import com.prowidesoftware.swift.model.mx.dic.CancellationReason22;
import com.prowidesoftware.swift.model.mx.dic.CancellationReason36Choice;
import com.prowidesoftware.swift.model.mx.dic.CancellationStatus24Choice;
import com.prowidesoftware.swift.model.mx.dic.CancelledStatusReason16Code;
import com.prowidesoftware.swift.model.mx.dic.FailingReason2Code;
import com.prowidesoftware.swift.model.mx.dic.FailingReason8;
import com.prowidesoftware.swift.model.mx.dic.FailingReason8Choice;
import com.prowidesoftware.swift.model.mx.dic.FailingStatus10Choice;
import com.prowidesoftware.swift.model.mx.dic.MatchingStatus24Choice;
import com.prowidesoftware.swift.model.mx.dic.NoReasonCode;
import com.prowidesoftware.swift.model.mx.dic.PendingReason15;
import com.prowidesoftware.swift.model.mx.dic.PendingReason27Choice;
import com.prowidesoftware.swift.model.mx.dic.PendingReason2Code;
import com.prowidesoftware.swift.model.mx.dic.PendingStatus37Choice;
import com.prowidesoftware.swift.model.mx.dic.ProcessingStatus74Choice;
import com.prowidesoftware.swift.model.mx.dic.ProprietaryReason4;
import com.prowidesoftware.swift.model.mx.dic.RejectionReason27Choice;
import com.prowidesoftware.swift.model.mx.dic.RejectionReason30;
import com.prowidesoftware.swift.model.mx.dic.RejectionReason37Code;
import com.prowidesoftware.swift.model.mx.dic.RejectionStatus21Choice;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesSettlementTransactionStatusAdviceV10;
import com.prowidesoftware.swift.model.mx.dic.SettlementStatus17Choice;
import com.prowidesoftware.swift.model.mx.dic.TransactionIdentifications31;
import com.prowidesoftware.swift.model.mx.dic.UnmatchedReason11Code;
import com.prowidesoftware.swift.model.mx.dic.UnmatchedReason15;
import com.prowidesoftware.swift.model.mx.dic.UnmatchedReason21Choice;
import com.prowidesoftware.swift.model.mx.dic.UnmatchedStatus16Choice;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.backoffice.securities.message.internal.Checks;
import org.backoffice.securities.message.internal.Mx;

/**
 * Writes a status as a sese.024.001.10 SecuritiesSettlementTransactionStatusAdvice, for tests,
 * demo data and benchmarks. Our reference is the AcctOwnrTxId; the status time is the application
 * header's CreDt. Each kind goes to its place: processing status (acknowledged, rejected,
 * cancelled), matching status (matched, unmatched) or settlement status (pending, failing); the
 * reason code must be one of ISO's codes for that status (the record allows any four characters,
 * so others are refused here), NORE when there is none, the text in AddtlRsnInf.
 */
public final class Sese024Writer {
    private Sese024Writer() {}

    public static String write(SettlementStatus status, String messageReference, String senderBic, String receiverBic) {
        Checks.text("messageReference", messageReference, 35);
        SecuritiesSettlementTransactionStatusAdviceV10 doc = new SecuritiesSettlementTransactionStatusAdviceV10()
                .setTxId(new TransactionIdentifications31().setAcctOwnrTxId(status.reference()));
        String code = status.reasonCode();
        String text = status.reasonText();
        switch (status.kind()) {
            case ACKNOWLEDGED ->
                doc.setPrcgSts(new ProcessingStatus74Choice()
                        .setAckdAccptd(withReason(
                                new AcknowledgedAcceptedStatus21Choice(),
                                code,
                                text,
                                AcknowledgedAcceptedStatus21Choice::setNoSpcfdRsn,
                                c -> c.addRsn(new AcknowledgementReason9()
                                        .setCd(new AcknowledgementReason12Choice()
                                                .setCd(code(
                                                        code, AcknowledgementReason5Code::valueOf, "acknowledgement")))
                                        .setAddtlRsnInf(text)))));
            case REJECTED ->
                doc.setPrcgSts(new ProcessingStatus74Choice()
                        .setRjctd(withReason(
                                new RejectionStatus21Choice(),
                                code,
                                text,
                                RejectionStatus21Choice::setNoSpcfdRsn,
                                c -> c.addRsn(new RejectionReason30()
                                        .setCd(new RejectionReason27Choice()
                                                .setCd(code(code, RejectionReason37Code::valueOf, "rejection")))
                                        .setAddtlRsnInf(text)))));
            case CANCELLED ->
                doc.setPrcgSts(new ProcessingStatus74Choice()
                        .setCanc(withReason(
                                new CancellationStatus24Choice(),
                                code,
                                text,
                                CancellationStatus24Choice::setNoSpcfdRsn,
                                c -> c.addRsn(new CancellationReason22()
                                        .setCd(new CancellationReason36Choice()
                                                .setCd(code(
                                                        code, CancelledStatusReason16Code::valueOf, "cancellation")))
                                        .setAddtlRsnInf(text)))));
            case MATCHED -> {
                if (code != null) {
                    throw new IllegalArgumentException(
                            "reasonCode: sese.024 gives no reason code for MATCHED, was " + code);
                }
                doc.setMtchgSts(new MatchingStatus24Choice().setMtchd(new ProprietaryReason4().setAddtlRsnInf(text)));
            }
            case UNMATCHED ->
                doc.setMtchgSts(new MatchingStatus24Choice()
                        .setUmtchd(withReason(
                                new UnmatchedStatus16Choice(),
                                code,
                                text,
                                UnmatchedStatus16Choice::setNoSpcfdRsn,
                                c -> c.addRsn(new UnmatchedReason15()
                                        .setCd(new UnmatchedReason21Choice()
                                                .setCd(code(code, UnmatchedReason11Code::valueOf, "unmatched")))
                                        .setAddtlRsnInf(text)))));
            case PENDING ->
                doc.setSttlmSts(new SettlementStatus17Choice()
                        .setPdg(withReason(
                                new PendingStatus37Choice(),
                                code,
                                text,
                                PendingStatus37Choice::setNoSpcfdRsn,
                                c -> c.addRsn(new PendingReason15()
                                        .setCd(new PendingReason27Choice()
                                                .setCd(code(code, PendingReason2Code::valueOf, "pending")))
                                        .setAddtlRsnInf(text)))));
            case FAILING ->
                doc.setSttlmSts(new SettlementStatus17Choice()
                        .setFlng(withReason(
                                new FailingStatus10Choice(),
                                code,
                                text,
                                FailingStatus10Choice::setNoSpcfdRsn,
                                c -> c.addRsn(new FailingReason8()
                                        .setCd(new FailingReason8Choice()
                                                .setCd(code(code, FailingReason2Code::valueOf, "failing")))
                                        .setAddtlRsnInf(text)))));
        }
        return Mx.write(
                new MxSese02400110().setSctiesSttlmTxStsAdvc(doc),
                senderBic,
                receiverBic,
                messageReference,
                status.statusTime());
    }

    /** NORE when the status gives neither code nor text, else the reason built from them. */
    private static <C> C withReason(
            C choice, String code, String text, BiConsumer<C, NoReasonCode> noReason, Consumer<C> addReason) {
        if (code == null && text == null) {
            noReason.accept(choice, NoReasonCode.NORE);
        } else {
            addReason.accept(choice);
        }
        return choice;
    }

    /** A text without a code goes as OTHR, which the reader turns back into no code. */
    private static <E> E code(String code, Function<String, E> valueOf, String what) {
        try {
            return valueOf.apply(code == null ? "OTHR" : code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "reasonCode: " + code + " is not an ISO 20022 " + what + " reason code of sese.024.001.10");
        }
    }
}
