package org.backoffice.platform;

import java.util.List;
import java.util.function.IntFunction;

/** One page of a longer list. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public long pages() {
        return (total + size - 1) / size;
    }

    /** What is done with each item of a list read page by page. */
    @FunctionalInterface
    public interface Visitor<T, E extends Exception> {
        void visit(T item) throws E;
    }

    /**
     * Visits every item of a list read {@code size} items a page, pages numbered from 0, until a page comes back
     * short of {@code size}.
     */
    public static <T, E extends Exception> void forEach(int size, IntFunction<Page<T>> pages, Visitor<T, E> visitor)
            throws E {
        for (int number = 0; ; number++) {
            Page<T> page = pages.apply(number);
            for (T item : page.items()) {
                visitor.visit(item);
            }
            if (page.items().size() < size) {
                return;
            }
        }
    }
}
