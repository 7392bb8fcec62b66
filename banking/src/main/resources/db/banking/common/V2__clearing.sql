-- Clearing cycles: payments to and from other banks collect in the one OPEN cycle; closing cuts it
-- (CLOSING: no new items) and a ClearingRun document settles it (CLOSED).
CREATE TABLE clearing_cycles (
    id         BIGINT PRIMARY KEY,
    number     INT NOT NULL UNIQUE,
    status     VARCHAR(8) NOT NULL,
    opened_at  BIGINT NOT NULL,
    cut_at     BIGINT,
    closed_at  BIGINT,
    run_id     BIGINT
);
-- At most one cycle takes new items at a time.
CREATE UNIQUE INDEX clearing_cycles_one_open ON clearing_cycles (status) WHERE status = 'OPEN';

-- What this bank sends through the clearing house: clients' outgoing payments and returns of
-- incoming payments. The id is the ledger transaction that booked it to the clearing payable account.
CREATE TABLE clearing_items (
    id               BIGINT PRIMARY KEY,
    cycle_id         BIGINT NOT NULL REFERENCES clearing_cycles (id),
    kind             VARCHAR(8) NOT NULL,
    status           VARCHAR(8) NOT NULL,
    reference        VARCHAR(40),
    end_to_end_id    VARCHAR(35) NOT NULL,
    debtor_name      VARCHAR(140) NOT NULL,
    debtor_iban      VARCHAR(34) NOT NULL,
    creditor_name    VARCHAR(140) NOT NULL,
    creditor_iban    VARCHAR(34) NOT NULL,
    creditor_bic     VARCHAR(11) NOT NULL,
    currency         VARCHAR(3) NOT NULL,
    amount           BIGINT NOT NULL,
    remittance       VARCHAR(140),
    added_at         BIGINT NOT NULL
);
CREATE INDEX clearing_items_by_cycle ON clearing_items (cycle_id, status);

-- Incoming clearing files, each imported once (by content). A file stays IMPORTING until every
-- payment has its outcome; importing it again resumes it. Transaction ids are first_tx + (item << 10).
CREATE TABLE clearing_files (
    id           BIGINT PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    sha256       CHAR(64) NOT NULL UNIQUE,
    format       VARCHAR(8) NOT NULL,
    status       VARCHAR(10) NOT NULL,
    value_date   CHAR(10) NOT NULL,
    first_tx     BIGINT NOT NULL,
    payments     INT NOT NULL,
    credited     INT NOT NULL,
    suspended    INT NOT NULL,
    unreadable   INT NOT NULL,
    imported_by  VARCHAR(64) NOT NULL,
    started_at   BIGINT NOT NULL,
    finished_at  BIGINT
);

-- Per file, currency and outcome: how many payments and how much (minor units).
CREATE TABLE clearing_file_totals (
    file_id   BIGINT NOT NULL REFERENCES clearing_files (id),
    currency  VARCHAR(3) NOT NULL,
    outcome   VARCHAR(9) NOT NULL,
    payments  INT NOT NULL,
    amount    BIGINT NOT NULL,
    PRIMARY KEY (file_id, currency, outcome)
);

-- Each good payment of an incoming file: credited to the beneficiary or held in suspense. It
-- belongs to the cycle that was open when it was booked.
CREATE TABLE clearing_incoming (
    file_id        BIGINT NOT NULL REFERENCES clearing_files (id),
    item           INT NOT NULL,
    tx_id          BIGINT NOT NULL,
    cycle_id       BIGINT NOT NULL,
    outcome        VARCHAR(9) NOT NULL,
    end_to_end_id  VARCHAR(35) NOT NULL,
    debtor_bic     VARCHAR(11) NOT NULL,
    creditor_iban  VARCHAR(34) NOT NULL,
    currency       VARCHAR(3) NOT NULL,
    amount         BIGINT NOT NULL,
    PRIMARY KEY (file_id, item)
);
CREATE INDEX clearing_incoming_by_cycle ON clearing_incoming (cycle_id, currency);

-- What of a file could not be read or booked, item by item.
CREATE TABLE clearing_file_errors (
    file_id  BIGINT NOT NULL REFERENCES clearing_files (id),
    item     INT NOT NULL,
    field    VARCHAR(100) NOT NULL,
    message  VARCHAR(500) NOT NULL
);
CREATE INDEX clearing_file_errors_by_file ON clearing_file_errors (file_id, item);

-- Incoming payments held in head office's suspense account until someone returns or re-routes them.
CREATE TABLE clearing_exceptions (
    id             BIGINT PRIMARY KEY,
    file_id        BIGINT NOT NULL REFERENCES clearing_files (id),
    item           INT NOT NULL,
    reason         VARCHAR(200) NOT NULL,
    end_to_end_id  VARCHAR(35) NOT NULL,
    debtor_name    VARCHAR(140) NOT NULL,
    debtor_iban    VARCHAR(34) NOT NULL,
    debtor_bic     VARCHAR(11) NOT NULL,
    creditor_name  VARCHAR(140) NOT NULL,
    creditor_iban  VARCHAR(34) NOT NULL,
    currency       VARCHAR(3) NOT NULL,
    amount         BIGINT NOT NULL,
    remittance     VARCHAR(140),
    status         VARCHAR(9) NOT NULL,
    created_at     BIGINT NOT NULL,
    resolution_id  BIGINT,
    resolved_how   VARCHAR(8),
    resolved_to    VARCHAR(34),
    proposed_by    VARCHAR(64),
    resolved_by    VARCHAR(64),
    resolved_at    BIGINT,
    UNIQUE (file_id, item)
);
CREATE INDEX clearing_exceptions_by_status ON clearing_exceptions (status, created_at);
