-- Initial schema of Buerogewitter (SQL Server). Same tables and columns as sqlite/ and postgres/.
-- Times are datetimeoffset (written as UTC), dates are date, booleans bit.
-- No cascading deletes: SQL Server rejects the multiple cascade paths this model has, so every
-- engine deletes children explicitly, in the same order.

CREATE TABLE organisation (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    slug nvarchar(100) NOT NULL UNIQUE,
    name nvarchar(320) NOT NULL,
    time_zone nvarchar(100) NOT NULL,
    language nvarchar(100) NOT NULL CHECK (language IN ('de', 'en')),
    pulse_cron nvarchar(100) NOT NULL,
    close_after_days int NOT NULL,
    reminder_days nvarchar(100) NOT NULL,
    score_min_responses int NOT NULL CHECK (score_min_responses >= 3),
    text_min_responses int NOT NULL CHECK (text_min_responses >= 3),
    anonymity_frozen_at datetimeoffset NULL,
    benchmark_opt_in bit NOT NULL DEFAULT 0,
    created_at datetimeoffset NOT NULL
);

CREATE TABLE organisation_manager (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    email nvarchar(320) NOT NULL,
    display_name nvarchar(320) NOT NULL,
    language nvarchar(100) NOT NULL CHECK (language IN ('de', 'en')),
    UNIQUE (organisation_id, email)
);

CREATE TABLE tandem (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    name nvarchar(320) NOT NULL,
    UNIQUE (organisation_id, name)
);

CREATE TABLE participant (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    email nvarchar(320) NOT NULL,
    display_name nvarchar(320) NOT NULL,
    side nvarchar(100) NOT NULL CHECK (side IN ('inside', 'field', 'lead')),
    tandem_id bigint NULL REFERENCES tandem (id),
    language nvarchar(100) NOT NULL CHECK (language IN ('de', 'en')),
    active bit NOT NULL,
    created_at datetimeoffset NOT NULL,
    updated_at datetimeoffset NOT NULL,
    UNIQUE (organisation_id, email)
);

CREATE TABLE strategy_version (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    version_no int NOT NULL,
    effective_from date NOT NULL,
    note nvarchar(max) NULL,
    created_at datetimeoffset NOT NULL,
    UNIQUE (organisation_id, version_no)
);

CREATE TABLE priority (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    strategy_version_id bigint NOT NULL REFERENCES strategy_version (id),
    position int NOT NULL,
    text nvarchar(1000) NOT NULL,
    examples nvarchar(max) NULL,
    UNIQUE (strategy_version_id, position)
);

CREATE TABLE survey_template (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    name nvarchar(320) NOT NULL,
    strategy_question_de nvarchar(max) NOT NULL,
    strategy_question_en nvarchar(max) NOT NULL,
    clarity_item_de nvarchar(max) NOT NULL,
    clarity_item_en nvarchar(max) NOT NULL,
    open_question_de nvarchar(max) NULL,
    open_question_en nvarchar(max) NULL,
    created_at datetimeoffset NOT NULL
);

CREATE TABLE survey_item (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    template_id bigint NOT NULL REFERENCES survey_template (id),
    position int NOT NULL,
    text_de nvarchar(max) NOT NULL,
    text_en nvarchar(max) NOT NULL,
    low_label_de nvarchar(max) NOT NULL,
    high_label_de nvarchar(max) NOT NULL,
    low_label_en nvarchar(max) NOT NULL,
    high_label_en nvarchar(max) NOT NULL,
    UNIQUE (template_id, position)
);

CREATE TABLE workshop (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    held_on date NOT NULL,
    moderator nvarchar(320) NOT NULL,
    goal nvarchar(max) NOT NULL,
    joint_problem nvarchar(max) NULL,
    created_at datetimeoffset NOT NULL
);

CREATE TABLE workshop_card (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    workshop_id bigint NOT NULL REFERENCES workshop (id),
    side nvarchar(100) NOT NULL CHECK (side IN ('inside', 'field')),
    kind nvarchar(100) NOT NULL CHECK (kind IN ('problem', 'matters', 'solution', 'expectation')),
    position int NOT NULL,
    text nvarchar(1000) NOT NULL
);

CREATE TABLE measure (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    workshop_id bigint NOT NULL REFERENCES workshop (id),
    position int NOT NULL CHECK (position BETWEEN 1 AND 3),
    title nvarchar(1000) NOT NULL,
    owner_inside nvarchar(320) NOT NULL,
    owner_field nvarchar(320) NOT NULL,
    due_on date NOT NULL,
    status nvarchar(100) NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    UNIQUE (workshop_id, position)
);

