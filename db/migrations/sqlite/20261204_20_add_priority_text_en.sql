-- A priority's wording in English for English answers to be scored against (issue #16); NULL where the
-- consultant gave only the German text.
ALTER TABLE priority ADD COLUMN text_en TEXT NULL;
