-- Which budget line each verksamhet (object of the cost dimension in the books) is followed up against in the
-- driftsredovisning, per förbund and budget; a change is a new version, old versions stay.
-- Written for both H2 (in PostgreSQL mode) and PostgreSQL.
CREATE TABLE annual_operating_mapping (
    orgnr       VARCHAR(20)  NOT NULL,
    budget_id   VARCHAR(64)  NOT NULL,
    version     INTEGER      NOT NULL,
    data        TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (orgnr, budget_id, version)
);
