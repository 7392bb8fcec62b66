-- Room on each page for the new version of a balance row, so that updating a hot balance stays a
-- heap-only-tuple update and touches no index.
ALTER TABLE ledger_balances SET (fillfactor = 40);
ALTER TABLE ledger_balances SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_cost_delay = 0);
