-- Codes a consultant gives answers on the coding page (which priorities an answer names; none is a
-- code too), for the supervised recall model. One code per answer and coder; its priorities below.
-- The coder is an admin account, never a respondent: the response stays unlinked to any person.
CREATE TABLE answer_code (
    id INTEGER PRIMARY KEY,
    response_id BLOB NOT NULL REFERENCES response (id),
    coder_id INTEGER NOT NULL REFERENCES admin_user (id),
    UNIQUE (response_id, coder_id)
);

CREATE TABLE answer_code_priority (
    answer_code_id INTEGER NOT NULL REFERENCES answer_code (id),
    priority_id INTEGER NOT NULL REFERENCES priority (id),
    PRIMARY KEY (answer_code_id, priority_id)
);

-- Password reset links: only the SHA-256 hash of the token, valid for one hour, used once.
CREATE TABLE password_reset_token (
    id INTEGER PRIMARY KEY,
    admin_user_id INTEGER NOT NULL REFERENCES admin_user (id),
    token_hash BLOB NOT NULL UNIQUE,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_answer_code_coder ON answer_code (coder_id);
CREATE INDEX ix_password_reset_token_user ON password_reset_token (admin_user_id);
