-- Initial schema of Buerogewitter (SQLite). Same tables and columns as postgres/ and sqlserver/.
-- Times are UTC ISO-8601 text, dates are 'yyyy-MM-dd' text, booleans 0/1, uuids 16-byte blobs.
-- No cascading deletes: SQL Server rejects the multiple cascade paths this model has, so every
-- engine deletes children explicitly, in the same order.

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('de', 'en')),
    pulse_cron TEXT NOT NULL,
    close_after_days INTEGER NOT NULL,
    reminder_days TEXT NOT NULL,
    score_min_responses INTEGER NOT NULL CHECK (score_min_responses >= 3),
    text_min_responses INTEGER NOT NULL CHECK (text_min_responses >= 3),
    anonymity_frozen_at TEXT NULL,
    benchmark_opt_in INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE organisation_manager (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('de', 'en')),
    UNIQUE (organisation_id, email)
);

CREATE TABLE tandem (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    name TEXT NOT NULL,
    UNIQUE (organisation_id, name)
);

CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('inside', 'field', 'lead')),
    tandem_id INTEGER NULL REFERENCES tandem (id),
    language TEXT NOT NULL CHECK (language IN ('de', 'en')),
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (organisation_id, email)
);

CREATE TABLE strategy_version (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    version_no INTEGER NOT NULL,
    effective_from TEXT NOT NULL,
    note TEXT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (organisation_id, version_no)
);

CREATE TABLE priority (
    id INTEGER PRIMARY KEY,
    strategy_version_id INTEGER NOT NULL REFERENCES strategy_version (id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    examples TEXT NULL,
    UNIQUE (strategy_version_id, position)
);

CREATE TABLE survey_template (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    name TEXT NOT NULL,
    strategy_question_de TEXT NOT NULL,
    strategy_question_en TEXT NOT NULL,
    clarity_item_de TEXT NOT NULL,
    clarity_item_en TEXT NOT NULL,
    open_question_de TEXT NULL,
    open_question_en TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE survey_item (
    id INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES survey_template (id),
    position INTEGER NOT NULL,
    text_de TEXT NOT NULL,
    text_en TEXT NOT NULL,
    low_label_de TEXT NOT NULL,
    high_label_de TEXT NOT NULL,
    low_label_en TEXT NOT NULL,
    high_label_en TEXT NOT NULL,
    UNIQUE (template_id, position)
);

CREATE TABLE workshop (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    held_on TEXT NOT NULL,
    moderator TEXT NOT NULL,
    goal TEXT NOT NULL,
    joint_problem TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE workshop_card (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop (id),
    side TEXT NOT NULL CHECK (side IN ('inside', 'field')),
    kind TEXT NOT NULL CHECK (kind IN ('problem', 'matters', 'solution', 'expectation')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop (id),
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    title TEXT NOT NULL,
    owner_inside TEXT NOT NULL,
    owner_field TEXT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    UNIQUE (workshop_id, position)
);

CREATE TABLE wave (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    template_id INTEGER NOT NULL REFERENCES survey_template (id),
    strategy_version_id INTEGER NOT NULL REFERENCES strategy_version (id),
    scheduled_at TEXT NOT NULL,
    opens_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    reminder1_at TEXT NULL,
    reminder2_at TEXT NULL,
    closed_at TEXT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (organisation_id, scheduled_at)
);

CREATE TABLE wave_measure (
    wave_id INTEGER NOT NULL REFERENCES wave (id),
    measure_id INTEGER NOT NULL REFERENCES measure (id),
    PRIMARY KEY (wave_id, measure_id)
);

-- Invitations know the person (they are how mail is sent); responses never do.
-- side is copied so response rates per side survive a GDPR erasure of the participant.
CREATE TABLE invitation (
    id INTEGER PRIMARY KEY,
    wave_id INTEGER NOT NULL REFERENCES wave (id),
    participant_id INTEGER NULL REFERENCES participant (id),
    side TEXT NOT NULL CHECK (side IN ('inside', 'field', 'lead')),
    token_hash BLOB NOT NULL UNIQUE,
    used INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (wave_id, participant_id)
);

CREATE TABLE mail_delivery (
    invitation_id INTEGER NOT NULL REFERENCES invitation (id),
    kind TEXT NOT NULL CHECK (kind IN ('invite', 'reminder1', 'reminder2')),
    accepted_at TEXT NOT NULL,
    PRIMARY KEY (invitation_id, kind)
);

-- Anonymous by construction: no participant, no token, no tandem, no time of day,
-- and a random id, so not even insertion order lines up with the invitations.
CREATE TABLE response (
    id BLOB NOT NULL PRIMARY KEY,
    wave_id INTEGER NOT NULL REFERENCES wave (id),
    side TEXT NOT NULL CHECK (side IN ('inside', 'field', 'lead')),
    language TEXT NOT NULL CHECK (language IN ('de', 'en')),
    submitted_on TEXT NOT NULL,
    strategy_answer TEXT NOT NULL,
    self_clarity INTEGER NULL CHECK (self_clarity BETWEEN 1 AND 5),
    collaboration_answer TEXT NULL
);

CREATE TABLE response_rating (
    response_id BLOB NOT NULL REFERENCES response (id),
    item_id INTEGER NOT NULL REFERENCES survey_item (id),
    value INTEGER NULL CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, item_id)
);

CREATE TABLE response_measure_check (
    response_id BLOB NOT NULL REFERENCES response (id),
    measure_id INTEGER NOT NULL REFERENCES measure (id),
    value INTEGER NULL CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, measure_id)
);

CREATE TABLE analysis (
    id INTEGER PRIMARY KEY,
    wave_id INTEGER NOT NULL UNIQUE REFERENCES wave (id),
    engine TEXT NOT NULL,
    theme_count INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE analysis_metric (
    analysis_id INTEGER NOT NULL REFERENCES analysis (id),
    side TEXT NOT NULL CHECK (side IN ('inside', 'field', 'lead', 'all')),
    metric TEXT NOT NULL,
    value REAL NOT NULL,
    lower_bound REAL NULL,
    upper_bound REAL NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (analysis_id, side, metric)
);

CREATE TABLE analysis_theme (
    analysis_id INTEGER NOT NULL REFERENCES analysis (id),
    theme_no INTEGER NOT NULL,
    label TEXT NOT NULL,
    lineage_key TEXT NOT NULL,
    is_new INTEGER NOT NULL,
    PRIMARY KEY (analysis_id, theme_no)
);

CREATE TABLE analysis_answer (
    analysis_id INTEGER NOT NULL REFERENCES analysis (id),
    response_id BLOB NOT NULL REFERENCES response (id),
    theme_no INTEGER NULL,
    diffuse INTEGER NOT NULL,
    stale INTEGER NOT NULL,
    PRIMARY KEY (analysis_id, response_id)
);

CREATE TABLE analysis_answer_priority (
    analysis_id INTEGER NOT NULL REFERENCES analysis (id),
    response_id BLOB NOT NULL REFERENCES response (id),
    priority_id INTEGER NOT NULL REFERENCES priority (id),
    PRIMARY KEY (analysis_id, response_id, priority_id)
);

CREATE INDEX ix_participant_tandem ON participant (tandem_id);
CREATE INDEX ix_invitation_participant ON invitation (participant_id);
CREATE INDEX ix_response_wave ON response (wave_id, side);
CREATE INDEX ix_wave_organisation ON wave (organisation_id, opens_at);