CREATE TABLE wave (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    template_id bigint NOT NULL REFERENCES survey_template (id),
    strategy_version_id bigint NOT NULL REFERENCES strategy_version (id),
    scheduled_at datetimeoffset NOT NULL,
    opens_at datetimeoffset NOT NULL,
    closes_at datetimeoffset NOT NULL,
    reminder1_at datetimeoffset NULL,
    reminder2_at datetimeoffset NULL,
    closed_at datetimeoffset NULL,
    created_at datetimeoffset NOT NULL,
    UNIQUE (organisation_id, scheduled_at)
);

CREATE TABLE wave_measure (
    wave_id bigint NOT NULL REFERENCES wave (id),
    measure_id bigint NOT NULL REFERENCES measure (id),
    PRIMARY KEY (wave_id, measure_id)
);

-- Invitations know the person (they are how mail is sent); responses never do.
-- side is copied so response rates per side survive a GDPR erasure of the participant.
CREATE TABLE invitation (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    wave_id bigint NOT NULL REFERENCES wave (id),
    participant_id bigint NULL REFERENCES participant (id),
    side nvarchar(100) NOT NULL CHECK (side IN ('inside', 'field', 'lead')),
    token_hash varbinary(32) NOT NULL UNIQUE,
    used bit NOT NULL DEFAULT 0,
    created_at datetimeoffset NOT NULL
);

-- SQL Server treats NULLs as equal in unique constraints and erased participants leave NULLs: filter them.
CREATE UNIQUE INDEX ux_invitation_wave_participant ON invitation (wave_id, participant_id) WHERE participant_id IS NOT NULL;

CREATE TABLE mail_delivery (
    invitation_id bigint NOT NULL REFERENCES invitation (id),
    kind nvarchar(100) NOT NULL CHECK (kind IN ('invite', 'reminder1', 'reminder2')),
    accepted_at datetimeoffset NOT NULL,
    PRIMARY KEY (invitation_id, kind)
);

-- Anonymous by construction: no participant, no token, no tandem, no time of day,
-- and a random id, so not even insertion order lines up with the invitations.
CREATE TABLE response (
    id uniqueidentifier PRIMARY KEY,
    wave_id bigint NOT NULL REFERENCES wave (id),
    side nvarchar(100) NOT NULL CHECK (side IN ('inside', 'field', 'lead')),
    language nvarchar(100) NOT NULL CHECK (language IN ('de', 'en')),
    submitted_on date NOT NULL,
    strategy_answer nvarchar(max) NOT NULL,
    self_clarity int NULL CHECK (self_clarity BETWEEN 1 AND 5),
    collaboration_answer nvarchar(max) NULL
);

CREATE TABLE response_rating (
    response_id uniqueidentifier NOT NULL REFERENCES response (id),
    item_id bigint NOT NULL REFERENCES survey_item (id),
    value int NULL CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, item_id)
);

CREATE TABLE response_measure_check (
    response_id uniqueidentifier NOT NULL REFERENCES response (id),
    measure_id bigint NOT NULL REFERENCES measure (id),
    value int NULL CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, measure_id)
);

CREATE TABLE analysis (
    id bigint IDENTITY(1,1) PRIMARY KEY,
    wave_id bigint NOT NULL UNIQUE REFERENCES wave (id),
    engine nvarchar(100) NOT NULL,
    theme_count int NOT NULL,
    created_at datetimeoffset NOT NULL
);

CREATE TABLE analysis_metric (
    analysis_id bigint NOT NULL REFERENCES analysis (id),
    side nvarchar(100) NOT NULL CHECK (side IN ('inside', 'field', 'lead', 'all')),
    metric nvarchar(100) NOT NULL,
    value float NOT NULL,
    lower_bound float NULL,
    upper_bound float NULL,
    n int NOT NULL,
    PRIMARY KEY (analysis_id, side, metric)
);

CREATE TABLE analysis_theme (
    analysis_id bigint NOT NULL REFERENCES analysis (id),
    theme_no int NOT NULL,
    label nvarchar(1000) NOT NULL,
    lineage_key nvarchar(100) NOT NULL,
    is_new bit NOT NULL,
    PRIMARY KEY (analysis_id, theme_no)
);

CREATE TABLE analysis_answer (
    analysis_id bigint NOT NULL REFERENCES analysis (id),
    response_id uniqueidentifier NOT NULL REFERENCES response (id),
    theme_no int NULL,
    diffuse bit NOT NULL,
    stale bit NOT NULL,
    PRIMARY KEY (analysis_id, response_id)
);

CREATE TABLE analysis_answer_priority (
    analysis_id bigint NOT NULL REFERENCES analysis (id),
    response_id uniqueidentifier NOT NULL REFERENCES response (id),
    priority_id bigint NOT NULL REFERENCES priority (id),
    PRIMARY KEY (analysis_id, response_id, priority_id)
);

CREATE INDEX ix_participant_tandem ON participant (tandem_id);
CREATE INDEX ix_invitation_participant ON invitation (participant_id);
CREATE INDEX ix_response_wave ON response (wave_id, side);
CREATE INDEX ix_wave_organisation ON wave (organisation_id, opens_at);
