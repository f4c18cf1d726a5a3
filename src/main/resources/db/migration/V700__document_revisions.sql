-- A signed (or sealed) document is archived as a new revision: new id, new file, new hash, linked to the
-- revision it was made from. Each revision has at most one successor, so revisions form a chain, never a fork.
ALTER TABLE document ADD COLUMN previous_revision UUID REFERENCES document (id);
CREATE UNIQUE INDEX document_previous_revision_idx ON document (previous_revision);
