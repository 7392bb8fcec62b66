package org.backoffice.banking.client;

import java.time.Instant;
import java.time.LocalDate;

/** A client of the bank as recorded: the details taken on, with the branch that keeps the relationship. */
public record Client(
        long id,
        ClientKind kind,
        String branch,
        String name,
        String givenNames,
        String familyName,
        LocalDate birthDate,
        String idDocument,
        String taxId,
        String lei,
        String address,
        String country,
        String email,
        String phone,
        Instant createdAt,
        String createdBy) {}
