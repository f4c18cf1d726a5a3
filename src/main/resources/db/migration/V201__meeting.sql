-- Meetings, their protokoll and anslag, and the § number series per organ and calendar year.

CREATE TABLE meeting (
    id                  UUID         PRIMARY KEY,
    organ_kod           VARCHAR(64)  NOT NULL,
    datum               DATE         NOT NULL,
    agenda              TEXT         NOT NULL,
    protokoll           TEXT,
    forsta_paragraf     INTEGER,
    antal_paragrafer    INTEGER,
    justeringsdatum     DATE,
    justerad_av         VARCHAR(500),
    anslag_uppsatt      DATE,
    anslag_nedtas       DATE,
    anslag_organ        VARCHAR(200),
    anslag_forvaras     VARCHAR(300),
    protokoll_dokument  UUID,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX meeting_organ_idx ON meeting (organ_kod, datum);
CREATE INDEX meeting_anslag_idx ON meeting (anslag_uppsatt, anslag_nedtas);

CREATE TABLE paragraf_serie (
    organ_kod    VARCHAR(64) NOT NULL,
    ar           INTEGER     NOT NULL,
    senaste      INTEGER     NOT NULL,
    PRIMARY KEY (organ_kod, ar)
);
