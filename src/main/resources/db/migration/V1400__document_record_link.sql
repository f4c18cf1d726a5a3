-- An archived record links to what it is a record of (e.g. 'meeting/<id>'); a sole record (the justerat protokoll of a
-- meeting) has a sole_key that the database keeps unique, so a second copy cannot be archived.
ALTER TABLE document ADD COLUMN subject VARCHAR(100);
ALTER TABLE document ADD COLUMN sole_key VARCHAR(200);
ALTER TABLE document ADD CONSTRAINT document_sole_record UNIQUE (sole_key);
CREATE INDEX document_subject_idx ON document (subject, created_at);

-- protokoll archived by a justering before this migration: link them to their meeting
UPDATE document SET subject = (SELECT 'meeting/' || CAST(m.id AS VARCHAR(36)) FROM meeting m
                               WHERE m.protokoll_dokument = document.id)
WHERE id IN (SELECT protokoll_dokument FROM meeting WHERE protokoll_dokument IS NOT NULL);
UPDATE document SET sole_key = subject || '/' || template_id WHERE subject IS NOT NULL;

-- the draft's revision: justering checks that the protokoll it rendered is still the one stored
ALTER TABLE meeting ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
