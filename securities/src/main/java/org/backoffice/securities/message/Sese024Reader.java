package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxSese02400110;
import com.prowidesoftware.swift.model.mx.dic.ProcessingStatus74Choice;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesSettlementTransactionStatusAdviceV10;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.securities.message.internal.Mx;
import org.backoffice.securities.message.internal.StatusCodes;

/**
 * Reads a sese.024.001.10 status advice into a {@link SettlementStatus}: our reference is
 * TxId/AcctOwnrTxId, the time the application header's CreDt. When the advice carries several
 * statuses (processing, matching, settlement), the most telling wins as for MT548: rejected,
 * cancelled, failing, pending, unmatched, matched, acknowledged. The first reason's code (OTHR
 * read as no code) and text come with it.
 */
public final class Sese024Reader {
    private static final String ID = "sese.024.001.10";

    private Sese024Reader() {}

    private record Found(StatusKind kind, String code, String text) {
        /** The status with its first reason's code and text, if it gives a reason. */
        static <R> Found first(StatusKind kind, List<R> reasons, Function<R, String> code, Function<R, String> text) {
            if (reasons.isEmpty()) {
                return new Found(kind, null, null);
            }
            R reason = reasons.getFirst();
            return new Found(kind, Mx.optional(reason, code), text.apply(reason));
        }
    }

    public static SettlementStatus read(String xml) {
        Mx.identify(xml, Set.of(ID));
        MxSese02400110 mx = Mx.parse(ID, () -> MxSese02400110.parse(xml));
        SecuritiesSettlementTransactionStatusAdviceV10 doc =
                Mx.require(ID, "SctiesSttlmTxStsAdvc", mx, MxSese02400110::getSctiesSttlmTxStsAdvc);
        List<Found> found = new ArrayList<>();
        ProcessingStatus74Choice processing = doc.getPrcgSts();
        if (processing != null) {
            if (processing.getAckdAccptd() != null) {
                found.add(Found.first(
                        StatusKind.ACKNOWLEDGED,
                        processing.getAckdAccptd().getRsn(),
                        r -> r.getCd().getCd().value(),
                        r -> r.getAddtlRsnInf()));
            }
            if (processing.getRjctd() != null) {
                found.add(Found.first(
                        StatusKind.REJECTED,
                        processing.getRjctd().getRsn(),
                        r -> r.getCd().getCd().value(),
                        r -> r.getAddtlRsnInf()));
            }
            if (processing.getCanc() != null) {
                found.add(Found.first(
                        StatusKind.CANCELLED,
                        processing.getCanc().getRsn(),
                        r -> r.getCd().getCd().value(),
                        r -> r.getAddtlRsnInf()));
            }
            if (processing.getPdgPrcg() != null) {
                found.add(new Found(StatusKind.PENDING, null, null));
            }
        }
        if (doc.getMtchgSts() != null) {
            if (doc.getMtchgSts().getMtchd() != null) {
                found.add(new Found(
                        StatusKind.MATCHED, null, doc.getMtchgSts().getMtchd().getAddtlRsnInf()));
            }
            if (doc.getMtchgSts().getUmtchd() != null) {
                found.add(Found.first(
                        StatusKind.UNMATCHED,
                        doc.getMtchgSts().getUmtchd().getRsn(),
                        r -> r.getCd().getCd().value(),
                        r -> r.getAddtlRsnInf()));
            }
        }
        if (doc.getSttlmSts() != null) {
            if (doc.getSttlmSts().getPdg() != null) {
                found.add(Found.first(
                        StatusKind.PENDING,
                        doc.getSttlmSts().getPdg().getRsn(),
                        r -> r.getCd().getCd().value(),
                        r -> r.getAddtlRsnInf()));
            }
            if (doc.getSttlmSts().getFlng() != null) {
                found.add(Found.first(
                        StatusKind.FAILING,
                        doc.getSttlmSts().getFlng().getRsn(),
                        r -> r.getCd().getCd().value(),
                        r -> r.getAddtlRsnInf()));
            }
        }
        Found best = found.stream()
                .max((a, b) -> Integer.compare(StatusCodes.weight(a.kind()), StatusCodes.weight(b.kind())))
                .orElseThrow(() ->
                        new MessageFormatException(ID + " PrcgSts, MtchgSts or SttlmSts: a status must be given"));
        String code = "OTHR".equals(best.code()) ? null : best.code();
        return Mx.build(
                ID,
                () -> new SettlementStatus(
                        Mx.require(
                                ID, "TxId/AcctOwnrTxId", doc, d -> d.getTxId().getAcctOwnrTxId()),
                        best.kind(),
                        code,
                        best.text(),
                        Mx.created(ID, mx)));
    }
}
