-- Story repair (issue 14): every merge and split of stories, with when and why (the scores),
-- so that an old story id still resolves to the story that took its articles and `show`, the
-- web app and exports can say "merged from ..." / "split from ...". Portable SQL: PostgreSQL
-- reads it with INTEGER -> BIGINT; DOUBLE PRECISION is a float8 there and a REAL in SQLite.
CREATE TABLE story_events (
    seq INTEGER PRIMARY KEY,             -- order of the events: MAX + 1, only the grouping-lock holder writes them
    at TEXT NOT NULL,                    -- when, UTC ISO 8601
    kind TEXT NOT NULL,                  -- 'merge': other_id's articles joined story_id, other_id is gone;
                                         -- 'split': articles of story_id left it for other_id
    story_id TEXT NOT NULL,
    other_id TEXT NOT NULL,
    articles INTEGER NOT NULL,           -- how many articles moved
    score DOUBLE PRECISION NOT NULL,     -- average link between the two sides (local scaling applied)
    threshold DOUBLE PRECISION NOT NULL  -- the bar it was compared with
);

CREATE INDEX story_events_story ON story_events (story_id);
CREATE INDEX story_events_other ON story_events (other_id);
