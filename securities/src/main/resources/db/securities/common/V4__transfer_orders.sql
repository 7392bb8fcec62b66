-- Transfer orders to the registrar for registrar-held instruments: ownership moves in the books
-- only once the registrar's extract (the supporting document) is attached.
CREATE TABLE sec_transfer_orders (
    id                BIGINT PRIMARY KEY,
    number            VARCHAR(32) NOT NULL UNIQUE,
    instruction_id    BIGINT NOT NULL UNIQUE REFERENCES sec_instructions (id),
    trade_id          BIGINT NOT NULL,
    trade_ref         VARCHAR(40) NOT NULL,
    branch            VARCHAR(16) NOT NULL,
    seller_account    VARCHAR(35) NOT NULL,
    seller_owner      VARCHAR(140) NOT NULL,
    buyer_account     VARCHAR(35) NOT NULL,
    buyer_owner       VARCHAR(140) NOT NULL,
    counterparty      VARCHAR(20) NOT NULL,
    isin              VARCHAR(12) NOT NULL,
    quantity          BIGINT NOT NULL,
    registrar_bic     VARCHAR(11) NOT NULL,
    settlement_date   CHAR(10) NOT NULL,
    status            VARCHAR(12) NOT NULL,
    sent_on           CHAR(10),
    extract_sha256    CHAR(64),
    extract_name      VARCHAR(255),
    extract_by        VARCHAR(64),
    extract_at        BIGINT,
    completed_by      VARCHAR(64),
    completed_at      BIGINT,
    created_at        BIGINT NOT NULL,
    created_by        VARCHAR(64) NOT NULL,
    version           INT NOT NULL
);
CREATE INDEX sec_transfer_orders_by_branch ON sec_transfer_orders (branch, id);
