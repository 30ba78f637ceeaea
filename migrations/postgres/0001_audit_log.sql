-- cordon audit log, PostgreSQL. Format: docs/audit-log.md.
CREATE TABLE audit_records (
    seq        BIGINT PRIMARY KEY CHECK (seq > 0),
    time_us    BIGINT NOT NULL,
    kind       TEXT   NOT NULL,
    request_id TEXT,
    principal  TEXT,
    action     TEXT,
    record     TEXT   NOT NULL,
    hash       TEXT   NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX audit_records_time ON audit_records (time_us);
CREATE INDEX audit_records_request ON audit_records (request_id);
CREATE INDEX audit_records_checkpoints ON audit_records (seq) WHERE kind = 'checkpoint';

-- The chain head: one row, updated (and so locked) by every append transaction.
CREATE TABLE audit_head (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    seq            BIGINT NOT NULL,
    hash           TEXT   NOT NULL,
    checkpoint_seq BIGINT NOT NULL,
    time_us        BIGINT NOT NULL
);
INSERT INTO audit_head (id, seq, hash, checkpoint_seq, time_us)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0, 0);

CREATE FUNCTION audit_records_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_records is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_records_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_records
    FOR EACH ROW EXECUTE FUNCTION audit_records_reject_change();
CREATE TRIGGER audit_records_no_truncate
    BEFORE TRUNCATE ON audit_records
    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_reject_change();
-- ALWAYS: the triggers fire even with session_replication_role = replica.
ALTER TABLE audit_records ENABLE ALWAYS TRIGGER audit_records_no_update_delete;
ALTER TABLE audit_records ENABLE ALWAYS TRIGGER audit_records_no_truncate;

-- The writer role: INSERT and SELECT on the log, nothing else. Login roles for
-- cordon processes are made members of it (see docs/audit-log.md). Creating a
-- role needs CREATEROLE; without it the migration only grants to an existing one.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cordon_audit_writer') THEN
        BEGIN
            CREATE ROLE cordon_audit_writer NOLOGIN;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
                RAISE NOTICE 'cannot create role cordon_audit_writer; create it as documented';
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cordon_audit_writer') THEN
        GRANT SELECT, INSERT ON audit_records TO cordon_audit_writer;
        GRANT SELECT, UPDATE ON audit_head TO cordon_audit_writer;
    END IF;
END
$$;
