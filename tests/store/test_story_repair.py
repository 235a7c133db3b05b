"""Story repair through ingest, the store, `show`, `stories` and the web app (issue 14).

Three articles with hand-made embeddings arrive in three ingest runs: the first two start two
stories, the third links them, and repair merges them. The merge is recorded in the store; `show`
and the web app take the old id to the story that absorbed it and say "merged from"; the JSON
exports carry it; only the changed story is compared again.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from parallax.cli import main
from parallax.group import GroupingParams, StoryGrouper, grouping_text
from parallax.model import Article, Story
from parallax.store import open_store
from parallax.store.ingest import ingest_articles
from parallax.web import serve_in_thread
from parallax.web.sources import StoreStorySource

PLAIN = GroupingParams(term_weight=0.0, local_scaling=0.0, chunk_size=1)  # score = cosine, threshold 0.55
# a1 and a2 start two stories (cosine 0.5 < 0.55); a3 is close to both (0.9, 0.8) and joins a1's; then
# {a1, a3} and a2 link at (0.5 + 0.8) / 2 = 0.65 >= 0.55 (as in tests/group/test_repair.py).
_GRAM = np.linalg.cholesky(np.array([[1.0, 0.5, 0.9], [0.5, 1.0, 0.8], [0.9, 0.8, 1.0]]))
LATE_EVIDENCE = np.hstack([_GRAM, np.zeros((3, 381))]).astype(np.float32)

ARTICLES = [
    Article(id=f"a{i + 1}", source="test", body=f"report number {word} about the flood", url=f"https://x.test/{i}")
    for i, word in enumerate(["one", "two", "three"])
]


def merged_store(location: str) -> tuple[str, str]:
    """Ingest the three articles one run each; the ids of the surviving story and the merged one."""
    vectors = {grouping_text(a): LATE_EVIDENCE[i] for i, a in enumerate(ARTICLES)}

    def embed(texts: list[str]) -> np.ndarray:
        return np.vstack([vectors[t] for t in texts])

    grouper = StoryGrouper(PLAIN)
    store = open_store(location)
    try:
        first = ingest_articles(store, [ARTICLES[0]], grouper=grouper, embed=embed)
        second = ingest_articles(store, [ARTICLES[1]], grouper=grouper, embed=embed)
        [kept], [gone] = first.stories_touched, second.stories_touched
        assert kept != gone and len(store.stories()) == 2
        third = ingest_articles(store, [ARTICLES[2]], grouper=grouper, embed=embed)
        assert (third.merges, third.splits) == (1, 0)
        assert third.stories_changed == {kept}  # the story to compare again; the merged id is gone
        assert store.stories() == [(kept, ["a1", "a2", "a3"])]
        [event] = store.story_events()
        assert (event.kind, event.story_id, event.other_id, event.articles) == ("merge", kept, gone, 1)
        assert store.resolve_story(gone) == kept
    finally:
        store.close()
    return kept, gone


@pytest.fixture
def fake_compare(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`compare` without the models: a story of the articles, each call noted."""
    import parallax.compare

    calls: list[str] = []

    def compare(articles: list[Article], story_id: str = "story") -> Story:
        calls.append(story_id)
        return Story(id=story_id, articles=list(articles))

    monkeypatch.setattr(parallax.compare, "compare", compare)
    return calls


def test_show_and_stories_follow_a_merge(
    location: Callable[[], str], fake_compare: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    where = location()
    kept, gone = merged_store(where)
    capsys.readouterr()
    assert main(["show", gone, "--db", where, "--format", "json"]) == 0  # the old id still resolves
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert report["id"] == kept and f"{gone} was merged into {kept}" in err
    [event] = report["history"]
    assert (event["kind"], event["other_id"], event["articles"]) == ("merge", gone, 1)
    assert event["score"] >= event["threshold"] and event["at"]
    assert main(["show", kept, "--db", where, "--format", "markdown"]) == 0
    assert f"merged from {gone}" in capsys.readouterr().out
    assert main(["show", kept, "--db", where]) == 0
    assert f"merged from {gone}" in capsys.readouterr().out
    assert main(["stories", "--db", where, "--format", "json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["id"] == kept and entry["merged_from"] == [gone] and entry["split_from"] == []


def test_web_app_redirects_an_old_id_and_compares_only_the_changed_story(location: Callable[[], str]) -> None:
    where = location()
    vectors = {grouping_text(a): LATE_EVIDENCE[i] for i, a in enumerate(ARTICLES)}
    calls: list[str] = []

    def comparer(articles: list[Article], story_id: str) -> Story:
        calls.append(story_id)
        return Story(id=story_id, articles=list(articles))

    source = StoreStorySource(where if "://" in where else Path(where), comparer=comparer)

    def embed(texts: list[str]) -> np.ndarray:
        return np.vstack([vectors[t] for t in texts])

    store = open_store(where)
    try:  # two runs: two stories
        ingest_articles(store, ARTICLES[:1], grouper=StoryGrouper(PLAIN), embed=embed)
        ingest_articles(store, ARTICLES[1:2], grouper=StoryGrouper.from_rows(store.iter_grouping(), PLAIN), embed=embed)
    finally:
        store.close()
    store = open_store(where)
    ids = [story_id for story_id, _ in store.stories()]
    store.close()
    assert len(ids) == 2
    for story_id in ids:
        source.get_story(story_id)
    assert sorted(calls) == sorted(ids)
    store = open_store(where)
    try:  # a third article, grouped by a grouper restored from the store, merges the two
        rebuilt = StoryGrouper.from_rows(store.iter_grouping(with_ids=True), PLAIN)
        summary = ingest_articles(store, [ARTICLES[2]], grouper=rebuilt, embed=embed)
    finally:
        store.close()
    assert summary.merges == 1
    [kept] = summary.stories_changed
    [gone] = set(ids) - {kept}
    calls.clear()
    assert source.get_story(gone) is None and source.resolve(gone) == kept
    story = source.get_story(kept)
    assert calls == [kept]  # the changed story is compared again, and nothing else
    assert story is not None and story.history[0]["other_id"] == gone
    server, _ = serve_in_thread(source)
    try:
        with pytest.raises(urllib.error.HTTPError) as moved:
            urllib.request.build_opener(NoRedirect).open(f"{server.url}story/{gone}.json", timeout=10)
        assert moved.value.code == 301 and moved.value.headers["Location"] == f"/story/{kept}.json"
        with urllib.request.urlopen(f"{server.url}story/{gone}.json", timeout=10) as followed:
            data = json.loads(followed.read())
        assert data["id"] == kept and data["history"][0]["kind"] == "merge"
        with urllib.request.urlopen(f"{server.url}story/{kept}", timeout=10) as page:
            assert f"merged from {gone}" in page.read().decode()
    finally:
        server.shutdown()
        server.server_close()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None
