-- Capitalised interest and monthly fees are posted many accounts to a ledger transaction (one posting
-- each): eod_postings keeps a row per account, keyed by the transaction and the account.
CREATE TABLE eod_postings_by_account (
    tx_id         BIGINT NOT NULL,
    business_date CHAR(10) NOT NULL,
    step          VARCHAR(16) NOT NULL,
    ledger_id     BIGINT NOT NULL,
    branch        VARCHAR(16) NOT NULL,
    currency      VARCHAR(3) NOT NULL,
    product       VARCHAR(16) NOT NULL,
    amount        BIGINT NOT NULL,
    PRIMARY KEY (tx_id, ledger_id)
);
INSERT INTO eod_postings_by_account (tx_id, business_date, step, ledger_id, branch, currency, product, amount)
    SELECT tx_id, business_date, step, ledger_id, branch, currency, product, amount FROM eod_postings;
DROP TABLE eod_postings;
ALTER TABLE eod_postings_by_account RENAME TO eod_postings;
CREATE INDEX eod_postings_by_day ON eod_postings (business_date, step, ledger_id);
