-- Markets: where a trade is dealt, with the calendar and the settlement cycle that give its settlement date.
CREATE TABLE sec_markets (
    mic             VARCHAR(4) PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    calendar        VARCHAR(16) NOT NULL,
    settlement_days INT NOT NULL,
    created_at      BIGINT NOT NULL,
    created_by      VARCHAR(64) NOT NULL
);

-- Instruments; each is an asset of the ledger under its ISIN, counted in units (shares or bonds of the nominal).
CREATE TABLE sec_instruments (
    isin             CHAR(12) PRIMARY KEY,
    kind             VARCHAR(8) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    currency         VARCHAR(3) NOT NULL,
    nominal          VARCHAR(24) NOT NULL,
    market           VARCHAR(4) NOT NULL REFERENCES sec_markets (mic),
    place            VARCHAR(11) NOT NULL,
    registrar_held   INT NOT NULL,
    penalty_category VARCHAR(24) NOT NULL,
    coupon_rate      VARCHAR(24),
    coupon_frequency INT,
    first_coupon     CHAR(10),
    maturity         CHAR(10),
    day_count        VARCHAR(16),
    created_at       BIGINT NOT NULL,
    created_by       VARCHAR(64) NOT NULL
);

-- Counterparties: brokers and banks the firm deals with, known by their LEI.
CREATE TABLE sec_counterparties (
    lei        CHAR(20) PRIMARY KEY,
    bic        VARCHAR(11) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL,
    created_by VARCHAR(64) NOT NULL
);

-- Standing settlement instructions of a counterparty per market: where it settles and through whom.
CREATE TABLE sec_ssis (
    id            BIGINT PRIMARY KEY,
    counterparty  CHAR(20) NOT NULL REFERENCES sec_counterparties (lei),
    market        VARCHAR(4) NOT NULL REFERENCES sec_markets (mic),
    place         VARCHAR(11) NOT NULL,
    agent_bic     VARCHAR(11) NOT NULL,
    agent_account VARCHAR(35) NOT NULL,
    cash_account  VARCHAR(35),
    valid_from    CHAR(10) NOT NULL,
    created_at    BIGINT NOT NULL,
    created_by    VARCHAR(64) NOT NULL
);
CREATE UNIQUE INDEX sec_ssis_by_counterparty ON sec_ssis (counterparty, market, valid_from);

-- Safekeeping (depo) accounts of clients and of the firm itself.
CREATE TABLE sec_depo_accounts (
    code       VARCHAR(12) PRIMARY KEY,
    branch     VARCHAR(16) NOT NULL,
    owner_kind VARCHAR(8) NOT NULL,
    owner_name VARCHAR(200) NOT NULL,
    owner_lei  CHAR(20),
    status     VARCHAR(8) NOT NULL,
    opened_on  CHAR(10) NOT NULL,
    closed_on  CHAR(10),
    created_by VARCHAR(64) NOT NULL,
    version    INT NOT NULL
);
CREATE INDEX sec_depo_accounts_by_branch ON sec_depo_accounts (branch, code);
