-- Theme identity across waves needs the theme's term weights; quotes need to know which answers represent a theme.
ALTER TABLE analysis_theme ADD term_weights nvarchar(max) NULL;
ALTER TABLE analysis_answer ADD representative_rank int NULL;
