-- Theme identity across waves needs the theme's term weights; quotes need to know which answers represent a theme.
ALTER TABLE analysis_theme ADD COLUMN term_weights TEXT NULL;
ALTER TABLE analysis_answer ADD COLUMN representative_rank INTEGER NULL;
