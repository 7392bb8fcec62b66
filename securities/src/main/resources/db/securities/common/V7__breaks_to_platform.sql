-- The securities breaks move to the platform's reconciliation_breaks (platform migration V7), which
-- keeps the break lifecycle of every module. Each row is carried over as it was: the break key is
-- the item, the day it was opened the date it ages from, theirs less ours its amount, the
-- resolution in words its note. A break with an owner was given to them, so it is ASSIGNED.
INSERT INTO reconciliation_breaks (id, source, item, kind, branch, account, subject, detail, asset, side, amount,
                                   ours, theirs, since, statement_ref, owner, status, resolution, note,
                                   resolved_with, opened_at, resolved_at, resolved_by, version)
SELECT id,
       'SECURITIES',
       break_key,
       kind,
       branch,
       account,
       subject,
       detail,
       NULL,
       NULL,
       difference,
       ours,
       theirs,
       opened_on,
       statement_ref,
       owner,
       CASE WHEN status = 'OPEN' AND owner IS NOT NULL THEN 'ASSIGNED' ELSE status END,
       NULL,
       resolution,
       NULL,
       NULL,
       resolved_at,
       resolved_by,
       1
FROM sec_breaks;

DROP TABLE sec_breaks;
