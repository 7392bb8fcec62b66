package org.backoffice.server.securities.web;

import java.util.List;

/**
 * The Securities group of the navigation. The pages still to come have their places here and in {@code layout.html}
 * (the block marked "Securities: pages to come"): each engineer adds the link when the page exists.
 */
public final class SecuritiesNav {
    /** Pages to come, by the path they are to take: settlement status, transfer orders, positions, fails, breaks, confirmations. */
    public static final List<String> COMING =
            List.of("/securities/settlement", "/securities/transfer-orders", "/securities/confirmations");

    private SecuritiesNav() {}
}
