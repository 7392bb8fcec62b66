package org.backoffice.platform.organisation;

public record LegalEntity(String code, String name, String country) {
    public LegalEntity {
        Codes.code("code", code, 32);
        name = Codes.name("name", name);
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country: must be an ISO 3166 two-letter code");
        }
    }
}
