-- Stored, versioned budgets (finance). A revised budget is a new version; old versions stay.
-- Written for both H2 (in PostgreSQL mode) and PostgreSQL.

CREATE TABLE budget_version (
    budget_id  VARCHAR(64)  NOT NULL,
    version    INTEGER      NOT NULL,
    data       TEXT         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (budget_id, version)
);
