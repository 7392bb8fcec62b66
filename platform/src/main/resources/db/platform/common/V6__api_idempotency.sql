-- The API's answers to POSTs made with an Idempotency-Key, replayed when the same client retries the same
-- request. Journal vouchers keep theirs in idempotency_keys; this table serves the API's other POSTs.
CREATE TABLE api_responses (
    principal    VARCHAR(64) NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    status       INTEGER NOT NULL,
    content_type VARCHAR(200),
    headers      TEXT,
    body         TEXT,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
