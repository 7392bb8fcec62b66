-- The cash desk: desks of a branch, cashiers' shifts at them, and each closed shift's count by
-- denomination with its totals per currency. The cash itself is on the ledger (chart 1010, vault 1040).
CREATE TABLE cash_desks (
    branch      VARCHAR(16) NOT NULL,
    code        VARCHAR(8) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (branch, code)
);

CREATE TABLE cash_shifts (
    id              BIGINT PRIMARY KEY,
    branch          VARCHAR(16) NOT NULL,
    desk            VARCHAR(8) NOT NULL,
    cashier         VARCHAR(64) NOT NULL,
    status          VARCHAR(8) NOT NULL,
    opened_on       CHAR(10) NOT NULL,
    opened_at       BIGINT NOT NULL,
    open_document   BIGINT,
    close_document  BIGINT,
    closed_on       CHAR(10),
    closed_at       BIGINT
);
-- One shift not closed per desk and per cashier, whatever the services checked before.
CREATE UNIQUE INDEX cash_shifts_one_per_desk ON cash_shifts (branch, desk) WHERE status <> 'CLOSED';
CREATE UNIQUE INDEX cash_shifts_one_per_cashier ON cash_shifts (cashier) WHERE status <> 'CLOSED';
CREATE INDEX cash_shifts_by_desk ON cash_shifts (branch, desk, opened_on);

CREATE TABLE cash_counts (
    shift_id      BIGINT NOT NULL REFERENCES cash_shifts (id),
    currency      VARCHAR(3) NOT NULL,
    denomination  BIGINT NOT NULL,
    pieces        BIGINT NOT NULL,
    PRIMARY KEY (shift_id, currency, denomination)
);

CREATE TABLE cash_close_lines (
    shift_id    BIGINT NOT NULL REFERENCES cash_shifts (id),
    currency    VARCHAR(3) NOT NULL,
    book        BIGINT NOT NULL,
    counted     BIGINT NOT NULL,
    difference  BIGINT NOT NULL,
    returned    BIGINT NOT NULL,
    PRIMARY KEY (shift_id, currency)
);
