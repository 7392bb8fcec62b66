package org.backoffice.server;

import java.util.Locale;

/**
 * A JDBC URL of a database Backoffice runs on, and how to show it without its secrets.
 *
 * @param vendor {@code sqlite} or {@code postgresql}
 * @param url the URL as given
 */
public record DatabaseUrl(String vendor, String url) {
    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    public DatabaseUrl {
        if (!vendor.equals("sqlite") && !vendor.equals("postgresql")) {
            throw new IllegalArgumentException("db: must be a jdbc:sqlite: or jdbc:postgresql: URL");
        }
    }

    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("db: must not be empty");
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith(SQLITE) && url.length() > SQLITE.length()) {
            return new DatabaseUrl("sqlite", url);
        }
        if (lower.startsWith(POSTGRESQL) && url.length() > POSTGRESQL.length()) {
            return new DatabaseUrl("postgresql", url);
        }
        throw new IllegalArgumentException("db: must be a jdbc:sqlite: or jdbc:postgresql: URL");
    }

    /**
     * The vendor and where the database is, for logs and the console: {@code sqlite ./data/backoffice.db} or
     * {@code postgresql db.example.org:5432/backoffice}. User, password and query parameters are left out.
     */
    public String display() {
        String rest = url.substring((vendor.equals("sqlite") ? SQLITE : POSTGRESQL).length());
        rest = cut(rest, '?');
        rest = cut(rest, '#');
        if (vendor.equals("postgresql")) {
            if (rest.startsWith("//")) {
                rest = rest.substring(2);
            }
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                rest = rest.substring(at + 1);
            }
        } else if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        return vendor + " " + rest;
    }

    private static String cut(String text, char at) {
        int index = text.indexOf(at);
        return index < 0 ? text : text.substring(0, index);
    }

    @Override
    public String toString() {
        return display();
    }
}
