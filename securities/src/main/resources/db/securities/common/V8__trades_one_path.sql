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

-- Corporate actions become platform documents (CorporateAction): the document is the announcement,
-- its posting the entitlements. An applied action names its document; one applied before has none.
ALTER TABLE sec_corporate_actions ADD COLUMN document_id BIGINT;

-- An action announced and not yet approved becomes its document, waiting for a controller under
-- the same id, maker and terms.
INSERT INTO documents (id, type, number, branch, doc_date, status, maker, approver, version, asset, amount, body,
                       comment, reversal_id, created_at, updated_at)
SELECT a.id,
       'CorporateAction',
       NULL,
       (SELECT MIN(b.code) FROM branches b WHERE b.head_office = TRUE),
       a.record_date,
       'SUBMITTED',
       a.announced_by,
       NULL,
       1,
       a.isin,
       0,
       '{"kind":"' || a.kind || '","isin":"' || a.isin || '","recordDate":"' || a.record_date
           || '","payDate":"' || a.pay_date || '","rate":' || COALESCE(a.rate, 'null')
           || ',"taxPercent":' || COALESCE(a.tax_rate, 'null') || ',"ratio":'
           || CASE WHEN a.ratio_new IS NULL THEN 'null'
                   ELSE '{"newShares":' || a.ratio_new || ',"oldShares":' || a.ratio_old || '}' END
           || '}',
       NULL,
       NULL,
       a.announced_at,
       a.announced_at
FROM sec_corporate_actions a
WHERE a.status = 'ANNOUNCED';

DELETE FROM sec_corporate_actions WHERE status = 'ANNOUNCED';
