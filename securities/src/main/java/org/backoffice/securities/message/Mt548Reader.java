package org.backoffice.securities.message;

import java.time.ZoneOffset;
import java.util.Set;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.platform.message.MtMessage;
import org.backoffice.securities.message.internal.StatusCodes;

/**
 * Reads an MT548 into a {@link SettlementStatus}: our reference from :20C::RELA//, the time from
 * :98C::PREP// (UTC). When the message reports several statuses (:25D: in several STAT sequences,
 * e.g. matched and pending), the most telling wins: rejected, cancelled, failing, pending,
 * unmatched, matched, acknowledged; its first :24B: reason and :70D::REAS: text come with it.
 */
public final class Mt548Reader {
    private Mt548Reader() {}

    public static SettlementStatus read(String text) {
        MtMessage mt = MtMessage.parse(text, Set.of("548"));
        MtMessage general = mt.sequence("GENL");
        String reference = general.sequences("LINK").stream()
                .map(link -> link.qualified("20C", "RELA"))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> mt.problem("20C", "RELA", "must be given"));
        StatusKind best = null;
        MtMessage bestStatus = null;
        String bestCode = null;
        for (MtMessage stat : general.sequences("STAT")) {
            for (String qualifier : stat.qualifiers("25D")) {
                String code = stat.require("25D", qualifier);
                StatusKind kind = StatusCodes.kind(qualifier, code);
                if (kind == null) {
                    throw mt.problem("25D", qualifier, "status " + code + " is not one this reader knows");
                }
                if (best == null || StatusCodes.weight(kind) > StatusCodes.weight(best)) {
                    best = kind;
                    bestStatus = stat;
                    bestCode = code;
                }
            }
        }
        if (best == null) {
            throw new MessageFormatException("MT548 :25D:: a status must be given (sequence STAT)");
        }
        String reasonCode = null;
        String reasonText = null;
        MtMessage reason = bestStatus.optionalSequence("REAS").orElse(null);
        if (reason != null) {
            reasonCode = reason.qualified("24B", bestCode).orElse(null);
            reasonCode = "NARR".equals(reasonCode) ? null : reasonCode;
            reasonText = reason.qualified("70D", "REAS")
                    .map(lines -> String.join("", lines.lines().toList()))
                    .orElse(null);
        }
        StatusKind kind = best;
        String code = reasonCode;
        String narrative = reasonText;
        return mt.build(() -> new SettlementStatus(
                reference,
                kind,
                code,
                narrative,
                general.dateTime("98C", "PREP").toInstant(ZoneOffset.UTC)));
    }
}
