-- An invitation row is made for everyone when the wave opens, with a placeholder hash whose token
-- nobody holds (only hashes are stored, so the token that is mailed is drawn when the mail is
-- composed). issued_at says when the current hash went into a mail; while it is NULL, re-issuing
-- need not keep the old hash as a working link.
ALTER TABLE invitation ADD COLUMN issued_at timestamptz NULL;
