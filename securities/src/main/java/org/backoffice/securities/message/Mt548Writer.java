package org.backoffice.securities.message;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.platform.message.MtWriter;
import org.backoffice.securities.message.internal.Checks;
import org.backoffice.securities.message.internal.StatusCodes;

/**
 * Writes a status as an MT548 settlement status and processing advice, for tests, demo data and
 * benchmarks: A General with the sender's :20C::SEME//, :23G:INST (CAST for a cancellation),
 * :98C::PREP// the status time in UTC, A1 :20C::RELA// our reference, A2 one status :25D: with a
 * reason :24B: (NARR when there is only a text) and :70D::REAS// text in lines of 35.
 */
public final class Mt548Writer {
    private static final int LINE = 35;

    private Mt548Writer() {}

    public static String write(SettlementStatus status, String messageReference, String senderBic, String receiverBic) {
        Checks.reference("messageReference", messageReference);
        MtWriter mt = new MtWriter(548, senderBic, receiverBic);
        mt.start("GENL")
                .qualified("20C", "SEME", messageReference)
                .tag("23G", status.kind() == StatusKind.CANCELLED ? "CAST" : "INST")
                .dateTime("PREP", LocalDateTime.ofInstant(status.statusTime(), ZoneOffset.UTC));
        mt.start("LINK").qualified("20C", "RELA", status.reference()).end("LINK");
        String code = StatusCodes.code(status.kind());
        mt.start("STAT").qualified("25D", StatusCodes.qualifier(status.kind()), code);
        if (status.reasonCode() != null || status.reasonText() != null) {
            mt.start("REAS").qualified("24B", code, status.reasonCode() == null ? "NARR" : status.reasonCode());
            if (status.reasonText() != null) {
                mt.qualified("70D", "REAS", String.join("\n", lines(status.reasonText())));
            }
            mt.end("REAS");
        }
        mt.end("STAT").end("GENL");
        return mt.text();
    }

    /** Cut at 35 characters exactly, so the reader gets the text back by joining the lines. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += LINE) {
            lines.add(text.substring(i, Math.min(text.length(), i + LINE)));
        }
        return lines;
    }
}
