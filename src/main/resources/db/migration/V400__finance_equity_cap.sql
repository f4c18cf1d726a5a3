-- The organisation's setting for the eget kapital ceiling ("trappan"); one row, id 1. No row means the default
-- 20 % of the allocation up to 7 000 000 kr and 15 % above.
CREATE TABLE finance_equity_cap (
    id            INTEGER PRIMARY KEY,
    lower_rate    NUMERIC(5, 4)  NOT NULL,
    limit_kronor  NUMERIC(15, 0) NOT NULL,
    upper_rate    NUMERIC(5, 4)  NOT NULL,
    CONSTRAINT finance_equity_cap_single CHECK (id = 1)
);

-- An annual report's stored figures and texts per year: the data of an arsredovisning document.
CREATE TABLE finance_annual_report (
    report_year  INTEGER PRIMARY KEY,
    data         TEXT         NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    updated_by   VARCHAR(100) NOT NULL
);
