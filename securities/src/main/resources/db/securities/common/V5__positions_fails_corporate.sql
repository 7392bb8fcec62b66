-- Settlement fail penalties: the rate table the user keeps, reference prices, and each day's penalty.
CREATE TABLE sec_penalty_rates (
    category    VARCHAR(24) NOT NULL,
    valid_from  CHAR(10) NOT NULL,
    daily_bp    VARCHAR(40) NOT NULL,
    set_by      VARCHAR(64) NOT NULL,
    set_at      BIGINT NOT NULL,
    PRIMARY KEY (category, valid_from)
);

CREATE TABLE sec_prices (
    isin      VARCHAR(12) NOT NULL,
    day       CHAR(10) NOT NULL,
    price     VARCHAR(24) NOT NULL,
    set_by    VARCHAR(64) NOT NULL,
    set_at    BIGINT NOT NULL,
    PRIMARY KEY (isin, day)
);

CREATE TABLE sec_penalties (
    trade_id    BIGINT NOT NULL REFERENCES sec_trades (id),
    day         CHAR(10) NOT NULL,
    category    VARCHAR(24) NOT NULL,
    daily_bp    VARCHAR(40) NOT NULL,
    base_value  BIGINT NOT NULL,
    amount      BIGINT NOT NULL,
    currency    VARCHAR(3) NOT NULL,
    accrued_by  VARCHAR(64) NOT NULL,
    accrued_at  BIGINT NOT NULL,
    PRIMARY KEY (trade_id, day)
);

-- Corporate actions: announced by an operator, approved and applied by a controller.
CREATE TABLE sec_corporate_actions (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(16) NOT NULL,
    isin            VARCHAR(12) NOT NULL,
    record_date     CHAR(10) NOT NULL,
    pay_date        CHAR(10) NOT NULL,
    rate            VARCHAR(40),
    tax_rate        VARCHAR(40),
    ratio_new       INT,
    ratio_old       INT,
    status          VARCHAR(10) NOT NULL,
    announced_by    VARCHAR(64) NOT NULL,
    announced_at    BIGINT NOT NULL,
    approved_by     VARCHAR(64),
    approved_at     BIGINT
);
CREATE INDEX sec_corporate_actions_by_isin ON sec_corporate_actions (isin, status);

-- What each depo account got from an applied action, and the ledger transaction that paid it.
CREATE TABLE sec_ca_entitlements (
    action_id       BIGINT NOT NULL REFERENCES sec_corporate_actions (id),
    depo_account    VARCHAR(12) NOT NULL,
    branch          VARCHAR(16) NOT NULL,
    position        BIGINT NOT NULL,
    gross           BIGINT NOT NULL,
    tax             BIGINT NOT NULL,
    net             BIGINT NOT NULL,
    units_delta     BIGINT NOT NULL,
    fraction        VARCHAR(40) NOT NULL,
    transaction_id  BIGINT NOT NULL,
    PRIMARY KEY (action_id, depo_account)
);
