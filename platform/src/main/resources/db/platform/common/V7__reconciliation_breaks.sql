-- Reconciliation breaks of every module: a difference between our books and a statement from
-- outside, kept until a user explains it. The module that found it (source) keys what differs
-- (item), so that a statement read twice opens no break twice; the platform keeps the break's
-- life: OPEN -> ASSIGNED -> RESOLVED, its owner, how and by whom it was resolved, and when.
-- Amounts in minor units of the asset, or units of a security. The modules' own break tables are
-- carried over into this one by their own migrations, which then drop them.
CREATE TABLE reconciliation_breaks (
    id            BIGINT PRIMARY KEY,
    source        VARCHAR(16) NOT NULL,
    item          VARCHAR(200) NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    branch        VARCHAR(16) NOT NULL,
    account       VARCHAR(40) NOT NULL,
    subject       VARCHAR(128),
    detail        VARCHAR(200),
    asset         VARCHAR(32),
    side          VARCHAR(6),
    amount        BIGINT NOT NULL,
    ours          BIGINT,
    theirs        BIGINT,
    since         CHAR(10) NOT NULL,
    statement_ref VARCHAR(35),
    owner         VARCHAR(64),
    status        VARCHAR(10) NOT NULL,
    resolution    VARCHAR(16),
    note          VARCHAR(1000),
    resolved_with VARCHAR(64),
    opened_at     BIGINT,
    resolved_at   BIGINT,
    resolved_by   VARCHAR(64),
    version       INTEGER NOT NULL,
    UNIQUE (source, item)
);
CREATE INDEX reconciliation_breaks_by_account ON reconciliation_breaks (source, account, status);
CREATE INDEX reconciliation_breaks_by_date ON reconciliation_breaks (source, status, since);
