package org.backoffice.server.web;

import org.backoffice.platform.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Paging links of a list: the addresses of the previous and the next page (null where there is none), which
 * keep the list's filters.
 */
public record Pager(int page, long pages, long total, String previous, String next) {
    public static Pager of(Page<?> page, UriComponentsBuilder address) {
        String previous = page.page() > 0 ? at(address, page.page() - 1) : null;
        String next = page.page() + 1 < page.pages() ? at(address, page.page() + 1) : null;
        return new Pager(page.page(), page.pages(), page.total(), previous, next);
    }

    private static String at(UriComponentsBuilder address, int page) {
        return address.cloneBuilder()
                .replaceQueryParam("page", page)
                .build()
                .encode()
                .toUriString();
    }

    public String summary() {
        return "Page " + (page + 1) + " of " + Math.max(pages, 1) + " · " + total + " in all";
    }
}
