-- A user can be disabled (kept for the audit trail, no longer able to log in) instead of deleted.
ALTER TABLE app_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
