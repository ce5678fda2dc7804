-- A wave step that failed (its mail or its analysis): how often and why, so that wave list and the
-- dashboard show it instead of a job retrying unseen (issue #16). The reason names an exception type,
-- never a person or an answer. The row goes when the step succeeds.
CREATE TABLE wave_problem (
    wave_id bigint NOT NULL REFERENCES wave (id),
    step nvarchar(20) NOT NULL CHECK (step IN ('mail', 'analysis')),
    attempts int NOT NULL,
    failed_at datetimeoffset NOT NULL,
    reason nvarchar(400) NOT NULL,
    PRIMARY KEY (wave_id, step)
);
