-- Settlement instructions: one per instructed trade, with the ledger's pending transfer that
-- reserves both legs until the depository (or the registrar) confirms.
CREATE TABLE sec_instructions (
    id                  BIGINT PRIMARY KEY,
    trade_id            BIGINT NOT NULL UNIQUE REFERENCES sec_trades (id),
    reference           VARCHAR(16) NOT NULL UNIQUE,
    branch              VARCHAR(16) NOT NULL,
    direction           VARCHAR(8) NOT NULL,
    dvp                 INT NOT NULL,
    registrar           INT NOT NULL,
    isin                VARCHAR(12) NOT NULL,
    quantity            BIGINT NOT NULL,
    settlement_amount   BIGINT NOT NULL,
    fees                BIGINT NOT NULL,
    currency            VARCHAR(3) NOT NULL,
    trade_date          CHAR(10) NOT NULL,
    settlement_date     CHAR(10) NOT NULL,
    place               VARCHAR(11) NOT NULL,
    depo_account        VARCHAR(12) NOT NULL,
    counterparty_bic    VARCHAR(11) NOT NULL,
    counterparty_account VARCHAR(35),
    status              VARCHAR(20) NOT NULL,
    settled_quantity    BIGINT NOT NULL,
    settled_amount      BIGINT NOT NULL,
    settled_fees        BIGINT NOT NULL,
    pending_tx          BIGINT,
    sequence            INT NOT NULL,
    cancel_reason       VARCHAR(400),
    cancel_requested_by VARCHAR(64),
    created_at          BIGINT NOT NULL,
    created_by          VARCHAR(64) NOT NULL,
    version             INT NOT NULL
);
CREATE INDEX sec_instructions_by_status ON sec_instructions (status, settlement_date);
CREATE INDEX sec_instructions_by_branch ON sec_instructions (branch, id);

-- Every change of an instruction's status, with the message that caused it.
CREATE TABLE sec_instruction_events (
    id              BIGINT PRIMARY KEY,
    instruction_id  BIGINT NOT NULL REFERENCES sec_instructions (id),
    at              BIGINT NOT NULL,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20) NOT NULL,
    reason_code     VARCHAR(4),
    text            VARCHAR(400),
    source_ref      VARCHAR(64),
    actor           VARCHAR(64) NOT NULL
);
CREATE INDEX sec_instruction_events_by_instruction ON sec_instruction_events (instruction_id, id);

-- The ledger transactions that posted (part of) an instruction; a reversal marks the one it undid.
CREATE TABLE sec_instruction_settlements (
    instruction_id  BIGINT NOT NULL REFERENCES sec_instructions (id),
    sequence        INT NOT NULL,
    confirmation_ref VARCHAR(64) NOT NULL,
    tx_id           BIGINT NOT NULL,
    quantity        BIGINT NOT NULL,
    amount          BIGINT NOT NULL,
    fees            BIGINT NOT NULL,
    settled_on      CHAR(10) NOT NULL,
    reversed_by     BIGINT,
    PRIMARY KEY (instruction_id, sequence)
);

-- Messages already applied, so that the same message applied twice changes nothing.
CREATE TABLE sec_instruction_messages (
    message_key     VARCHAR(120) PRIMARY KEY,
    instruction_id  BIGINT NOT NULL REFERENCES sec_instructions (id),
    applied_at      BIGINT NOT NULL
);
