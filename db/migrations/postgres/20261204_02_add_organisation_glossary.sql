-- The organisation's own additions to the sales glossary (issue #14): product names, abbreviations and internal words
-- in the glossary format, edited on the Strategy page; NULL when it has none.
ALTER TABLE organisation ADD COLUMN glossary text NULL;
