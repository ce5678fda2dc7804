-- A priority's wording in English for English answers to be scored against (issue #16); NULL where the
-- consultant gave only the German text.
ALTER TABLE priority ADD text_en nvarchar(1000) NULL;
