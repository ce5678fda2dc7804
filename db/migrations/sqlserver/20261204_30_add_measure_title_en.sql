-- A measure's title in English, so English participants are asked about it in English (issue #17); NULL
-- where the consultant gave only the German title.
ALTER TABLE measure ADD title_en nvarchar(1000) NULL;
