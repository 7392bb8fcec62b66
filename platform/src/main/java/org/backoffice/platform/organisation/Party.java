package org.backoffice.platform.organisation;

/** A counterparty: a client, supplier, correspondent bank or registrar. */
public record Party(String code, Kind kind, String name, String taxId, String branch) {
    public enum Kind {
        PERSON,
        COMPANY,
        BANK,
        REGISTRAR
    }

    public Party {
        Codes.code("code", code, 32);
        if (kind == null) {
            throw new IllegalArgumentException("kind: must be given");
        }
        name = Codes.name("name", name);
        if (taxId != null && (taxId.isBlank() || taxId.length() > 32)) {
            throw new IllegalArgumentException("taxId: at most 32 characters when given");
        }
        Codes.code("branch", branch, 16);
    }
}
