-- The public version of a justerat protokoll (ej för publicering left out, private individuals masked): archived at
-- justering beside the record, and the only version the anslagstavla serves.
ALTER TABLE meeting ADD COLUMN publik_dokument UUID;
