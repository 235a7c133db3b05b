"""Same-event grouping on real embeddings: coverage of one event joins, look-alike events stay apart."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from parallax.embeddings import encode
from parallax.group import GroupingParams, StoryGrouper, group_articles, grouping_text
from parallax.model import Article


def report(article_id: str, title: str, body: str, published: str | None = None) -> Article:
    return Article(id=article_id, source="test", title=title, body=body, published=published)


QUAKE_A = [
    report(
        "a1",
        "Strong earthquake kills 37 in Varzaqan",
        "A magnitude 6.4 earthquake struck Varzaqan in East Azerbaijan province on Saturday, killing 37 people "
        "and injuring hundreds, Iranian state media said. Rescuers searched collapsed homes in Ahar.",
    ),
    report(
        "a2",
        "Death toll from Varzaqan quake rises to 37",
        "At least 37 people died when a 6.4-magnitude quake hit the towns of Ahar and Varzaqan in northwestern Iran, "
        "officials in East Azerbaijan said, as rescue teams dug through rubble.",
    ),
    report(
        "a3",
        "Iran earthquake: hundreds hurt in East Azerbaijan",
        "The 6.4 tremor near Varzaqan and Ahar left 37 dead and hundreds injured, the Red Crescent said on Sunday.",
    ),
]
QUAKE_B = [
    report(
        "b1",
        "Earthquake kills 12 in Sulawesi",
        "A magnitude 5.9 earthquake struck Palu on Indonesia's Sulawesi island on Tuesday, killing 12 people, "
        "the national disaster agency BNPB said. Rescuers searched collapsed homes in Donggala.",
    ),
    report(
        "b2",
        "Sulawesi quake toll reaches 12",
        "Twelve people were killed when a 5.9-magnitude quake hit Palu and Donggala in Central Sulawesi, "
        "Indonesian officials said, as rescue teams dug through rubble.",
    ),
]


@pytest.fixture(scope="module")
def quake_vectors() -> dict[str, np.ndarray]:
    articles = QUAKE_A + QUAKE_B
    return dict(zip([a.id for a in articles], encode([grouping_text(a) for a in articles]), strict=True))


@pytest.mark.parametrize("order", [["a1", "b1", "a2", "b2", "a3"], ["b2", "a3", "b1", "a1", "a2"]])
def test_two_lookalike_earthquakes_are_two_stories(quake_vectors: dict[str, np.ndarray], order: list[str]) -> None:
    by_id = {a.id: a for a in QUAKE_A + QUAKE_B}
    grouper = StoryGrouper()
    stories = {article_id: grouper.add(by_id[article_id], quake_vectors[article_id]) for article_id in order}
    assert stories["a1"] == stories["a2"] == stories["a3"]
    assert stories["b1"] == stories["b2"]
    assert stories["a1"] != stories["b1"]
    assert len(grouper) == 2


def test_a_month_apart_is_another_event(quake_vectors: dict[str, np.ndarray]) -> None:
    grouper = StoryGrouper()
    first = report("d1", QUAKE_A[0].title, QUAKE_A[0].body, published="2012-08-11")
    same_week = report("d2", QUAKE_A[1].title, QUAKE_A[1].body, published="2012-08-12")
    story = grouper.add(first, quake_vectors["a1"])
    assert grouper.add(same_week, quake_vectors["a2"]) == story
    near = grouper.score(same_week, quake_vectors["a2"], story)
    much_later = report("d3", QUAKE_A[1].title, QUAKE_A[1].body, published="2013-08-12")
    assert grouper.score(much_later, quake_vectors["a2"], story) < near - 1.0


def test_restored_grouper_decides_like_the_original(quake_vectors: dict[str, np.ndarray]) -> None:
    articles = QUAKE_A[:2] + QUAKE_B[:1]
    original = StoryGrouper()
    rows = [(a, quake_vectors[a.id], original.add(a, quake_vectors[a.id])) for a in articles]
    restored = StoryGrouper.from_rows(rows)
    assert sorted(restored.story_ids()) == sorted(original.story_ids())
    for article in (QUAKE_A[2], QUAKE_B[1]):
        assert restored.add(article, quake_vectors[article.id]) == original.add(article, quake_vectors[article.id])


def test_rows_without_story_or_embedding_are_skipped() -> None:
    grouper = StoryGrouper.from_rows([(QUAKE_A[0], None, "s1"), (QUAKE_A[1], np.ones(384, dtype=np.float32), None)])
    assert len(grouper) == 0


def test_group_articles_embeds_when_needed() -> None:
    stories = group_articles(QUAKE_A + QUAKE_B)
    assert len(set(stories.values())) == 2
    assert stories["a1"] == stories["a3"] != stories["b2"]


def test_threshold_controls_strictness(quake_vectors: dict[str, np.ndarray]) -> None:
    vectors = np.vstack([quake_vectors[a.id] for a in QUAKE_A])
    assert len(set(group_articles(QUAKE_A, vectors, GroupingParams(threshold=99.0)).values())) == 3
    assert len(set(group_articles(QUAKE_A, vectors, GroupingParams(threshold=-99.0)).values())) == 1
    one_at_a_time = GroupingParams(chunk_size=1, threshold=99.0)  # each article decides alone
    assert len(set(group_articles(QUAKE_A, vectors, one_at_a_time).values())) == 3
    assert len(set(group_articles(QUAKE_A, vectors, GroupingParams(chunk_size=1)).values())) == 1


def test_lookalike_earthquakes_arriving_together_are_two_stories(quake_vectors: dict[str, np.ndarray]) -> None:
    articles = [QUAKE_A[0], QUAKE_B[0], QUAKE_A[1], QUAKE_B[1], QUAKE_A[2]]
    vectors = np.vstack([quake_vectors[a.id] for a in articles])
    stories = StoryGrouper().add_batch(articles, vectors)
    assert stories[0] == stories[2] == stories[4] != stories[1] == stories[3]


def test_a_later_batch_joins_the_stories_of_an_earlier_one(quake_vectors: dict[str, np.ndarray]) -> None:
    grouper = StoryGrouper()
    today = grouper.add_batch([QUAKE_A[0], QUAKE_B[0]], np.vstack([quake_vectors["a1"], quake_vectors["b1"]]))
    tomorrow = [QUAKE_A[1], QUAKE_B[1], QUAKE_A[2]]
    later = grouper.add_batch(tomorrow, np.vstack([quake_vectors[a.id] for a in tomorrow]))
    assert later == [today[0], today[1], today[0]]
    assert len(grouper) == 2


def test_chunks_bound_the_work_but_events_still_join_across_them(quake_vectors: dict[str, np.ndarray]) -> None:
    articles = [QUAKE_A[0], QUAKE_A[1], QUAKE_B[0], QUAKE_B[1], QUAKE_A[2]]
    vectors = np.vstack([quake_vectors[a.id] for a in articles])
    stories = StoryGrouper(GroupingParams(chunk_size=2)).add_batch(articles, vectors)
    assert stories[0] == stories[1] == stories[4] != stories[2] == stories[3]


def test_story_ids_are_unique_even_for_repeated_article_ids() -> None:
    grouper = StoryGrouper(GroupingParams(threshold=99.0))
    vector = np.eye(384, dtype=np.float32)[0]
    ids = {grouper.add(report("same", "T", "body"), vector) for _ in range(3)}
    assert len(ids) == 3


SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="needs the shared seeds and ECB+ (../shared)")
def test_seed_articles_are_one_story_among_other_news() -> None:
    # The raw scraped dumps, boilerplate and all: grouping must not depend on cleaning being perfect.
    seeds = [
        Article(id=path.name, source=str(path), body=path.read_text(encoding="utf-8"))
        for path in sorted((SHARED / "seeds").iterdir())
    ]
    assert len(seeds) == 2
    # Other news around them, as in a real folder (names' rarity is learnt from what was seen).
    with open(SHARED / "data/ecbplus/docs.jsonl", encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle]
    random.Random(0).shuffle(docs)
    background = [Article(id=d["id"], source="ecbplus", body=d["text"]) for d in docs[:60]]
    # Same kind of news (an arms deal between neighbours), a different event, invented for the test.
    other = report(
        "other",
        "Ankara agrees $2 billion drone purchase from Kyiv after naval exercise",
        "Turkey's defence ministry said on Friday it would buy $2 billion of Ukrainian drones and engines, "
        "days after a joint naval exercise in the Black Sea that worried officials in Athens. "
        "Defence minister Hulusi Akar signed the agreement in Ankara with his Ukrainian counterpart.",
    )
    stories = group_articles([*background[:30], seeds[0], other, seeds[1], *background[30:]])
    together = {article_id for article_id, story in stories.items() if story == stories[seeds[0].id]}
    assert together == {seeds[0].id, seeds[1].id}


def test_add_joins_the_story_that_score_ranks_first(quake_vectors: dict[str, np.ndarray]) -> None:
    # add() scores all near stories in one vectorised pass; score() takes one story at a time.
    by_id = {a.id: a for a in QUAKE_A + QUAKE_B}
    grouper = StoryGrouper()
    for article_id in ["a1", "b1", "a2", "b2"]:
        grouper.add(by_id[article_id], quake_vectors[article_id])
    scores = {story: grouper.score(by_id["a3"], quake_vectors["a3"], story) for story in grouper.story_ids()}
    best = max(scores, key=scores.get)
    assert scores[best] >= grouper.params.threshold
    assert min(scores.values()) < grouper.params.threshold  # the look-alike quake is scored and refused
    assert grouper.add(by_id["a3"], quake_vectors["a3"]) == best


def _partition(labels: np.ndarray) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(int(label), set()).add(position)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("seed", range(5))
def test_average_link_agrees_with_scipy_on_single_points(seed: int) -> None:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    from parallax.group.grouper import _average_link

    rng = np.random.default_rng(seed)
    points = np.vstack([rng.normal(centre, 0.3, size=(6, 2)) for centre in rng.normal(0, 3, size=(4, 2))])
    similarity = -np.linalg.norm(points[:, None] - points[None, :], axis=2)
    ours, joined = _average_link(similarity, np.zeros((len(points), 0)), np.zeros(0), threshold=-1.5)
    assert (joined == -1).all()
    tree = linkage(squareform(-similarity, checks=False), method="average")
    assert _partition(ours) == _partition(fcluster(tree, t=1.5, criterion="distance"))


def test_average_link_weighs_a_story_as_its_members_and_never_joins_two_stories() -> None:
    from parallax.group.grouper import _average_link

    # One new article, close to story 0 (three members) and a little closer to story 1 (one member).
    _, joined = _average_link(np.zeros((1, 1)), np.array([[1.0, 1.2]]), np.array([3.0, 1.0]), threshold=0.5)
    assert joined.tolist() == [1]  # it joins its best story; the two stories stay apart
    # Two new articles: each prefers its own story, and their pair score is high.
    pair = np.array([[0.0, 0.9], [0.9, 0.0]])
    cross = np.array([[1.0, -1.0], [-1.0, 1.0]])
    _, joined = _average_link(pair, cross, np.array([1.0, 1.0]), threshold=0.5)
    assert sorted(joined.tolist()) == [0, 1]  # pulled into different stories, never merging them
    # A story of three members weighs three times: the second article's average with the first
    # article's cluster (that story plus the first article) is (3 * -1 + 0.9) / 4 < 0.5, so it stays out.
    cross = np.array([[1.0], [-1.0]])
    _, joined = _average_link(pair, cross, np.array([3.0]), threshold=0.5)
    assert joined.tolist() == [0, -1]
    _, joined = _average_link(pair, np.array([[1.0], [0.4]]), np.array([1.0]), threshold=0.5)
    assert joined.tolist() == [0, 0]  # with one member, (0.4 + 0.9) / 2 clears it
