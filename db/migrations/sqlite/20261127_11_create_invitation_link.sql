-- Only hashes of link tokens are stored, so a reminder cannot repeat the first link: it carries a
-- fresh one. The earlier links of the invitation stay valid here, so whichever mail a person opens works.
CREATE TABLE invitation_link (
    token_hash BLOB NOT NULL PRIMARY KEY,
    invitation_id INTEGER NOT NULL REFERENCES invitation (id),
    created_at TEXT NOT NULL
);

CREATE INDEX ix_invitation_link_invitation ON invitation_link (invitation_id);
