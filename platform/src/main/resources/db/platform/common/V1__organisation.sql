-- Reference data: the organisation, its chart of accounts, parties and calendars.
CREATE TABLE platform_settings (
    name  VARCHAR(64) PRIMARY KEY,
    value VARCHAR(256) NOT NULL
);

CREATE TABLE legal_entities (
    code    VARCHAR(32) PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    country CHAR(2) NOT NULL
);

CREATE TABLE branches (
    code         VARCHAR(16) PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    legal_entity VARCHAR(32) NOT NULL REFERENCES legal_entities (code),
    head_office  BOOLEAN NOT NULL
);

CREATE TABLE departments (
    code   VARCHAR(32) PRIMARY KEY,
    branch VARCHAR(16) NOT NULL REFERENCES branches (code),
    name   VARCHAR(200) NOT NULL
);

CREATE TABLE parties (
    code   VARCHAR(32) PRIMARY KEY,
    kind   VARCHAR(16) NOT NULL,
    name   VARCHAR(200) NOT NULL,
    tax_id VARCHAR(32),
    branch VARCHAR(16) NOT NULL REFERENCES branches (code)
);

CREATE TABLE calendars (
    code VARCHAR(16) PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE calendar_holidays (
    calendar VARCHAR(16) NOT NULL REFERENCES calendars (code),
    day      CHAR(10) NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (calendar, day)
);

CREATE TABLE chart_accounts (
    code        VARCHAR(16) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    normal_side VARCHAR(6) NOT NULL
);

-- The organisation's view of a ledger account: its number, branch and place in the chart.
CREATE TABLE accounts (
    number     VARCHAR(40) PRIMARY KEY,
    ledger_id  BIGINT NOT NULL UNIQUE,
    branch     VARCHAR(16) NOT NULL REFERENCES branches (code),
    chart_code VARCHAR(16) NOT NULL REFERENCES chart_accounts (code),
    asset      VARCHAR(32) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    balance_limit VARCHAR(32) NOT NULL,
    opened_at  BIGINT NOT NULL
);
CREATE INDEX accounts_by_branch ON accounts (branch, asset, number);
