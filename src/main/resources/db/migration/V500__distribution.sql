-- Distribution: uploaded bilagor, send orders and their per-recipient outbox.
-- Written for both H2 (in PostgreSQL mode) and PostgreSQL.

CREATE TABLE distribution_upload (
    id          UUID         PRIMARY KEY,
    filename    VARCHAR(300) NOT NULL,
    title       VARCHAR(300),
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    pages       INTEGER      NOT NULL,
    content     BYTEA        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)  NOT NULL
);

CREATE TABLE distribution_order (
    id               UUID          PRIMARY KEY,
    idempotency_key  VARCHAR(200)  UNIQUE,
    request_sha256   CHAR(64)      NOT NULL,
    document_id      UUID          NOT NULL REFERENCES document (id),
    organ_kod        VARCHAR(64),
    member_date      DATE,
    subject          VARCHAR(500)  NOT NULL,
    body             TEXT          NOT NULL,
    attach           BOOLEAN       NOT NULL,
    filename         VARCHAR(300)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)   NOT NULL
);

-- The transactional outbox: one row per recipient, written in the order's transaction.
-- A worker claims a row by a conditional UPDATE (lease); only one instance can win it.
CREATE TABLE distribution_message (
    id               UUID          PRIMARY KEY,
    order_id         UUID          NOT NULL REFERENCES distribution_order (id),
    position         INTEGER       NOT NULL,
    recipient_name   VARCHAR(300),
    recipient_role   VARCHAR(64),
    address          VARCHAR(320),
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by       VARCHAR(100),
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    sent_at          TIMESTAMP WITH TIME ZONE,
    UNIQUE (order_id, position)
);

CREATE INDEX distribution_message_due_idx ON distribution_message (status, next_attempt_at);
