-- A resume's look: its template, accent colour, type size and paper, and its sections' order, visibility and
-- titles (a JSON list written by the application). Existing resumes get the defaults.
ALTER TABLE resumes ADD COLUMN template VARCHAR(20) DEFAULT 'CLASSIC' NOT NULL;
ALTER TABLE resumes ADD COLUMN accent VARCHAR(7) DEFAULT '#1f4e79' NOT NULL;
ALTER TABLE resumes ADD COLUMN font_size SMALLINT DEFAULT 10 NOT NULL;
ALTER TABLE resumes ADD COLUMN paper VARCHAR(10) DEFAULT 'A4' NOT NULL;
ALTER TABLE resumes ADD COLUMN sections TEXT DEFAULT '[]' NOT NULL;
ALTER TABLE resumes ADD CONSTRAINT ck_resumes_font_size CHECK (font_size BETWEEN 9 AND 12);
