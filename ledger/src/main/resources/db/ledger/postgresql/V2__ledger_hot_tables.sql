-- The hot tables on PostgreSQL.

-- The hot row of an account: locked, read and written once per batch that touches it.
-- What a batch must see under that lock (closed, the overdraft limit) lives here too.
CREATE TABLE ledger_balances (
    account_id      BIGINT   PRIMARY KEY REFERENCES ledger_accounts (id),
    debits_posted   BIGINT   NOT NULL,
    credits_posted  BIGINT   NOT NULL,
    debits_pending  BIGINT   NOT NULL,
    credits_pending BIGINT   NOT NULL,
    overdraft_limit BIGINT   NOT NULL,
    last_booked_at  BIGINT   NOT NULL,
    closed          SMALLINT NOT NULL
);

-- Transactions are inserted once and never updated or deleted.
-- pending_id: the pending transfer a post, void or expiry resolves (at most one resolution each).
-- reverses_id: the transaction a reversal reverses (at most one reversal each).
CREATE TABLE ledger_transactions (
    id           BIGINT       PRIMARY KEY,
    kind         SMALLINT     NOT NULL,
    value_date   INTEGER      NOT NULL,
    booked_at    BIGINT       NOT NULL,
    pending_id   BIGINT,
    reverses_id  BIGINT,
    expires_at   BIGINT,
    reference    VARCHAR(128),
    reason_code  VARCHAR(64),
    metadata     TEXT,
    content_hash BIGINT       NOT NULL
);

CREATE UNIQUE INDEX ledger_transactions_resolution ON ledger_transactions (pending_id) WHERE pending_id IS NOT NULL;
CREATE UNIQUE INDEX ledger_transactions_reversal ON ledger_transactions (reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX ledger_transactions_expiry ON ledger_transactions (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX ledger_transactions_reference ON ledger_transactions (reference) WHERE reference IS NOT NULL;

-- One row per posting: amount moves from credit_account_id to debit_account_id.
-- *_balance_after: that account's posted debits minus credits once this posting applied.
-- batch_no: the batch that committed it (ledger_state.last_batch).
CREATE TABLE ledger_postings (
    transaction_id       BIGINT   NOT NULL,
    posting_index        SMALLINT NOT NULL,
    kind                 SMALLINT NOT NULL,
    debit_account_id     BIGINT   NOT NULL,
    credit_account_id    BIGINT   NOT NULL,
    amount               BIGINT   NOT NULL,
    value_date           INTEGER  NOT NULL,
    booked_at            BIGINT   NOT NULL,
    debit_balance_after  BIGINT   NOT NULL,
    credit_balance_after BIGINT   NOT NULL,
    batch_no             BIGINT   NOT NULL,
    PRIMARY KEY (transaction_id, posting_index)
);

CREATE INDEX ledger_postings_batch ON ledger_postings (batch_no);

-- The statement index: each posting under both its accounts, in booking order. The writer does not
-- maintain it; the statement indexer adds whole runs of batches behind it, sorted, so that each
-- index page it touches takes many entries at once. Queries read the postings of batches not yet
-- indexed from ledger_postings by batch number.
CREATE TABLE ledger_account_entries (
    account_id     BIGINT   NOT NULL,
    booked_at      BIGINT   NOT NULL,
    transaction_id BIGINT   NOT NULL,
    posting_index  SMALLINT NOT NULL,
    kind           SMALLINT NOT NULL,
    batch_no       BIGINT   NOT NULL,
    PRIMARY KEY (account_id, booked_at, transaction_id, posting_index)
);
