-- The audit log: append-only, each row chained to the one before by a SHA-256.
CREATE TABLE audit_log (
    seq         BIGINT PRIMARY KEY,
    at_micros   BIGINT NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    entity_type VARCHAR(40) NOT NULL,
    entity_id   VARCHAR(64) NOT NULL,
    branch      VARCHAR(16),
    before_state TEXT,
    after_state  TEXT,
    prev_hash   CHAR(64) NOT NULL,
    hash        CHAR(64) NOT NULL
);
CREATE INDEX audit_by_entity ON audit_log (entity_type, entity_id, seq);

-- The chain's head: one row, locked by whoever appends.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY,
    seq  BIGINT NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
