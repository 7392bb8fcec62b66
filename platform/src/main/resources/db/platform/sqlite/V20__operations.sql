-- Every ledger transaction a module's operation made: which operation, of which type, branch and
-- actor, when. Written in the ledger batch's own transaction, so a transaction exists only with its
-- row here (or its document); backoffice check verifies both ways. The id is the row id, and ids
-- are time-ordered, so rows append.
CREATE TABLE platform_operations (
    tx_id        INTEGER      PRIMARY KEY,
    operation_id BIGINT       NOT NULL,
    type         VARCHAR(64)  NOT NULL,
    branch       VARCHAR(16)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    at_micros    BIGINT       NOT NULL
);

-- backoffice check finds a reversal's document by it.
CREATE INDEX documents_by_reversal ON documents (reversal_id);
