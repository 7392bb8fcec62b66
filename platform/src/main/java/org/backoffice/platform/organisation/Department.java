package org.backoffice.platform.organisation;

public record Department(String code, String branch, String name) {
    public Department {
        Codes.code("code", code, 32);
        Codes.code("branch", branch, 16);
        name = Codes.name("name", name);
    }
}
