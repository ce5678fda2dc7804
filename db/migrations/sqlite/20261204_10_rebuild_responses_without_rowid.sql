-- An ordinary SQLite table keeps a rowid in insertion order even when its key is a random uuid, so
-- the rowids of response (and of its ratings and check-backs) followed the order of submission:
-- joined with the reminder records, the last answer of a wave named the last person reminded. The
-- tables are rebuilt WITHOUT ROWID, ordered by their random keys, so no stored order follows arrival.
-- SQLite cannot drop a table that others reference while foreign keys are enforced, and this script
-- runs in a transaction where they cannot be switched off: every table that references response is
-- copied aside, dropped and made again (answer_code keeps its ids, which follow coding, not answering).

CREATE TEMP TABLE keep_response_rating AS SELECT * FROM response_rating;
CREATE TEMP TABLE keep_response_measure_check AS SELECT * FROM response_measure_check;
CREATE TEMP TABLE keep_analysis_answer AS SELECT * FROM analysis_answer;
CREATE TEMP TABLE keep_analysis_answer_priority AS SELECT * FROM analysis_answer_priority;
CREATE TEMP TABLE keep_answer_code AS SELECT * FROM answer_code;
CREATE TEMP TABLE keep_answer_code_priority AS SELECT * FROM answer_code_priority;

DROP TABLE answer_code_priority;
DROP TABLE answer_code;
DROP TABLE analysis_answer_priority;
DROP TABLE analysis_answer;
DROP TABLE response_measure_check;
DROP TABLE response_rating;

CREATE TABLE response_new (
    id BLOB NOT NULL PRIMARY KEY,
    wave_id INTEGER NOT NULL REFERENCES wave (id),
    side TEXT NOT NULL CHECK (side IN ('inside', 'field', 'lead')),
    language TEXT NOT NULL CHECK (language IN ('de', 'en')),
    submitted_on TEXT NOT NULL,
    strategy_answer TEXT NOT NULL,
    self_clarity INTEGER NULL CHECK (self_clarity BETWEEN 1 AND 5),
    collaboration_answer TEXT NULL
) WITHOUT ROWID;

INSERT INTO response_new (id, wave_id, side, language, submitted_on, strategy_answer, self_clarity, collaboration_answer)
SELECT id, wave_id, side, language, submitted_on, strategy_answer, self_clarity, collaboration_answer FROM response ORDER BY id;
DROP TABLE response;
ALTER TABLE response_new RENAME TO response;
CREATE INDEX ix_response_wave ON response (wave_id, side);

CREATE TABLE response_rating (
    response_id BLOB NOT NULL REFERENCES response (id),
    item_id INTEGER NOT NULL REFERENCES survey_item (id),
    value INTEGER NULL CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, item_id)
) WITHOUT ROWID;

CREATE TABLE response_measure_check (
    response_id BLOB NOT NULL REFERENCES response (id),
    measure_id INTEGER NOT NULL REFERENCES measure (id),
    value INTEGER NULL CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, measure_id)
) WITHOUT ROWID;

CREATE TABLE analysis_answer (
    analysis_id INTEGER NOT NULL REFERENCES analysis (id),
    response_id BLOB NOT NULL REFERENCES response (id),
    theme_no INTEGER NULL,
    diffuse INTEGER NOT NULL,
    stale INTEGER NOT NULL,
    representative_rank INTEGER NULL,
    PRIMARY KEY (analysis_id, response_id)
) WITHOUT ROWID;

CREATE TABLE analysis_answer_priority (
    analysis_id INTEGER NOT NULL REFERENCES analysis (id),
    response_id BLOB NOT NULL REFERENCES response (id),
    priority_id INTEGER NOT NULL REFERENCES priority (id),
    PRIMARY KEY (analysis_id, response_id, priority_id)
) WITHOUT ROWID;

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

CREATE INDEX ix_answer_code_coder ON answer_code (coder_id);

INSERT INTO response_rating (response_id, item_id, value)
SELECT response_id, item_id, value FROM keep_response_rating ORDER BY response_id, item_id;
INSERT INTO response_measure_check (response_id, measure_id, value)
SELECT response_id, measure_id, value FROM keep_response_measure_check ORDER BY response_id, measure_id;
INSERT INTO analysis_answer (analysis_id, response_id, theme_no, diffuse, stale, representative_rank)
SELECT analysis_id, response_id, theme_no, diffuse, stale, representative_rank FROM keep_analysis_answer ORDER BY analysis_id, response_id;
INSERT INTO analysis_answer_priority (analysis_id, response_id, priority_id)
SELECT analysis_id, response_id, priority_id FROM keep_analysis_answer_priority ORDER BY analysis_id, response_id, priority_id;
INSERT INTO answer_code (id, response_id, coder_id) SELECT id, response_id, coder_id FROM keep_answer_code ORDER BY id;
INSERT INTO answer_code_priority (answer_code_id, priority_id) SELECT answer_code_id, priority_id FROM keep_answer_code_priority;

DROP TABLE keep_response_rating;
DROP TABLE keep_response_measure_check;
DROP TABLE keep_analysis_answer;
DROP TABLE keep_analysis_answer_priority;
DROP TABLE keep_answer_code;
DROP TABLE keep_answer_code_priority;
