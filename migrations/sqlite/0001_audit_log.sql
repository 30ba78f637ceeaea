-- cordon audit log, SQLite. Format: docs/audit-log.md.
CREATE TABLE audit_records (
    seq        INTEGER PRIMARY KEY CHECK (seq > 0),
    time_us    INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    request_id TEXT,
    principal  TEXT,
    action     TEXT,
    record     TEXT    NOT NULL,
    hash       TEXT    NOT NULL CHECK (length(hash) = 64)
);
CREATE INDEX audit_records_time ON audit_records (time_us);
CREATE INDEX audit_records_request ON audit_records (request_id);
CREATE INDEX audit_records_checkpoints ON audit_records (seq) WHERE kind = 'checkpoint';

CREATE TABLE audit_head (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    seq            INTEGER NOT NULL,
    hash           TEXT    NOT NULL,
    checkpoint_seq INTEGER NOT NULL,
    time_us        INTEGER NOT NULL
);
INSERT INTO audit_head (id, seq, hash, checkpoint_seq, time_us)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0, 0);

CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN
    SELECT RAISE(ABORT, 'audit_records is append-only: UPDATE is not allowed');
END;
CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
BEGIN
    SELECT RAISE(ABORT, 'audit_records is append-only: DELETE is not allowed');
END;
