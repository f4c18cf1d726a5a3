-- The audit trail: append-only, each entry carries the SHA-256 of the previous one (docs/audit.md).
-- audit_head is locked by every append, so concurrent appends (also from several instances) never fork the chain.
CREATE TABLE audit_head (
    id         INTEGER  PRIMARY KEY,
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL,
    CONSTRAINT audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_log (
    seq          BIGINT        PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(64)   NOT NULL,
    actor        VARCHAR(100),
    source       VARCHAR(100),
    object_type  VARCHAR(64),
    object_id    VARCHAR(200),
    details      TEXT          NOT NULL,
    prev_hash    CHAR(64)      NOT NULL,
    hash         CHAR(64)      NOT NULL
);
CREATE INDEX audit_log_time_idx ON audit_log (occurred_at);
CREATE INDEX audit_log_kind_idx ON audit_log (kind, occurred_at);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id);
