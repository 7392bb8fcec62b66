-- Documents: a header row per document, the type-specific body as JSON.
CREATE TABLE documents (
    id         BIGINT PRIMARY KEY,
    type       VARCHAR(40) NOT NULL,
    number     VARCHAR(64) UNIQUE,
    branch     VARCHAR(16) NOT NULL REFERENCES branches (code),
    doc_date   CHAR(10) NOT NULL,
    status     VARCHAR(16) NOT NULL,
    maker      VARCHAR(64) NOT NULL,
    approver   VARCHAR(64),
    version    INTEGER NOT NULL,
    asset      VARCHAR(32) NOT NULL,
    amount     BIGINT NOT NULL,
    body       TEXT NOT NULL,
    comment    VARCHAR(1000),
    reversal_id BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX documents_by_branch ON documents (branch, type, status, id);
CREATE INDEX documents_by_status ON documents (status, branch, id);

-- The last number given per document type, branch and year; numbers are given on submission.
CREATE TABLE document_numbers (
    type       VARCHAR(40) NOT NULL,
    branch     VARCHAR(16) NOT NULL,
    year       INTEGER NOT NULL,
    last_value BIGINT NOT NULL,
    PRIMARY KEY (type, branch, year)
);

-- A retried POST with the same key returns the document the first one made.
CREATE TABLE idempotency_keys (
    principal    VARCHAR(64) NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    document_id  BIGINT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (principal, idem_key)
);

CREATE TABLE document_attachments (
    document_id BIGINT NOT NULL REFERENCES documents (id),
    sha256      CHAR(64) NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    added_by    VARCHAR(64) NOT NULL,
    added_at    BIGINT NOT NULL,
    PRIMARY KEY (document_id, sha256)
);
