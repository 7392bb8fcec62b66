-- End of day: each run and its steps, so that a run stopped midway resumes where it stopped.
CREATE TABLE eod_runs (
    business_date CHAR(10) PRIMARY KEY,
    status        VARCHAR(10) NOT NULL,
    started_at    BIGINT NOT NULL,
    started_by    VARCHAR(64) NOT NULL,
    finished_at   BIGINT,
    error         VARCHAR(500)
);

-- cursor_id: the last ledger account id a chunked step has finished with (0 before the first chunk).
CREATE TABLE eod_steps (
    business_date CHAR(10) NOT NULL,
    step          VARCHAR(16) NOT NULL,
    position      INT NOT NULL,
    status        VARCHAR(10) NOT NULL,
    cursor_id     BIGINT NOT NULL,
    items         BIGINT NOT NULL,
    millis        BIGINT NOT NULL,
    detail        VARCHAR(500),
    PRIMARY KEY (business_date, step)
);

-- The interest sub-ledger: one row per account and business day that has a balance or interest
-- carried. Amounts in micro-units of the currency's minor unit are exact to a millionth of a cent;
-- posted is what the day added to the rounded cumulative accrual, in minor units; carried_micros is
-- what the next day starts from (zero after capitalisation).
CREATE TABLE eod_accruals (
    business_date     CHAR(10) NOT NULL,
    ledger_id         BIGINT NOT NULL,
    branch            VARCHAR(16) NOT NULL,
    currency          VARCHAR(3) NOT NULL,
    product           VARCHAR(16) NOT NULL,
    balance           BIGINT NOT NULL,
    days              INT NOT NULL,
    day_micros        BIGINT NOT NULL,
    cumulative_micros BIGINT NOT NULL,
    posted            BIGINT NOT NULL,
    capitalised       BIGINT NOT NULL,
    carried_micros    BIGINT NOT NULL,
    PRIMARY KEY (business_date, ledger_id)
);

-- Monthly fees: charged, or skipped with the reason the ledger gave.
CREATE TABLE eod_fees (
    business_date CHAR(10) NOT NULL,
    ledger_id     BIGINT NOT NULL,
    branch        VARCHAR(16) NOT NULL,
    currency      VARCHAR(3) NOT NULL,
    product       VARCHAR(16) NOT NULL,
    amount        BIGINT NOT NULL,
    charged       SMALLINT NOT NULL,
    reason        VARCHAR(64),
    PRIMARY KEY (business_date, ledger_id)
);

-- Every book account's posted totals at the end of a closed business day.
CREATE TABLE balance_snapshots (
    business_date CHAR(10) NOT NULL,
    account_id    BIGINT NOT NULL,
    debits        BIGINT NOT NULL,
    credits       BIGINT NOT NULL,
    PRIMARY KEY (business_date, account_id)
);

-- The end-of-day report, per branch and currency, as it was when the day closed.
CREATE TABLE eod_report_lines (
    business_date  CHAR(10) NOT NULL,
    branch         VARCHAR(16) NOT NULL,
    currency       VARCHAR(3) NOT NULL,
    accounts       BIGINT NOT NULL,
    accruing       BIGINT NOT NULL,
    accrued        BIGINT NOT NULL,
    capitalised    BIGINT NOT NULL,
    fees_charged   BIGINT NOT NULL,
    fees_count     BIGINT NOT NULL,
    fees_skipped   BIGINT NOT NULL,
    snapshots      BIGINT NOT NULL,
    debits         BIGINT NOT NULL,
    credits        BIGINT NOT NULL,
    PRIMARY KEY (business_date, branch, currency)
);
