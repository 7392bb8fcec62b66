-- The posting engine's schema, in the SQL that SQLite and PostgreSQL share.
-- The hot tables (balances, transactions, postings) are in the vendor folders.
-- Amounts are BIGINT counts of an asset's smallest unit; dates are yyyymmdd integers;
-- instants are microseconds since the epoch, UTC. Ids come from the application.

CREATE TABLE ledger_assets (
    code        VARCHAR(32) PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,
    scale       INTEGER     NOT NULL
);

CREATE TABLE ledger_accounts (
    id            BIGINT       PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL,
    asset_code    VARCHAR(32)  NOT NULL REFERENCES ledger_assets (code),
    owner         VARCHAR(128) NOT NULL,
    normal_side   CHAR(1)      NOT NULL,
    balance_limit SMALLINT     NOT NULL,
    opened_at     BIGINT       NOT NULL
);

CREATE INDEX ledger_accounts_code ON ledger_accounts (code);

-- One row: the last day of the last closed period (yyyymmdd, 0 while none is closed), and the
-- number of the last committed batch. Every batch increments it under this row's lock, so batch
-- numbers follow commit order even with several writers.
CREATE TABLE ledger_state (
    id             SMALLINT PRIMARY KEY,
    closed_through INTEGER  NOT NULL,
    last_batch     BIGINT   NOT NULL
);

INSERT INTO ledger_state (id, closed_through, last_batch) VALUES (1, 0, 0);

-- One row: the statement index holds the postings of every batch up to this number.
CREATE TABLE ledger_index_state (
    id            SMALLINT PRIMARY KEY,
    indexed_batch BIGINT   NOT NULL
);

INSERT INTO ledger_index_state (id, indexed_batch) VALUES (1, 0);

CREATE TABLE ledger_closed_periods (
    period_end INTEGER PRIMARY KEY,
    closed_at  BIGINT  NOT NULL
);

-- Posted balances at each closed period's end, by value date.
CREATE TABLE ledger_balance_snapshots (
    period_end     INTEGER NOT NULL,
    account_id     BIGINT  NOT NULL,
    debits_posted  BIGINT  NOT NULL,
    credits_posted BIGINT  NOT NULL,
    PRIMARY KEY (period_end, account_id)
);
