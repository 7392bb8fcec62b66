-- Trade amendments and cancellations become platform documents (TradeAmendment, TradeCancellation)
-- with the platform's maker-checker. The version a document made current names it.
ALTER TABLE sec_trade_versions ADD COLUMN document_id BIGINT;

-- A proposal still waiting under the old maker-checker has no document to be approved through: it
-- is closed as rejected, saying why, and its maker proposes it again as a document. Nothing of the
-- trade changes, as with any rejected proposal.
UPDATE sec_trade_versions
SET state = 'REJECTED',
    checked_by = 'upgrade',
    checked_at = made_at,
    reason = SUBSTR(COALESCE(reason || ' / ', '') || 'withdrawn on upgrade to documents: propose it again', 1, 400)
WHERE state = 'PROPOSED';

CREATE INDEX sec_trade_versions_by_document ON sec_trade_versions (document_id);
