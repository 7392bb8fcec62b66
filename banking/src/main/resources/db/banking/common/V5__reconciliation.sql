-- Correspondent statement reconciliation: which book account mirrors which account at a
-- correspondent, the statements the correspondent sent, how their entries matched our postings,
-- and the breaks left over until someone explains them.

CREATE TABLE recon_nostros (
    id              BIGINT PRIMARY KEY,
    book_number     VARCHAR(40) NOT NULL UNIQUE,
    ledger_id       BIGINT NOT NULL,
    branch          VARCHAR(16) NOT NULL,
    currency        VARCHAR(3) NOT NULL,
    correspondent   VARCHAR(11) NOT NULL,
    account_id      VARCHAR(35) NOT NULL,
    registered_at   BIGINT NOT NULL,
    registered_by   VARCHAR(64) NOT NULL,
    UNIQUE (account_id, currency)
);

-- Amounts in minor units of the currency; balances signed as the correspondent states them
-- (positive: a credit balance, money of ours held there).
CREATE TABLE recon_statements (
    id                 BIGINT PRIMARY KEY,
    nostro_id          BIGINT NOT NULL REFERENCES recon_nostros (id),
    statement_id       VARCHAR(35) NOT NULL,
    format             VARCHAR(8) NOT NULL,
    opening_date       CHAR(10) NOT NULL,
    opening_balance    BIGINT NOT NULL,
    closing_date       CHAR(10) NOT NULL,
    closing_balance    BIGINT NOT NULL,
    previous_statement VARCHAR(35),
    gap                BIGINT NOT NULL,
    entry_count        INTEGER NOT NULL,
    imported_at        BIGINT NOT NULL,
    imported_by        VARCHAR(64) NOT NULL,
    UNIQUE (nostro_id, statement_id)
);
CREATE INDEX recon_statements_by_date ON recon_statements (nostro_id, closing_date);

CREATE TABLE recon_entries (
    id                 BIGINT PRIMARY KEY,
    statement_row      BIGINT NOT NULL REFERENCES recon_statements (id),
    nostro_id          BIGINT NOT NULL REFERENCES recon_nostros (id),
    position           INTEGER NOT NULL,
    value_date         CHAR(10) NOT NULL,
    booking_date       CHAR(10) NOT NULL,
    side               VARCHAR(6) NOT NULL,
    amount             BIGINT NOT NULL,
    reversal           INTEGER NOT NULL,
    reference          VARCHAR(35) NOT NULL,
    servicer_reference VARCHAR(35),
    transaction_code   VARCHAR(35),
    description        VARCHAR(500)
);
CREATE INDEX recon_entries_by_nostro ON recon_entries (nostro_id, value_date);

-- A match pairs one statement entry with one or more of our postings on the nostro book account;
-- the unique keys keep an entry and a posting in one match at most.
CREATE TABLE recon_matches (
    id          BIGINT PRIMARY KEY,
    nostro_id   BIGINT NOT NULL REFERENCES recon_nostros (id),
    entry_id    BIGINT NOT NULL UNIQUE REFERENCES recon_entries (id),
    rule        VARCHAR(16) NOT NULL,
    explanation VARCHAR(500) NOT NULL,
    matched_at  BIGINT NOT NULL,
    matched_by  VARCHAR(64) NOT NULL
);
CREATE INDEX recon_matches_by_nostro ON recon_matches (nostro_id, id);

CREATE TABLE recon_match_postings (
    match_id       BIGINT NOT NULL REFERENCES recon_matches (id),
    transaction_id BIGINT NOT NULL,
    posting_index  INTEGER NOT NULL,
    PRIMARY KEY (transaction_id, posting_index)
);
CREATE INDEX recon_match_postings_by_match ON recon_match_postings (match_id);

-- An entry or a posting nobody could match: open until a user explains it.
CREATE TABLE recon_breaks (
    id                  BIGINT PRIMARY KEY,
    nostro_id           BIGINT NOT NULL REFERENCES recon_nostros (id),
    kind                VARCHAR(8) NOT NULL,
    entry_id            BIGINT UNIQUE REFERENCES recon_entries (id),
    transaction_id      BIGINT,
    posting_index       INTEGER,
    value_date          CHAR(10) NOT NULL,
    side                VARCHAR(6) NOT NULL,
    amount              BIGINT NOT NULL,
    reference           VARCHAR(128),
    owner               VARCHAR(64),
    status              VARCHAR(8) NOT NULL,
    resolution          VARCHAR(12),
    note                VARCHAR(500),
    correcting_document VARCHAR(64),
    match_id            BIGINT REFERENCES recon_matches (id),
    opened_at           BIGINT NOT NULL,
    resolved_at         BIGINT,
    resolved_by         VARCHAR(64),
    version             INTEGER NOT NULL,
    UNIQUE (transaction_id, posting_index)
);
CREATE INDEX recon_breaks_by_status ON recon_breaks (nostro_id, status, value_date);
