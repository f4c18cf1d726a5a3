-- Imported SIE files (bookkeeping): one row per förbund (organisationsnummer) and räkenskapsår. A new import of the
-- same year replaces the row; the file itself is kept beside what was read from it.
-- Written for both H2 (in PostgreSQL mode) and PostgreSQL.
CREATE TABLE bookkeeping_year (
    orgnr        VARCHAR(20)  NOT NULL,
    fiscal_year  INTEGER      NOT NULL,
    company_name VARCHAR(200) NOT NULL,
    data         TEXT         NOT NULL,
    source       BYTEA        NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (orgnr, fiscal_year)
);

-- The account → report line mapping per förbund; a change is a new version, old versions stay.
CREATE TABLE bookkeeping_mapping (
    orgnr       VARCHAR(20)  NOT NULL,
    version     INTEGER      NOT NULL,
    data        TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (orgnr, version)
);
