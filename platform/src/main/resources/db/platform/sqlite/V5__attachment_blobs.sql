CREATE TABLE attachment_blobs (
    sha256     CHAR(64) PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    content    BLOB NOT NULL
);
