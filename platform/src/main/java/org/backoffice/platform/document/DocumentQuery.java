package org.backoffice.platform.document;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter over documents, with sorting and paging.
 *
 * @param sort one of {@link #SORTABLE}, with a leading '-' for descending
 */
public record DocumentQuery(
        String type,
        DocumentStatus status,
        String branch,
        String maker,
        LocalDate from,
        LocalDate to,
        String number,
        String sort,
        int page,
        int size) {
    public static final Set<String> SORTABLE = Set.of("date", "number", "amount", "status", "type", "created");
    public static final int MAX_SIZE = 1000;

    public DocumentQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page: must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: must be within 1.." + MAX_SIZE + ", was " + size);
        }
        sort = sort == null || sort.isBlank() ? "-created" : sort;
        String column = sort.startsWith("-") ? sort.substring(1) : sort;
        if (!SORTABLE.contains(column)) {
            throw new IllegalArgumentException(
                    "sort: must be one of " + SORTABLE + ", optionally with '-', was " + sort);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to");
        }
    }

    public static DocumentQuery firstPage(int size) {
        return new DocumentQuery(null, null, null, null, null, null, null, null, 0, size);
    }

    public DocumentQuery withStatus(DocumentStatus newStatus) {
        return new DocumentQuery(type, newStatus, branch, maker, from, to, number, sort, page, size);
    }
}
