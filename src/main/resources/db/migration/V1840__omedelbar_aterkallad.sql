-- A digital omedelbar justering withdrawn while it waited for signatures: its protokollsutdrag stays archived as
-- withdrawn, the row stays as the record of what was sent, and its §§ no longer count as justerade.
ALTER TABLE omedelbar_justering ADD COLUMN aterkallad_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE omedelbar_justering ADD COLUMN aterkallad_av VARCHAR(64);
ALTER TABLE omedelbar_justering ADD COLUMN aterkallad_orsak VARCHAR(2000);
