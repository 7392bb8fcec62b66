package org.backoffice.securities.message.internal;

import org.backoffice.securities.message.StatusKind;

/** The MT548 status qualifier (:25D::QUAL//) and code for each status kind, and back. */
public final class StatusCodes {
    private StatusCodes() {}

    public static String qualifier(StatusKind kind) {
        return switch (kind) {
            case MATCHED, UNMATCHED -> "MTCH";
            case PENDING, FAILING -> "SETT";
            case CANCELLED, ACKNOWLEDGED, REJECTED -> "IPRC";
        };
    }

    public static String code(StatusKind kind) {
        return switch (kind) {
            case MATCHED -> "MACH";
            case UNMATCHED -> "NMAT";
            case PENDING -> "PEND";
            case FAILING -> "PENF";
            case CANCELLED -> "CAND";
            case ACKNOWLEDGED -> "PACK";
            case REJECTED -> "REJT";
        };
    }

    /**
     * @return null for a code this table does not know. CANP (cancellation pending) counts as
     *     acknowledged and PPRC (pending processing) as pending.
     */
    public static StatusKind kind(String qualifier, String code) {
        return switch (qualifier + "//" + code) {
            case "MTCH//MACH" -> StatusKind.MATCHED;
            case "MTCH//NMAT" -> StatusKind.UNMATCHED;
            case "SETT//PEND", "IPRC//PPRC" -> StatusKind.PENDING;
            case "SETT//PENF" -> StatusKind.FAILING;
            case "IPRC//CAND" -> StatusKind.CANCELLED;
            case "IPRC//PACK", "IPRC//CANP" -> StatusKind.ACKNOWLEDGED;
            case "IPRC//REJT" -> StatusKind.REJECTED;
            default -> null;
        };
    }

    /** Which status tells most when a message carries several: trouble first, then progress. */
    public static int weight(StatusKind kind) {
        return switch (kind) {
            case REJECTED -> 7;
            case CANCELLED -> 6;
            case FAILING -> 5;
            case PENDING -> 4;
            case UNMATCHED -> 3;
            case MATCHED -> 2;
            case ACKNOWLEDGED -> 1;
        };
    }
}
