-- Digital justering: the protokoll is archived when it is sent for justering and counts as justerat once the
-- justerare and the ordförande have signed it. Until then the meeting waits (status JUSTERAS) and no anslag is up.
ALTER TABLE meeting ADD COLUMN vantar_underskrifter BOOLEAN DEFAULT FALSE NOT NULL;
-- the day the required signatures were complete (digital justering only)
ALTER TABLE meeting ADD COLUMN underskrifter_klara DATE;
