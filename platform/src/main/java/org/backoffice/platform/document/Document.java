package org.backoffice.platform.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document: its header and its type-specific body.
 *
 * @param number given on submission, per type, branch and year; null while a draft
 * @param amount the amount the approval policy weighs, in minor units of {@code asset}
 * @param comment the last approver's or rejecter's comment
 */
public record Document(
        DocumentId id,
        String type,
        String number,
        String branch,
        LocalDate date,
        DocumentStatus status,
        String maker,
        String approver,
        int version,
        String asset,
        long amount,
        DocumentBody body,
        String comment,
        Instant createdAt,
        Instant updatedAt) {

    public <B extends DocumentBody> B body(Class<B> type) {
        return type.cast(body);
    }
}
