-- Arrival and creation numbers drawn from sequences: several writers insert at once, and
-- MAX + 1 inside each transaction (what SQLite's single writer does) would hand two of them
-- the same number.
CREATE SEQUENCE articles_arrival OWNED BY articles.added_seq;
SELECT setval('articles_arrival', COALESCE(MAX(added_seq), 0) + 1, false) FROM articles;
ALTER TABLE articles ALTER COLUMN added_seq SET DEFAULT nextval('articles_arrival');

CREATE SEQUENCE stories_creation OWNED BY stories.created_seq;
SELECT setval('stories_creation', COALESCE(MAX(created_seq), 0) + 1, false) FROM stories;
ALTER TABLE stories ALTER COLUMN created_seq SET DEFAULT nextval('stories_creation');
