package org.backoffice.securities.corporate;

import java.time.Instant;

/** An announced or applied corporate action, its maker and its checker. */
public record CorporateAction(
        long id,
        NewCorporateAction terms,
        ActionStatus status,
        String announcedBy,
        Instant announcedAt,
        String approvedBy,
        Instant approvedAt) {}
