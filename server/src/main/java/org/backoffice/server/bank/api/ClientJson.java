package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;

/** A client as the API shows it; the id is text, as it exceeds what JavaScript's numbers hold exactly. */
@Schema(name = "BankClient")
public record ClientJson(
        @Schema(example = "7412580963214785") String id,
        ClientKind kind,
        @Schema(example = "HO") String branch,

        @Schema(description = "The company's name, or the person's given and family names")
        String name,

        String givenNames,
        String familyName,
        LocalDate birthDate,
        String idDocument,
        String taxId,
        String lei,
        String address,
        @Schema(example = "GB") String country,
        String email,
        String phone,
        Instant createdAt,
        String createdBy,
        Map<String, String> links) {

    static ClientJson of(Client c) {
        String self = "/api/bank/clients/" + c.id();
        return new ClientJson(
                Long.toString(c.id()),
                c.kind(),
                c.branch(),
                c.name(),
                c.givenNames(),
                c.familyName(),
                c.birthDate(),
                c.idDocument(),
                c.taxId(),
                c.lei(),
                c.address(),
                c.country(),
                c.email(),
                c.phone(),
                c.createdAt(),
                c.createdBy(),
                Map.of("self", self, "accounts", self + "/accounts"));
    }
}
