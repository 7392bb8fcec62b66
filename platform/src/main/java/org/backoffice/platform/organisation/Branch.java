package org.backoffice.platform.organisation;

public record Branch(String code, String name, String legalEntity, boolean headOffice) {
    public Branch {
        Codes.code("code", code, 16);
        name = Codes.name("name", name);
        Codes.code("legalEntity", legalEntity, 32);
    }
}
