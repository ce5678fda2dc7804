-- A theme that stands for a priority carries its English wording for English reports (issue #14); NULL for
-- themes labelled from an answer, which keep the answer's own language.
ALTER TABLE analysis_theme ADD COLUMN label_en text NULL;
