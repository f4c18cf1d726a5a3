-- Two-step signing: the session keeps what the second step needs to rebuild exactly the bytes of the first
-- (field, certificates, signing time), so it survives a restart and works across instances.
CREATE TABLE signing_session (
    id               UUID         PRIMARY KEY,
    document_id      UUID         NOT NULL REFERENCES document (id),
    field            VARCHAR(200) NOT NULL,
    certificates     TEXT         NOT NULL,
    signing_time     TIMESTAMP WITH TIME ZONE NOT NULL,
    algorithm        VARCHAR(32)  NOT NULL,
    appearance       VARCHAR(500) NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_document  UUID         REFERENCES document (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)  NOT NULL
);

CREATE INDEX signing_session_document_idx ON signing_session (document_id);
