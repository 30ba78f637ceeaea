-- cordon API keys, SQLite. Only a SHA-256 of each key's secret part is
-- stored; times are Unix seconds (UTC). Format: src/auth/apikey.rs.
CREATE TABLE api_keys (
    id            TEXT    PRIMARY KEY CHECK (length(id) = 16),
    name          TEXT    NOT NULL,
    roles         TEXT    NOT NULL,            -- JSON array of role names
    secret_sha256 TEXT    NOT NULL CHECK (length(secret_sha256) = 64),
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER,
    revoked_at    INTEGER,
    last_used_at  INTEGER
);
