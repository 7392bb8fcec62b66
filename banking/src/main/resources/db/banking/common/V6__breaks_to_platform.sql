-- The nostro breaks move to the platform's reconciliation_breaks (platform migration V7), which
-- keeps the break lifecycle of every module. Each row is carried over as it was: the item keys the
-- entry (entry:ID) or our posting (posting:TRANSACTION/INDEX); the reference becomes the subject,
-- the value date the date the break ages from, the match or correcting document what explains it.
-- A break someone assigned (an ASSIGN in the audit log) is ASSIGNED; one that only has the owner
-- whose import found it stays OPEN.
INSERT INTO reconciliation_breaks (id, source, item, kind, branch, account, subject, detail, asset, side, amount,
                                   ours, theirs, since, statement_ref, owner, status, resolution, note,
                                   resolved_with, opened_at, resolved_at, resolved_by, version)
SELECT b.id,
       'BANKING',
       CASE WHEN b.kind = 'ENTRY' THEN 'entry:' || CAST(b.entry_id AS VARCHAR(20))
            ELSE 'posting:' || CAST(b.transaction_id AS VARCHAR(20)) || '/' || CAST(b.posting_index AS VARCHAR(10))
       END,
       b.kind,
       n.branch,
       n.book_number,
       b.reference,
       NULL,
       n.currency,
       b.side,
       b.amount,
       NULL,
       NULL,
       b.value_date,
       NULL,
       b.owner,
       CASE WHEN b.status = 'OPEN' AND EXISTS (
                SELECT 1 FROM audit_log a
                WHERE a.entity_type = 'ReconciliationBreak' AND a.action = 'ASSIGN'
                  AND a.entity_id = CAST(b.id AS VARCHAR(20)))
            THEN 'ASSIGNED'
            ELSE b.status
       END,
       b.resolution,
       b.note,
       CASE WHEN b.correcting_document IS NOT NULL THEN b.correcting_document
            WHEN b.match_id IS NOT NULL THEN CAST(b.match_id AS VARCHAR(20))
       END,
       b.opened_at,
       b.resolved_at,
       b.resolved_by,
       b.version
FROM recon_breaks b
JOIN recon_nostros n ON n.id = b.nostro_id;

DROP TABLE recon_breaks;
