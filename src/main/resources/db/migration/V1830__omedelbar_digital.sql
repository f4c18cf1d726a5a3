-- Digital omedelbar justering: the protokollsutdrag is archived when the §§ are sent for justering at the meeting and
-- counts as justerat once the justerare and the ordförande have signed it. Until then no anslag is up.
ALTER TABLE omedelbar_justering ADD COLUMN vantar_underskrifter BOOLEAN DEFAULT FALSE NOT NULL;
-- the day the required signatures were complete (digital only)
ALTER TABLE omedelbar_justering ADD COLUMN underskrifter_klara DATE;
