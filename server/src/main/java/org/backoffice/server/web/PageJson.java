package org.backoffice.server.web;

import java.util.List;
import java.util.function.Function;
import org.backoffice.platform.Page;

/** One page of a longer list: the items, the page's number (from 0), its size and the total count. */
public record PageJson<T>(List<T> items, int page, int size, long total) {
    public static <S, T> PageJson<T> of(Page<S> page, Function<S, T> mapping) {
        return new PageJson<>(page.items().stream().map(mapping).toList(), page.page(), page.size(), page.total());
    }
}
