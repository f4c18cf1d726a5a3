-- Omedelbar justering: chosen §§ of a numbered protokoll justerade at the meeting, each justering with its own
-- protokollsutdrag (and public version), Bevis and anslag. justerat_innehall keeps the §§ exactly as justerade (the
-- draft entries by index), so the complete protokoll carries them unchanged.
CREATE TABLE omedelbar_justering (
    id                 UUID          PRIMARY KEY,
    meeting_id         UUID          NOT NULL REFERENCES meeting (id),
    paragrafer         VARCHAR(500)  NOT NULL,
    justerat_innehall  TEXT          NOT NULL,
    justeringsdatum    DATE          NOT NULL,
    justerad_av        VARCHAR(500)  NOT NULL,
    anslag_uppsatt     DATE          NOT NULL,
    anslag_nedtas      DATE          NOT NULL,
    anslag_organ       VARCHAR(200)  NOT NULL,
    anslag_forvaras    VARCHAR(300),
    dokument           UUID          NOT NULL,
    publik_dokument    UUID          NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(64)   NOT NULL
);

CREATE INDEX omedelbar_justering_meeting_idx ON omedelbar_justering (meeting_id);
CREATE INDEX omedelbar_justering_anslag_idx ON omedelbar_justering (anslag_uppsatt, anslag_nedtas);
