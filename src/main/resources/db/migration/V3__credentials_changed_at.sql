-- When the password last changed: a session that began before it is ended on its next request.
ALTER TABLE users ADD COLUMN credentials_changed_at TIMESTAMP WITH TIME ZONE;
