package org.backoffice.platform.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statement files the back office reads: cash statements (camt.053, MT940, MT950) and a
 * custodian's statements of holdings (MT535) and of settled (MT536) or pending (MT537)
 * transactions. A caller names the formats it takes, in the order it names them to users.
 */
public enum StatementFormat {
    CAMT053("camt.053"),
    MT940("MT940"),
    MT950("MT950"),
    MT535("MT535"),
    MT536("MT536"),
    MT537("MT537");

    /** The account statements of a bank: nostro and settlement accounts. */
    public static final List<StatementFormat> CASH = List.of(CAMT053, MT940, MT950);

    /** What a depository and a settlement bank send a securities firm. */
    public static final List<StatementFormat> CUSTODY = List.of(MT535, MT536, MT537, CAMT053);

    private static final Pattern MT_TYPE = Pattern.compile("\\{2:[IO](\\d{3})");

    private final String label;

    StatementFormat(String label) {
        this.label = label;
    }

    /** How users call it: {@code camt.053}, {@code MT940}. */
    public String label() {
        return label;
    }

    /** As a form or command line names it: {@code camt053}, {@code mt940}. */
    public String lower() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format by its name in any case ({@code camt053}, {@code MT950}), one of {@code accepted};
     * null for null or blank text, which means "tell from the content".
     */
    public static StatementFormat parse(String field, String text, List<StatementFormat> accepted) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (StatementFormat format : accepted) {
            if (format.name().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException(field + ": must be "
                + list(accepted.stream().map(StatementFormat::lower).toList(), "or") + ", was '"
                + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
    }

    /**
     * Tells the format from the content: XML is a camt.053 (its reader names any other ISO 20022
     * message), a SWIFT message has its type in the application header {@code {2:I950...}}.
     *
     * @throws IllegalArgumentException "file: ..." when the content is none of {@code accepted}
     */
    public static StatementFormat detect(String content, List<StatementFormat> accepted) {
        String start = content == null ? "" : content.stripLeading();
        if (start.startsWith("<") && accepted.contains(CAMT053)) {
            return CAMT053;
        }
        Matcher type = MT_TYPE.matcher(start);
        if (start.contains("{1:") && type.find()) {
            for (StatementFormat format : accepted) {
                if (format.label.equals("MT" + type.group(1))) {
                    return format;
                }
            }
            throw new IllegalArgumentException(
                    "file: is an MT" + type.group(1) + "; upload " + names(accepted, "or", false));
        }
        throw new IllegalArgumentException("file: is neither " + names(accepted, "nor", true) + " statement");
    }

    /** "an MT535, MT536, MT537 nor a camt.053": an article on the first name, and on the last if asked. */
    private static String names(List<StatementFormat> formats, String conjunction, boolean articleOnLast) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < formats.size(); i++) {
            String label = formats.get(i).label;
            boolean article = i == 0 || (articleOnLast && i == formats.size() - 1);
            names.add(article ? article(label) + label : label);
        }
        return list(names, conjunction);
    }

    /** "a, b or c". */
    private static String list(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.getLast();
    }

    private static String article(String label) {
        return label.startsWith("M") ? "an " : "a ";
    }
}
