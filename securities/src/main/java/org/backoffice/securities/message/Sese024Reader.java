package org.backoffice.securities.message;

import com.prowidesoftware.swift.model.mx.MxSese02400110;
import com.prowidesoftware.swift.model.mx.dic.ProcessingStatus74Choice;
import com.prowidesoftware.swift.model.mx.dic.SecuritiesSettlementTransactionStatusAdviceV10;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    private record Found(StatusKind kind, String code, String text) {}

    public static SettlementStatus read(String xml) {
        Mx.identify(xml, Set.of(ID));
        MxSese02400110 mx = Mx.parse(ID, () -> MxSese02400110.parse(xml));
        SecuritiesSettlementTransactionStatusAdviceV10 doc =
                Mx.require(ID, "SctiesSttlmTxStsAdvc", mx, MxSese02400110::getSctiesSttlmTxStsAdvc);
        List<Found> found = new ArrayList<>();
        ProcessingStatus74Choice processing = doc.getPrcgSts();
        if (processing != null) {
            if (processing.getAckdAccptd() != null) {
                var rsn = processing.getAckdAccptd().getRsn();
                found.add(
                        rsn.isEmpty()
                                ? new Found(StatusKind.ACKNOWLEDGED, null, null)
                                : new Found(
                                        StatusKind.ACKNOWLEDGED,
                                        Mx.optional(
                                                rsn.getFirst(),
                                                r -> r.getCd().getCd().value()),
                                        rsn.getFirst().getAddtlRsnInf()));
            }
            if (processing.getRjctd() != null) {
                var rsn = processing.getRjctd().getRsn();
                found.add(
                        rsn.isEmpty()
                                ? new Found(StatusKind.REJECTED, null, null)
                                : new Found(
                                        StatusKind.REJECTED,
                                        Mx.optional(
                                                rsn.getFirst(),
                                                r -> r.getCd().getCd().value()),
                                        rsn.getFirst().getAddtlRsnInf()));
            }
            if (processing.getCanc() != null) {
                var rsn = processing.getCanc().getRsn();
                found.add(
                        rsn.isEmpty()
                                ? new Found(StatusKind.CANCELLED, null, null)
                                : new Found(
                                        StatusKind.CANCELLED,
                                        Mx.optional(
                                                rsn.getFirst(),
                                                r -> r.getCd().getCd().value()),
                                        rsn.getFirst().getAddtlRsnInf()));
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
                var rsn = doc.getMtchgSts().getUmtchd().getRsn();
                found.add(
                        rsn.isEmpty()
                                ? new Found(StatusKind.UNMATCHED, null, null)
                                : new Found(
                                        StatusKind.UNMATCHED,
                                        Mx.optional(
                                                rsn.getFirst(),
                                                r -> r.getCd().getCd().value()),
                                        rsn.getFirst().getAddtlRsnInf()));
            }
        }
        if (doc.getSttlmSts() != null) {
            if (doc.getSttlmSts().getPdg() != null) {
                var rsn = doc.getSttlmSts().getPdg().getRsn();
                found.add(
                        rsn.isEmpty()
                                ? new Found(StatusKind.PENDING, null, null)
                                : new Found(
                                        StatusKind.PENDING,
                                        Mx.optional(
                                                rsn.getFirst(),
                                                r -> r.getCd().getCd().value()),
                                        rsn.getFirst().getAddtlRsnInf()));
            }
            if (doc.getSttlmSts().getFlng() != null) {
                var rsn = doc.getSttlmSts().getFlng().getRsn();
                found.add(
                        rsn.isEmpty()
                                ? new Found(StatusKind.FAILING, null, null)
                                : new Found(
                                        StatusKind.FAILING,
                                        Mx.optional(
                                                rsn.getFirst(),
                                                r -> r.getCd().getCd().value()),
                                        rsn.getFirst().getAddtlRsnInf()));
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
