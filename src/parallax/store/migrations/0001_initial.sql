-- The first schema: articles with their reading and embedding, stories, claims, grouping state.
-- Portable SQL on purpose (TEXT/INTEGER/BLOB, no SQLite-only types): PostgreSQL reads this same
-- text with BLOB -> BYTEA and INTEGER -> BIGINT (store/_common.py).

CREATE TABLE articles (
    id TEXT PRIMARY KEY,                 -- Article.id, made unique when two inputs share it
    content_hash TEXT NOT NULL UNIQUE,   -- sha256 of URL + cleaned body: the same article is stored once
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    data TEXT NOT NULL,                  -- the article as the contract's JSON (with its reading once analysed)
    embedding BLOB,                      -- float32 vector used for grouping
    added_seq INTEGER NOT NULL UNIQUE    -- arrival order, so grouping can be replayed as it happened
);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    created_seq INTEGER NOT NULL UNIQUE  -- creation order (UNIQUE gives it an index for MAX)
);

CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE
);

CREATE INDEX story_members_story ON story_members (story_id);

CREATE TABLE claims (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    data TEXT NOT NULL,                  -- one Claim as JSON
    PRIMARY KEY (story_id, position)
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
