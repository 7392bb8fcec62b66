-- Confirmations: each affirmation and each matching of a trade against the counterparty's view,
-- appended; the latest row of a trade is its confirmation state.
CREATE TABLE sec_confirmations (
    id            BIGINT PRIMARY KEY,
    trade_id      BIGINT NOT NULL REFERENCES sec_trades (id),
    status        VARCHAR(12) NOT NULL,
    counterparty  VARCHAR(20) NOT NULL,
    differences   VARCHAR(4000),
    recorded_by   VARCHAR(64) NOT NULL,
    recorded_at   BIGINT NOT NULL
);
CREATE INDEX sec_confirmations_by_trade ON sec_confirmations (trade_id, id);

-- The firm's own accounts outside: an omnibus safekeeping account at the depository or a cash
-- account at the settlement bank, and the branch whose books (1110, 1025) they are compared with.
CREATE TABLE sec_firm_accounts (
    account  VARCHAR(35) PRIMARY KEY,
    branch   VARCHAR(16) NOT NULL
);

-- Reconciliation breaks. break_key (statement, kind, account, subject, what) keeps a statement
-- imported twice from opening the same break twice.
CREATE TABLE sec_breaks (
    id             BIGINT PRIMARY KEY,
    break_key      VARCHAR(200) NOT NULL UNIQUE,
    kind           VARCHAR(12) NOT NULL,
    branch         VARCHAR(16) NOT NULL,
    account        VARCHAR(35) NOT NULL,
    subject        VARCHAR(40) NOT NULL,
    detail         VARCHAR(200) NOT NULL,
    ours           BIGINT NOT NULL,
    theirs         BIGINT NOT NULL,
    difference     BIGINT NOT NULL,
    statement_ref  VARCHAR(35) NOT NULL,
    opened_on      CHAR(10) NOT NULL,
    owner          VARCHAR(64),
    status         VARCHAR(10) NOT NULL,
    resolution     VARCHAR(1000),
    resolved_by    VARCHAR(64),
    resolved_at    BIGINT
);
CREATE INDEX sec_breaks_by_status ON sec_breaks (status, opened_on);
