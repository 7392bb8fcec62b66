package org.backoffice.server.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters and the sort order of the documents list, as its address carries them; the exports take the same.
 * Blank means "any".
 */
public record DocumentFilter(
        String type, String status, String branch, String maker, String from, String to, String number, String sort) {
    static final String DEFAULT_SORT = "-created";

    public DocumentFilter {
        type = clean(type);
        status = clean(status);
        branch = clean(branch);
        maker = clean(maker);
        from = clean(from);
        to = clean(to);
        number = clean(number);
        sort = clean(sort).isEmpty() ? DEFAULT_SORT : clean(sort);
    }

    static DocumentFilter of(Map<String, String> parameters) {
        return new DocumentFilter(
                parameters.get("type"),
                parameters.get("status"),
                parameters.get("branch"),
                parameters.get("maker"),
                parameters.get("from"),
                parameters.get("to"),
                parameters.get("number"),
                parameters.get("sort"));
    }

    /** The platform's query for one page; refuses a malformed date or status, or an unknown sort column. */
    DocumentQuery query(int page, int size) {
        return new DocumentQuery(
                blankToNull(type),
                status.isEmpty() ? null : status(status),
                blankToNull(branch),
                blankToNull(maker),
                date("from", from),
                date("to", to),
                blankToNull(number),
                sort,
                Math.max(page, 0),
                size);
    }

    /** The list's address with these filters, for paging and sorting links. */
    UriComponentsBuilder address(String path) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath(path);
        add(address, "type", type);
        add(address, "status", status);
        add(address, "branch", branch);
        add(address, "maker", maker);
        add(address, "from", from);
        add(address, "to", to);
        add(address, "number", number);
        if (!sort.equals(DEFAULT_SORT)) {
            address.queryParam("sort", sort);
        }
        return address;
    }

    public String addressOf(String path) {
        return address(path).build().encode().toUriString();
    }

    /** Sorting by a column: ascending first, descending when it is sorted ascending already. */
    public String sortedBy(String column) {
        DocumentFilter sorted = new DocumentFilter(
                type, status, branch, maker, from, to, number, sort.equals(column) ? "-" + column : column);
        return sorted.addressOf("/documents");
    }

    /** The aria-sort value of a column's heading. */
    public String ariaSort(String column) {
        if (sort.equals(column)) {
            return "ascending";
        }
        return sort.equals("-" + column) ? "descending" : null;
    }

    private static DocumentStatus status(String text) {
        try {
            return DocumentStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status: must be one of DRAFT, SUBMITTED, REJECTED, POSTED, REVERSED");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": must be a date as YYYY-MM-DD, was '" + text + "'");
        }
    }

    private static void add(UriComponentsBuilder address, String name, String value) {
        if (!value.isEmpty()) {
            address.queryParam(name, value);
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
