-- Users, versioned templates and the document archive.
-- Written for both H2 (in PostgreSQL mode) and PostgreSQL.

CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL
);

CREATE TABLE template (
    id         VARCHAR(64)  PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE template_version (
    template_id  VARCHAR(64) NOT NULL REFERENCES template (id),
    version      VARCHAR(32) NOT NULL,
    seq          INTEGER     NOT NULL,
    status       VARCHAR(16) NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    origin       VARCHAR(16) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (template_id, version),
    UNIQUE (template_id, seq)
);

CREATE TABLE template_file (
    template_id VARCHAR(64)  NOT NULL,
    version     VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    content     TEXT         NOT NULL,
    PRIMARY KEY (template_id, version, name),
    FOREIGN KEY (template_id, version) REFERENCES template_version (template_id, version)
);

CREATE TABLE document (
    id               UUID         PRIMARY KEY,
    template_id      VARCHAR(64)  NOT NULL,
    template_version VARCHAR(32)  NOT NULL,
    format           VARCHAR(8)   NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    title            VARCHAR(300),
    sha256           CHAR(64)     NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    pages            INTEGER,
    data_snapshot    TEXT         NOT NULL,
    storage_key      VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    FOREIGN KEY (template_id, template_version) REFERENCES template_version (template_id, version)
);

CREATE INDEX document_created_idx ON document (created_at DESC);
CREATE INDEX document_template_idx ON document (template_id, created_at DESC);
