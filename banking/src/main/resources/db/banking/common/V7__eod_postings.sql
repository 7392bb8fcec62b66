-- Every posting end of day makes, written in the same transaction as the step's rows it comes from:
-- an accrual chunk's total per branch, currency and product (ledger_id 0), an account's capitalised
-- interest, an account's monthly fee.
CREATE TABLE eod_postings (
    tx_id         BIGINT PRIMARY KEY,
    business_date CHAR(10) NOT NULL,
    step          VARCHAR(16) NOT NULL,
    ledger_id     BIGINT NOT NULL,
    branch        VARCHAR(16) NOT NULL,
    currency      VARCHAR(3) NOT NULL,
    product       VARCHAR(16) NOT NULL,
    amount        BIGINT NOT NULL
);
CREATE INDEX eod_postings_by_day ON eod_postings (business_date, step, ledger_id);
