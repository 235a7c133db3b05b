-- What grouping reads of each article (its names, numbers and day) kept beside it, so that a
-- grouper is rebuilt from a store without decoding and re-reading every article (at 100,000
-- stored articles that took 18-26 s at the start of every ingest run). NULL for articles stored
-- before this migration: those are read from `data` as before.
ALTER TABLE articles ADD COLUMN grouping TEXT;
