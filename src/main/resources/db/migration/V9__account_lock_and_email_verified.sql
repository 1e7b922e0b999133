-- An administrator's lock on an account (no login while set), and when its email address was confirmed (null:
-- not yet; a changed address is unconfirmed again).
ALTER TABLE users ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
