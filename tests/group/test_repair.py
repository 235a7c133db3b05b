"""Story repair (issue 14): a wrong early decision is undone as evidence accumulates, and recorded.

Hand-made unit vectors with chosen cosines (names and local scaling off, so a pair's score is its
cosine) make each decision exact; a few ECB+ topics, where ../shared is present, check the same on
real reports arriving in small batches.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from parallax.group import GroupingParams, StoryGrouper, grouping_text
from parallax.model import Article

PLAIN = GroupingParams(term_weight=0.0, local_scaling=0.0, chunk_size=1)  # score = cosine, threshold 0.55
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "ecbplus" / "docs.jsonl"


def vectors_with(gram: list[list[float]], dim: int = 384) -> np.ndarray:
    """Unit vectors whose pairwise cosines are `gram`."""
    factor = np.linalg.cholesky(np.array(gram))
    rows = np.zeros((len(gram), dim), dtype=np.float32)
    rows[:, : len(gram)] = factor
    return rows


def article(article_id: str) -> Article:
    return Article(id=article_id, source="test", body="no names here at all")  # no names, no date


def feed(grouper: StoryGrouper, ids: list[str], vectors: np.ndarray) -> dict[str, str]:
    """One article at a time; the story of every article at the end (repair may move earlier ones)."""
    stories: dict[str, str] = {}
    for article_id, vector in zip(ids, vectors, strict=True):
        stories[article_id] = grouper.add(article(article_id), vector)
        moved, _ = grouper.take_changes() if grouper.params.repair else ({}, [])
        stories.update(moved)
    return stories


# a1 reports event A; b1 and b2 event B. b1 is close enough to a1 to join it while it is alone
# (0.6 >= 0.55), and b2 joins the pair on average ((0.4 + 0.9) / 2 = 0.65). Once b2 is in, a1's
# average link to {b1, b2} is (0.6 + 0.4) / 2 = 0.5 < 0.55: the story holds two events.
WRONG_JOIN = vectors_with([[1.0, 0.6, 0.4], [0.6, 1.0, 0.9], [0.4, 0.9, 1.0]])


def test_without_repair_the_early_join_stays() -> None:
    from dataclasses import replace

    stories = feed(StoryGrouper(replace(PLAIN, repair=False)), ["a1", "b1", "b2"], WRONG_JOIN)
    assert stories["a1"] == stories["b1"] == stories["b2"]


def test_repair_splits_a_story_that_holds_two_events() -> None:
    grouper = StoryGrouper(PLAIN)
    first = grouper.add(article("a1"), WRONG_JOIN[0])
    assert grouper.add(article("b1"), WRONG_JOIN[1]) == first  # the wrong early decision
    assert grouper.take_changes() == ({}, [])
    assert grouper.add(article("b2"), WRONG_JOIN[2]) == first  # the bigger part keeps the id
    moved, events = grouper.take_changes()
    assert set(moved) == {"a1"} and moved["a1"] != first  # a1, stored before, moves out
    [split] = events
    assert (split.kind, split.story_id, split.other_id, split.articles) == ("split", first, moved["a1"], 1)
    assert split.score == pytest.approx(0.5) and split.score < split.threshold == PLAIN.threshold
    assert len(grouper) == 2 and sorted(grouper.story_ids()) == sorted([first, moved["a1"]])


# a1 and a2 start two stories (0.5 < 0.55); a3 is close to both and joins a1's (0.9 > 0.8); then
# {a1, a3} and a2 link at (0.5 + 0.8) / 2 = 0.65 >= 0.55: one event after all.
LATE_EVIDENCE = vectors_with([[1.0, 0.5, 0.9], [0.5, 1.0, 0.8], [0.9, 0.8, 1.0]])


def test_repair_merges_two_stories_once_an_article_links_them() -> None:
    grouper = StoryGrouper(PLAIN)
    one = grouper.add(article("a1"), LATE_EVIDENCE[0])
    two = grouper.add(article("a2"), LATE_EVIDENCE[1])
    assert one != two
    grouper.take_changes()
    assert grouper.add(article("a3"), LATE_EVIDENCE[2]) == one  # the larger story keeps its id
    moved, events = grouper.take_changes()
    assert moved == {"a2": one}
    [merge] = events
    assert (merge.kind, merge.story_id, merge.other_id, merge.articles) == ("merge", one, two, 1)
    assert merge.score == pytest.approx(0.65) and merge.score >= merge.threshold
    assert list(grouper.story_ids()) == [one]


def test_an_id_merged_away_is_never_handed_out_again() -> None:
    grouper = StoryGrouper(PLAIN)
    grouper.add(article("a1"), LATE_EVIDENCE[0])
    two = grouper.add(article("a2"), LATE_EVIDENCE[1])
    grouper.add(article("a3"), LATE_EVIDENCE[2])
    # a2's id was named after a2: an article with the same id starting a story gets another id.
    far = np.zeros(384, dtype=np.float32)
    far[10] = 1.0
    assert grouper.add(article("a2"), far) != two


def test_restored_grouper_repairs_with_article_ids() -> None:
    original = StoryGrouper(PLAIN)
    rows = [(i, article(i), WRONG_JOIN[k], original.add(article(i), WRONG_JOIN[k])) for k, i in enumerate(["a1", "b1"])]
    restored = StoryGrouper.from_rows(rows, PLAIN)
    restored.add(article("b2"), WRONG_JOIN[2])
    moved, events = restored.take_changes()
    assert list(moved) == ["a1"] and [e.kind for e in events] == ["split"]


def _ecb_topics(topics: set[str]) -> tuple[list[Article], list[str]]:
    articles, events = [], []
    with open(SHARED, encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc["topic"] in topics:
                body = "\n".join(x for x in doc["text"].split("\n") if not x.lower().startswith("http"))
                articles.append(Article(id=doc["id"], source="ecbplus", body=body))
                events.append(doc["event"])  # gold, for scoring here only
    return articles, events


def _pairwise_f1(labels: list[str], gold: list[str]) -> float:
    same = [(i, j) for i in range(len(gold)) for j in range(i + 1, len(gold))]
    predicted = {p for p in same if labels[p[0]] == labels[p[1]]}
    truth = {p for p in same if gold[p[0]] == gold[p[1]]}
    hits = len(predicted & truth)
    return 2 * hits / max(len(predicted) + len(truth), 1)


@pytest.mark.skipif(not SHARED.exists(), reason=f"ECB+ is not at {SHARED} (the shared corpora are not here)")
def test_ecb_topics_in_small_batches_are_repaired_towards_one_run() -> None:
    """Dev topics 2, 5 and 12 (each two look-alike events) arriving shuffled in batches of 5."""

    from parallax.embeddings import encode

    articles, gold = _ecb_topics({"2", "5", "12"})
    vectors = encode([grouping_text(a) for a in articles])
    order = list(range(len(articles)))
    random.Random(3).shuffle(order)

    def grouped(params: GroupingParams, batch: int) -> tuple[list[str], list]:
        grouper, stories, events = StoryGrouper(params), {}, []
        for start in range(0, len(order), batch):
            part = order[start : start + batch]
            stories.update(zip(part, grouper.add_batch([articles[i] for i in part], vectors[part]), strict=True))
            moved, new_events = grouper.take_changes()
            events += new_events
            by_id = {articles[i].id: i for i in stories}
            stories.update({by_id[a]: s for a, s in moved.items()})
        return [stories[i] for i in range(len(articles))], events

    without, _ = grouped(GroupingParams(repair=False), 5)
    repaired, events = grouped(GroupingParams(), 5)
    one_run, _ = grouped(GroupingParams(), len(order))
    assert events, "repair changed nothing"
    assert {e.kind for e in events} <= {"merge", "split"}
    assert _pairwise_f1(repaired, gold) > _pairwise_f1(without, gold) + 0.02
    assert _pairwise_f1(repaired, gold) >= _pairwise_f1(one_run, gold) - 0.02
