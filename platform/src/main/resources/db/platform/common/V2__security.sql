-- Users, their roles and branches, API tokens.
CREATE TABLE users (
    username      VARCHAR(64) PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    all_branches  BOOLEAN NOT NULL,
    enabled       BOOLEAN NOT NULL,
    must_change_password BOOLEAN NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until  BIGINT NOT NULL,
    created_at    BIGINT NOT NULL
);

CREATE TABLE user_roles (
    username VARCHAR(64) NOT NULL REFERENCES users (username),
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE user_branches (
    username VARCHAR(64) NOT NULL REFERENCES users (username),
    branch   VARCHAR(16) NOT NULL REFERENCES branches (code),
    PRIMARY KEY (username, branch)
);

-- Only a SHA-256 of each token is kept; the token itself is shown once, when it is created.
CREATE TABLE api_tokens (
    id         BIGINT PRIMARY KEY,
    username   VARCHAR(64) NOT NULL REFERENCES users (username),
    name       VARCHAR(64) NOT NULL,
    token_hash CHAR(64) NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_by_user ON api_tokens (username);
