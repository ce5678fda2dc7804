-- Administration: people who sign in to the admin pages, the organisations they may see,
-- one-time setup links, API keys per organisation and the shared data-protection key ring.
-- Secrets (setup tokens, API keys) are stored only as SHA-256 hashes.

CREATE TABLE admin_user (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    email nvarchar(320) NOT NULL UNIQUE,
    display_name nvarchar(320) NOT NULL,
    password_hash nvarchar(400) NULL,
    role nvarchar(100) NOT NULL CHECK (role IN ('administrator', 'consultant', 'manager')),
    failed_sign_ins int NOT NULL,
    locked_until datetimeoffset NULL,
    active bit NOT NULL,
    created_at datetimeoffset NOT NULL
);

CREATE TABLE admin_user_organisation (
    admin_user_id bigint NOT NULL REFERENCES admin_user (id),
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (admin_user_id, organisation_id)
);

CREATE TABLE admin_setup_token (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    token_hash varbinary(32) NOT NULL UNIQUE,
    expires_at datetimeoffset NOT NULL,
    used_at datetimeoffset NULL,
    created_at datetimeoffset NOT NULL
);

CREATE TABLE api_key (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    name nvarchar(320) NOT NULL,
    key_hash varbinary(32) NOT NULL UNIQUE,
    created_at datetimeoffset NOT NULL,
    revoked_at datetimeoffset NULL
);

CREATE TABLE data_protection_key (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    friendly_name nvarchar(200) NOT NULL UNIQUE,
    xml nvarchar(max) NOT NULL,
    created_at datetimeoffset NOT NULL
);

CREATE INDEX ix_admin_user_organisation_organisation ON admin_user_organisation (organisation_id);
CREATE INDEX ix_api_key_organisation ON api_key (organisation_id);
