package org.backoffice.securities.trade;

import org.backoffice.platform.document.DocumentBody;

/**
 * The body of a trade amendment or cancellation: the trade as it will read once a checker approves,
 * enriched and checked when the maker proposed it, and the version it replaces. Approval applies
 * it only if the trade is still at that version and not yet instructed.
 *
 * @param fromVersion the trade's version the maker saw
 * @param next the trade as the new version makes it (a cancellation: as it is, CANCELLED)
 * @param asset the currency the document is filed under (the trade's, or the book's first)
 */
public record ProposedVersion(long tradeId, int fromVersion, Trade next, String reason, String asset)
        implements DocumentBody {
    public ProposedVersion {
        if (next == null) {
            throw new IllegalArgumentException("trade: must be given");
        }
        if (next.id() != tradeId || next.version() <= fromVersion) {
            throw new IllegalArgumentException("version: must follow version " + fromVersion + " of the same trade");
        }
    }
}
