package org.backoffice.platform.security;

/** A token just created: {@code secret} is shown to its owner this once and stored only as a hash. */
public record IssuedToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret=***]";
    }
}
