-- Organisation register: the förbund, its huvudmän, organs, people, their terms (history, never overwritten)
-- and the kansli staff. Written for both H2 (in PostgreSQL mode) and PostgreSQL.

CREATE TABLE forbund (
    id                    INTEGER      PRIMARY KEY,
    namn                  VARCHAR(200) NOT NULL,
    organisationsnummer   VARCHAR(20),
    ort                   VARCHAR(100),
    justering_inom_dagar  INTEGER      NOT NULL,
    protokoll_forvaras    VARCHAR(300) NOT NULL,
    anslag_publiceras     VARCHAR(500) NOT NULL
);

CREATE TABLE huvudman (
    kod         VARCHAR(64)  PRIMARY KEY,
    namn        VARCHAR(200) NOT NULL,
    typ         VARCHAR(16)  NOT NULL,
    medlem_fran DATE,
    medlem_till DATE
);

CREATE TABLE organ (
    kod     VARCHAR(64)  PRIMARY KEY,
    namn    VARCHAR(200) NOT NULL,
    genitiv VARCHAR(200)
);

CREATE TABLE person (
    id    UUID         PRIMARY KEY,
    namn  VARCHAR(200) NOT NULL UNIQUE,
    email VARCHAR(254),
    parti VARCHAR(20)
);

CREATE TABLE uppdrag (
    id            UUID        PRIMARY KEY,
    organ_kod     VARCHAR(64) NOT NULL REFERENCES organ (kod),
    person_id     UUID        NOT NULL REFERENCES person (id),
    roll          VARCHAR(20) NOT NULL,
    huvudman_kod  VARCHAR(64) REFERENCES huvudman (kod),
    ersatter_id   UUID        REFERENCES person (id),
    fran          DATE,
    till          DATE
);

CREATE INDEX uppdrag_organ_idx ON uppdrag (organ_kod, fran, till);

CREATE TABLE anstallning (
    id         UUID        PRIMARY KEY,
    person_id  UUID        NOT NULL REFERENCES person (id),
    befattning VARCHAR(32) NOT NULL,
    fran       DATE,
    till       DATE
);
