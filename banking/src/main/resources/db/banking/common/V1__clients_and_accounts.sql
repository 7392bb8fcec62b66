-- The bank's clients and their accounts; each account keeps its balance on a book account of the ledger.
CREATE TABLE bank_clients (
    id           BIGINT PRIMARY KEY,
    kind         VARCHAR(8) NOT NULL,
    branch       VARCHAR(16) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    given_names  VARCHAR(100),
    family_name  VARCHAR(100),
    birth_date   CHAR(10),
    id_document  VARCHAR(40) NOT NULL,
    tax_id       VARCHAR(32),
    lei          CHAR(20),
    address      VARCHAR(300) NOT NULL,
    country      CHAR(2) NOT NULL,
    email        VARCHAR(200),
    phone        VARCHAR(40),
    created_at   BIGINT NOT NULL,
    created_by   VARCHAR(64) NOT NULL
);
CREATE INDEX bank_clients_by_branch ON bank_clients (branch, name);

CREATE TABLE bank_accounts (
    iban          VARCHAR(34) PRIMARY KEY,
    client_id     BIGINT NOT NULL REFERENCES bank_clients (id),
    branch        VARCHAR(16) NOT NULL,
    currency      VARCHAR(3) NOT NULL,
    product       VARCHAR(16) NOT NULL,
    book_number   VARCHAR(40) NOT NULL UNIQUE,
    ledger_id     BIGINT NOT NULL UNIQUE,
    status        VARCHAR(8) NOT NULL,
    status_reason VARCHAR(200),
    opened_on     CHAR(10) NOT NULL,
    closed_on     CHAR(10),
    version       INT NOT NULL
);
CREATE INDEX bank_accounts_by_client ON bank_accounts (client_id, iban);
CREATE INDEX bank_accounts_by_branch ON bank_accounts (branch, iban);

-- Counters the bank allocates from in its own transactions (account numbers).
CREATE TABLE bank_counters (
    name  VARCHAR(32) PRIMARY KEY,
    value BIGINT NOT NULL
);

-- The day's exchange rates: 1 unit of base costs `rate` units of quote.
CREATE TABLE bank_rates (
    rate_date CHAR(10) NOT NULL,
    base      VARCHAR(3) NOT NULL,
    quote     VARCHAR(3) NOT NULL,
    rate      VARCHAR(24) NOT NULL,
    set_by    VARCHAR(64) NOT NULL,
    PRIMARY KEY (rate_date, base, quote)
);

-- Closed business days: nothing but a controller's adjustment may carry a value date on or before the last.
CREATE TABLE bank_business_days (
    business_date CHAR(10) PRIMARY KEY,
    closed_at     BIGINT NOT NULL,
    closed_by     VARCHAR(64) NOT NULL
);
