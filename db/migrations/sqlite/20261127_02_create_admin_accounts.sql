-- Administration: people who sign in to the admin pages, the organisations they may see,
-- one-time setup links, API keys per organisation and the shared data-protection key ring.
-- Secrets (setup tokens, API keys) are stored only as SHA-256 hashes.

CREATE TABLE admin_user (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'consultant', 'manager')),
    failed_sign_ins INTEGER NOT NULL,
    locked_until TEXT NULL,
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE admin_user_organisation (
    admin_user_id INTEGER NOT NULL REFERENCES admin_user (id),
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (admin_user_id, organisation_id)
);

CREATE TABLE admin_setup_token (
    id INTEGER PRIMARY KEY,
    token_hash BLOB NOT NULL UNIQUE,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE api_key (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    name TEXT NOT NULL,
    key_hash BLOB NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL
);

CREATE TABLE data_protection_key (
    id INTEGER PRIMARY KEY,
    friendly_name TEXT NOT NULL UNIQUE,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_admin_user_organisation_organisation ON admin_user_organisation (organisation_id);
CREATE INDEX ix_api_key_organisation ON api_key (organisation_id);
