-- The trade book: the current version of each trade, enriched, with its state.
CREATE TABLE sec_trades (
    id                BIGINT PRIMARY KEY,
    trade_ref         VARCHAR(40) NOT NULL UNIQUE,
    source            VARCHAR(8) NOT NULL,
    branch            VARCHAR(16) NOT NULL,
    version           INT NOT NULL,
    status            VARCHAR(20) NOT NULL,
    side              VARCHAR(4) NOT NULL,
    isin              VARCHAR(12) NOT NULL,
    quantity          BIGINT NOT NULL,
    price             VARCHAR(24) NOT NULL,
    currency          VARCHAR(3) NOT NULL,
    trade_date        CHAR(10) NOT NULL,
    settlement_date   CHAR(10),
    depo_account      VARCHAR(12) NOT NULL,
    counterparty      VARCHAR(20) NOT NULL,
    market            VARCHAR(4),
    delivery          VARCHAR(4) NOT NULL,
    gross_amount      BIGINT NOT NULL,
    accrued_interest  BIGINT NOT NULL,
    fees              BIGINT NOT NULL,
    settlement_amount BIGINT NOT NULL,
    ssi_id            BIGINT,
    repair_reasons    VARCHAR(4000),
    captured_at       BIGINT NOT NULL,
    captured_by       VARCHAR(64) NOT NULL
);
CREATE INDEX sec_trades_by_status ON sec_trades (status, id);
CREATE INDEX sec_trades_by_branch ON sec_trades (branch, id);
CREATE INDEX sec_trades_by_depo ON sec_trades (depo_account, isin);

-- Every version of every trade: the capture, then amendments and cancellations through maker-checker.
CREATE TABLE sec_trade_versions (
    trade_id    BIGINT NOT NULL REFERENCES sec_trades (id),
    version     INT NOT NULL,
    action      VARCHAR(8) NOT NULL,
    state       VARCHAR(10) NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    reason      VARCHAR(400),
    made_by     VARCHAR(64) NOT NULL,
    made_at     BIGINT NOT NULL,
    checked_by  VARCHAR(64),
    checked_at  BIGINT,
    PRIMARY KEY (trade_id, version)
);
