"""Same-event grouping as articles arrive: cluster each run's articles together with the stories near them.

The articles of one ingest run (in chunks of `chunk_size`) are clustered by
average link together with the stored stories near them, each story a node
weighted by its size; a cluster's new articles join its stored story or start
a new one. One article alone is the same decision with a chunk of one. Every
pair is scored on the evidence that two texts report the *same* event, not
just the same kind of event:

    score = cosine of lead embeddings                  meaning
          + term weight · shared names and numbers       who, where, how many (rare ones count more)
          - date penalty                                 when (only if both dates are known)

and lowered by a share of how close the two articles' own nearest neighbours
are (local scaling, after Zelnik-Manor and Perona 2004): two reports of one
boxer's two title fights are close, but each is closer still to the other
reports of its own fight. Names and numbers matter because two earthquakes or
two indictments read alike to an embedding, but rarely share the place, the
people and the figures. Stored stories are found with a nearest-neighbour
index over their centroids (`CentroidIndex`), never by scoring every article.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
from scipy.sparse import csr_matrix

from parallax.group.features import ArticleFeatures, article_features
from parallax.group.index import CentroidIndex
from parallax.model import Article

__all__ = ["GroupingParams", "StoryEvent", "StoryGrouper", "group_articles"]


@dataclass(frozen=True)
class GroupingParams:
    """The knobs of a same-event decision.

    Tuned on the ECB+ dev topics (2, 5, 12, 18, 21, 23, 34, 35; no dates;
    `benchmarks/bench_grouping.py --tune`) and checked on the other ECB+
    topics and on BASIL (dated: three outlets report an event within a few
    days). Lowering `threshold` merges look-alike events (two quakes); raising
    it splits one event's coverage.
    """

    # Grid on the dev topics, all 772 documents in one run: threshold 0.45 / 0.55 / 0.65 scored
    # 0.891 / 0.954 / 0.932; term weight 3 beat 2 and 5; local scaling 0.3 beat 0 (0.928) and 0.5.
    threshold: float = 0.55  # average pair score of two clusters, after local scaling, to merge them
    term_weight: float = 3.0  # rarity-weighted names cosine, next to the embedding cosine
    local_scaling: float = 0.3  # share of the two articles' neighbour scores taken off a pair's score
    neighbour_rank: int = 2  # which nearest neighbour sets an article's local scale (its second)
    # The least local scale an article gets: one with no close neighbour (a lone report, or a run
    # too small to hold its event's other reports) must not have its bar lowered for it. With 1.3,
    # each eighth of ECB+ clustered alone scored 0.921 (0.910 without), all of it 0.939 (0.940).
    scale_floor: float = 1.3
    date_grace_days: float = 2.0  # coverage of one event: BASIL's three outlets mostly fall within 2 days
    date_penalty: float = 0.5  # per e-fold of days beyond the grace period: a month apart costs ~1.7
    candidates: int = 10  # stored stories scored per article, found by the nearest-neighbour index
    # Stories less similar than this are not scored at all (a speed cut, not a decision): on the ECB+
    # dev topics 95% of same-event pairs have cosine >= 0.52, different topics' pairs have a median of 0.10.
    min_similarity: float = 0.35
    chunk_size: int = 1000  # articles clustered together at most: the cost per article stays flat
    # Story repair (see `StoryGrouper._repair`): after each chunk, the stories it touched are clustered
    # again from their articles, with the stories nearest them. ECB+ dev topics in shuffled batches of
    # 10 (median of 5 orders): 0.864 without repair, 0.954 with it (one run: 0.954 either way). A split
    # bar below the merge bar (hysteresis, against stories flipping back and forth) cost accuracy:
    # splitting only below threshold - 0.1 scored 0.870, - 0.05 0.879; so one bar serves both.
    repair: bool = True
    repair_members: int = 400  # articles in one repaired neighbourhood at most: its cost is bounded


@dataclass
class _Story:
    id: str
    slot: int  # row in the centroid index
    size: int = 0
    norm: float = 0.0  # length of the sum of member embeddings
    term_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))  # sorted
    term_counts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    first_day: int | None = None  # proleptic ordinals
    last_day: int | None = None
    members: list[int] = field(default_factory=list)  # member rows (`StoryGrouper._member_*`), in arrival order


@dataclass(frozen=True)
class StoryEvent:
    """One story repair, as the store records it and `show` reports it.

    - "merge": the articles of `other_id` joined `story_id`, and `other_id` is gone (an old link to it
      resolves to `story_id`); the larger of the two stories keeps its id.
    - "split": `articles` articles of `story_id` left it for `other_id` (a new story, or one they were
      found to report); the bigger part keeps the id.

    `score` is the average link between the two sides (pair scores after local scaling, as every
    grouping decision compares them), against `threshold`: a merge clears it, a split falls below it.
    """

    kind: str
    story_id: str
    other_id: str
    articles: int
    score: float
    threshold: float
    at: str | None = None  # UTC time the store recorded it (ISO 8601); None until recorded


def _story_id(article_id: str) -> str:
    return "s-" + hashlib.sha1(article_id.encode()).hexdigest()[:12]


class StoryGrouper:
    """Incremental same-event grouping; restore it from a store with `from_rows` to continue."""

    def __init__(self, params: GroupingParams | None = None, dim: int = 384) -> None:
        self.params = params or GroupingParams()
        self._index = CentroidIndex(dim)
        self._stories: list[_Story] = []
        self._by_id: dict[str, _Story] = {}
        self._vocabulary: dict[str, int] = {}
        self._terms: list[str] = []  # vocabulary terms by id, so new ids' priors never need a sort
        self._document_frequency = np.zeros(1024, dtype=np.int32)
        self._articles_seen = 0
        self._prior = np.zeros(1024, dtype=np.float64)  # general-English rarity of each vocabulary term, by id
        self._prior_known = 0  # terms whose prior is filled in
        # Every grouped article ("member"), kept so that a story can be split and merged again later:
        # its unit embedding, names, day (ordinal), article id (None when restored without one), story.
        self._member_vectors = np.zeros((1024, dim), dtype=np.float32)
        self._member_terms: list[np.ndarray] = []
        self._member_days: list[int | None] = []
        self._member_ids: list[str | None] = []
        self._member_story: list[_Story] = []
        self._free_slots: list[int] = []  # index rows of stories merged away, for the next new story
        self._reserved: set[str] = set()  # ids stories had once: never handed to another story
        self._born: set[str] = set()  # ids made during the chunk being grouped (not in any store yet)
        self._moved: dict[str, str] = {}  # article id -> its new story, for articles grouped before
        self._events: list[StoryEvent] = []

    def __len__(self) -> int:
        """The number of stories."""
        return len(self._by_id)

    @property
    def articles_seen(self) -> int:
        return self._articles_seen

    # -- the decision -----------------------------------------------------------------------
    def add(self, article: Article, embedding: np.ndarray) -> str:
        """Group one article: the id of the story it joined, or of the one it started."""
        return self.add_batch([article], np.asarray(embedding)[None, :])[0]

    def add_batch(self, articles: list[Article], embeddings: np.ndarray) -> list[str]:
        """Group articles that arrive together: the story id of each, in order.

        Chunks of `chunk_size` are clustered together with the stored stories
        near them, so the first reports of a new event form its story jointly
        instead of each one deciding alone against whatever arrived before it.
        """
        story_ids: list[str] = []
        size = max(1, self.params.chunk_size)
        for start in range(0, len(articles), size):
            first_member = len(self._member_ids)
            self._born = set()
            events_before = len(self._events)
            members = self._add_chunk(articles[start : start + size], embeddings[start : start + size])
            if self.params.repair and members:
                touched = list({id(self._member_story[m]): self._member_story[m] for m in members}.values())
                self._repair(touched, first_member)
                self._events[events_before:] = _settled(self._events[events_before:], self._born)
            story_ids += [self._member_story[m].id for m in members]
        return story_ids

    def take_changes(self) -> tuple[dict[str, str], list[StoryEvent]]:
        """What repair changed since the last call, for the store to record with the new memberships.

        The articles grouped before (article id -> the story they are in now) and the merges and
        splits, in order. The articles just added are not in the first: `add_batch` returns theirs.
        """
        moved, events = self._moved, self._events
        self._moved, self._events = {}, []
        return moved, events

    def reserve(self, story_ids: Iterable[str]) -> None:
        """Ids that stories had once (the store's merge and split records): never handed out again."""
        self._reserved.update(story_ids)

    def score(self, article: Article, embedding: np.ndarray, story_id: str) -> float:
        """The same-event score of a lone article against one story, as `add` compares it with `threshold`."""
        features = article_features(article)
        term_ids = self._term_ids(features.terms, grow=True)  # as in add(): unseen names count against
        vector = _unit(embedding)[None, :]
        stories, story_scores = self._story_scores(vector, [term_ids], [features.day], also=self._by_id[story_id])
        scale = self._scales(np.zeros((1, 0)), stories, story_scores)
        scaled = self._scaled_story_scores(story_scores, scale, stories)
        return float(scaled[0, stories.index(self._by_id[story_id])])

    def _add_chunk(self, articles: list[Article], embeddings: np.ndarray) -> list[int]:
        """Cluster one chunk's articles together with the stored stories near them, by average link.

        A stored story is a node weighted by its size, so a new article weighs its score with
        every member of it, as if the story's articles had arrived in this chunk; two stored
        stories never merge. Each final cluster holds at most one stored story: its new articles
        join it, or start a story of their own.
        """
        if not articles:
            return []
        features = [article_features(a) for a in articles]
        term_ids = [self._term_ids(f.terms, grow=True) for f in features]
        days = [f.day for f in features]
        vectors = np.vstack([_unit(e) for e in embeddings])
        count = len(articles)
        pair = self._pair_scores(vectors, term_ids, [_ordinal(d) for d in days])
        stories, story_scores = self._story_scores(vectors, term_ids, days)
        scale = self._scales(pair, stories, story_scores)
        within = pair - self.params.local_scaling * (scale[:, None] + scale[None, :]) / 2
        cross = self._scaled_story_scores(story_scores, scale, stories)
        sizes = np.array([story.size for story in stories], dtype=np.float64)
        labels, joined = _average_link(within, cross, sizes, self.params.threshold)
        started: dict[int, _Story] = {}
        members = []
        for i in range(count):
            if joined[i] >= 0:
                story = stories[int(joined[i])]
            else:
                if int(labels[i]) not in started:  # the first article of a new cluster names its story
                    started[int(labels[i])] = self._new_story(_story_id(articles[i].id))
                story = started[int(labels[i])]
            members.append(self._join(story, vectors[i], term_ids[i], days[i], articles[i].id))
        return members

    def _pair_scores(
        self, vectors: np.ndarray, term_ids: list[np.ndarray], days: list[int | None], counted: bool = False
    ) -> np.ndarray:
        """Same-event scores of every pair: embedding cosine + names cosine - date gap (days as ordinals).

        `counted`: the articles are grouped already, so their names are in the rarity counts.
        """
        count = len(vectors)
        scores = (vectors @ vectors.T).astype(np.float64)
        # Rarity counts the chunk as already seen, as a batch TF-IDF would: its names are not unseen to it.
        chunk_terms = np.concatenate(term_ids) if term_ids else np.zeros(0, dtype=np.int32)
        if not counted:
            np.add.at(self._document_frequency, chunk_terms, 1)
            self._articles_seen += count
        try:
            weights = self._idf(chunk_terms) if len(chunk_terms) else np.zeros(0)
        finally:
            if not counted:
                np.subtract.at(self._document_frequency, chunk_terms, 1)
                self._articles_seen -= count
        if len(chunk_terms):
            rows = np.repeat(np.arange(count), [len(t) for t in term_ids])
            names = csr_matrix((weights, (rows, chunk_terms)), shape=(count, len(self._terms)))
            norms = np.sqrt(np.asarray(names.multiply(names).sum(axis=1)).ravel())
            names = csr_matrix(names.multiply(1.0 / np.maximum(norms, 1e-12)[:, None]))
            scores += self.params.term_weight * (names @ names.T).toarray()
        dated = np.array([d is not None for d in days])
        if dated.sum() > 1:
            ordinals = np.array([d if d is not None else 0 for d in days], dtype=np.float64)
            beyond = np.abs(ordinals[:, None] - ordinals[None, :]) - self.params.date_grace_days
            late = dated[:, None] & dated[None, :] & (beyond > 0)
            scores -= np.where(late, self._late_penalty(np.maximum(beyond, 0.0)), 0.0)
        return scores

    def _story_scores(
        self, vectors: np.ndarray, term_ids: list[np.ndarray], days: list[date | None], also: _Story | None = None
    ) -> tuple[list[_Story], np.ndarray]:
        """The stored stories near any of the articles, and each article's average pair score with their members.

        The embedding part is exact from the story's vector sum (the mean member's dot product);
        the names part is the cosine with the story's summed names, shrunk by how much its members'
        names overlap. A story that is not among an article's candidates scores 0 with it.
        """
        columns: dict[int, int] = {}  # story slot -> column
        near_slots = []
        for vector in vectors:
            slots, similarities = self._index.search(vector, self.params.candidates)
            near = [int(s) for s in slots[similarities >= self.params.min_similarity] if self._stories[s].size > 0]
            if also is not None and also.slot >= 0 and also.slot not in near:
                near.append(also.slot)
            near_slots.append(near)
            for slot in near:
                columns.setdefault(slot, len(columns))
        stories = [self._stories[slot] for slot in columns]
        scores = np.zeros((len(vectors), len(stories)))
        if not stories:
            return stories, scores
        sizes = np.array([story.size for story in stories], dtype=np.float64)
        norms = np.array([story.norm for story in stories])
        mean_members = self._index.vectors[[story.slot for story in stories]] * (norms / sizes)[:, None]
        shrink = np.array([_names_overlap(story)[0] for story in stories])
        for i, near in enumerate(near_slots):
            if near:
                cols = [columns[slot] for slot in near]
                candidates = [stories[c] for c in cols]
                scores[i, cols] = (
                    mean_members[cols] @ vectors[i]
                    + self.params.term_weight * shrink[cols] * self._names_cosine(candidates, term_ids[i])
                    - self._date_penalties(candidates, days[i])
                )
        return stories, scores

    def _scales(self, pair: np.ndarray, stories: list[_Story], story_scores: np.ndarray) -> np.ndarray:
        """Each article's local scale: its rank-th best score with another new article or a stored member.

        Only each row's `rank` best article scores and `rank` best stories can hold it (a story of
        n members counts n times, up to `rank`), so those few are sorted, never whole rows.
        """
        rank = self.params.neighbour_rank
        others = pair.copy()
        np.fill_diagonal(others, -np.inf)
        candidates = [_top(others, rank)]
        if stories:
            columns = min(rank, story_scores.shape[1])
            best = np.argpartition(-story_scores, columns - 1, axis=1)[:, :columns]
            values = np.take_along_axis(story_scores, best, axis=1)
            members = np.array([story.size for story in stories])[best]
            copies = np.arange(rank)[None, None, :] < members[:, :, None]  # copy c of a story exists if c < size
            candidates.append(np.where(copies, values[:, :, None], -np.inf).reshape(len(pair), -1))
        pooled = np.hstack(candidates)
        if pooled.shape[1] < rank:
            return np.full(len(pair), self.params.scale_floor)
        kth = -np.sort(-pooled, axis=1)[:, rank - 1]
        return np.maximum(kth, self.params.scale_floor)

    def _scaled_story_scores(self, story_scores: np.ndarray, scale: np.ndarray, stories: list[_Story]) -> np.ndarray:
        """Article-story scores lowered by the two sides' local scales, as pair scores are."""
        if not stories:
            return story_scores
        story_scale = self._story_scales(stories)
        return story_scores - self.params.local_scaling * (scale[:, None] + story_scale[None, :]) / 2

    def _story_scales(self, stories: list[_Story]) -> np.ndarray:
        """A stored story's local scale: about its members' mean pair score, floored as an article's is."""
        sizes = np.array([story.size for story in stories], dtype=np.float64)
        norms = np.array([story.norm for story in stories])
        cohesion = np.where(sizes > 1, (norms**2 - sizes) / np.maximum(sizes * (sizes - 1), 1), -np.inf)
        names = np.array([_names_overlap(story)[1] for story in stories])
        return np.maximum(cohesion + self.params.term_weight * names, self.params.scale_floor)

    def _names_cosine(self, stories: list[_Story], term_ids: np.ndarray) -> np.ndarray:
        """Cosine of rarity-weighted names: the article's against the sum of each story's members'.

        All candidates in one pass over their concatenated terms: the cost of an article stays a
        few array operations however many stories are near it (a dense pile has more of them).
        """
        cosines = np.zeros(len(stories))
        lengths = np.array([len(story.term_ids) for story in stories])
        if len(term_ids) and lengths.any():
            article_weights = self._idf(term_ids)
            story_terms = np.concatenate([story.term_ids for story in stories])
            story_weights = self._idf(story_terms) * np.concatenate([story.term_counts for story in stories])
            positions = np.minimum(np.searchsorted(term_ids, story_terms), len(term_ids) - 1)
            shared = np.where(term_ids[positions] == story_terms, article_weights[positions] * story_weights, 0.0)
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            has_terms = lengths > 0
            dots = np.zeros(len(stories))
            squares = np.zeros(len(stories))
            dots[has_terms] = np.add.reduceat(shared, starts[has_terms])
            squares[has_terms] = np.add.reduceat(story_weights**2, starts[has_terms])
            norms = float(np.linalg.norm(article_weights)) * np.sqrt(squares)
            cosines = np.divide(dots, norms, out=np.zeros_like(dots), where=norms > 0)
        return cosines

    def _late_penalty(self, days_beyond_grace: np.ndarray | float) -> np.ndarray | float:
        """What publication this many days beyond the grace period costs a same-event score."""
        return self.params.date_penalty * np.log1p(days_beyond_grace)

    def _date_penalties(self, stories: list[_Story], day: date | None) -> np.ndarray:
        """The date term against each story: days beyond the grace period from its dates, 0 if unknown."""
        penalties = np.zeros(len(stories))
        if day is None:
            return penalties
        ordinal = day.toordinal()
        for i, story in enumerate(stories):
            if story.first_day is not None and story.last_day is not None:
                beyond = max(story.first_day - ordinal, ordinal - story.last_day, 0) - self.params.date_grace_days
                if beyond > 0:
                    penalties[i] = self._late_penalty(beyond)
        return penalties

    # -- repair ---------------------------------------------------------------------------
    def _repair(self, touched: list[_Story], first_member: int) -> None:
        """Revisit the stories a chunk touched, each with the stored stories nearest it.

        A chunk's decisions are made with what was stored before it: the first three reports of
        one quake may have joined another quake's story because neither had enough reports for
        local scaling to tell them apart. Now that more reports are in, each touched story's
        neighbourhood (the story and the stories whose centroids are nearest it, `candidates` at
        most, `repair_members` articles at most) is clustered again from its members:

        the touched stories' articles one by one and the untouched neighbours as whole nodes
        (weighted by their size) are clustered by average link at `threshold`, the pair scores
        lowered by local scales taken within the neighbourhood, as one ingest run of all of them
        would be. So a touched story splits where its articles form groups whose average link is
        below the threshold, and two stories merge where the average link of their articles
        clears it; an article may also move to the neighbour whose reports it is closest to.

        Only the neighbourhoods of touched stories are read, so the cost of a chunk depends on
        how many stories it touched and how large they are, not on the size of the store.
        """
        touched_ids = {id(story) for story in touched}
        settled: set[int] = set()
        for story in sorted(touched, key=lambda s: -s.size):
            if story.size == 0 or id(story) in settled or self._by_id.get(story.id) is not story:
                continue
            region = self._neighbourhood(story)
            settled.update(id(s) for s in region if id(s) in touched_ids)
            if region:
                self._repair_region(region, touched_ids, first_member)

    def _neighbourhood(self, story: _Story) -> list[_Story]:
        """The story and the live stories nearest its centroid, within the repair's size limit."""
        limit = self.params.repair_members
        if story.size > limit:
            return []  # a story this large is not taken apart in one chunk's repair: too costly
        slots, similarities = self._index.search(self._index.vectors[story.slot], self.params.candidates + 1)
        region, total = [story], story.size
        for slot, similarity in zip(slots, similarities, strict=True):
            other = self._stories[int(slot)]
            if similarity < self.params.min_similarity:
                break
            if other is story or other.size == 0 or total + other.size > limit:
                continue
            region.append(other)
            total += other.size
        return region

    def _repair_region(self, region: list[_Story], touched: set[int], first_member: int) -> None:
        """Split the touched stories of one neighbourhood, merge what belongs together, apply the result."""
        params = self.params
        members = np.concatenate([np.array(story.members, dtype=np.int64) for story in region])
        owner = np.repeat(np.arange(len(region)), [story.size for story in region])
        count = len(members)
        if count < 2:
            return
        raw = self._pair_scores(
            self._member_vectors[members],
            [self._member_terms[m] for m in members],
            [self._member_days[m] for m in members],
            counted=True,
        )
        others = raw.copy()
        np.fill_diagonal(others, -np.inf)
        if count > params.neighbour_rank:
            scale = np.maximum(_top(others, params.neighbour_rank).min(axis=1), params.scale_floor)
        else:
            scale = np.full(count, params.scale_floor)
        linked = raw - params.local_scaling * (scale[:, None] + scale[None, :]) / 2
        np.fill_diagonal(linked, -np.inf)

        pieces: list[np.ndarray] = []  # touched stories come apart into their articles; neighbours stay whole
        for k, story in enumerate(region):
            local = np.flatnonzero(owner == k)
            pieces += [local[i : i + 1] for i in range(len(local))] if id(story) in touched else [local]
        sizes = np.array([len(piece) for piece in pieces], dtype=np.float64)
        indicator = np.zeros((count, len(pieces)))
        for j, piece in enumerate(pieces):
            indicator[piece, j] = 1.0
        finite = np.where(np.isfinite(linked), linked, 0.0)
        between = indicator.T @ finite @ indicator / np.outer(sizes, sizes)
        labels, _ = _average_link(between, np.zeros((len(pieces), 0)), np.zeros(0), params.threshold, sizes=sizes)
        grouped: dict[int, list[np.ndarray]] = {}
        for j, piece in enumerate(pieces):
            grouped.setdefault(int(labels[j]), []).append(piece)
        clusters = [np.sort(np.concatenate(parts)) for parts in grouped.values()]
        unchanged = len(clusters) == len(region) and all(
            len(np.unique(owner[c])) == 1 and len(c) == region[int(owner[c[0]])].size for c in clusters
        )
        if not unchanged:
            self._apply(region, members, owner, clusters, linked, first_member)

    def _apply(
        self,
        region: list[_Story],
        members: np.ndarray,
        owner: np.ndarray,
        clusters: list[np.ndarray],
        linked: np.ndarray,
        first_member: int,
    ) -> None:
        """Give a neighbourhood's new clusters their stories and ids, and record each merge and split.

        Ids: the (old story, new cluster) pairs sharing the most articles are matched first (ties:
        the larger old story, then the older), each old id and each cluster matched once. So a
        merge keeps the larger story's id and a split keeps it on the bigger part; a cluster left
        without an old id is a new story, named after its earliest article.
        """
        params = self.params
        overlaps = []
        for c, cluster in enumerate(clusters):
            olds, shared = np.unique(owner[cluster], return_counts=True)
            for k, n in zip(olds, shared, strict=True):
                overlaps.append((-int(n), -region[k].size, region[k].members[0], int(k), c))
        named: dict[int, int] = {}  # cluster -> old story (index in region) whose id it keeps
        taken: set[int] = set()
        for _, _, _, k, c in sorted(overlaps):
            if c not in named and k not in taken:
                named[c] = k
                taken.add(k)
        stories: list[_Story] = []
        for c, cluster in enumerate(clusters):
            if c in named:
                stories.append(region[named[c]])
            else:
                first = int(members[cluster[0]])
                stories.append(self._new_story(_story_id(self._member_ids[first] or f"member-{first}")))

        def link(a: np.ndarray, b: np.ndarray) -> float:
            return float(linked[np.ix_(a, b)].mean()) if len(a) and len(b) else float("nan")

        bar = params.threshold
        for k, old in enumerate(region):
            mine = owner == k
            parts = {c: cluster[mine[cluster]] for c, cluster in enumerate(clusters) if mine[cluster].any()}
            kept = next((c for c in parts if named.get(c) == k), None)
            main = kept if kept is not None else max(parts, key=lambda c: (len(parts[c]), -c))
            for c, part in parts.items():
                if c != main:
                    self._events.append(
                        StoryEvent("split", old.id, stories[c].id, len(part), link(part, parts[main]), bar)
                    )
            if kept is None:
                rest = clusters[main][~mine[clusters[main]]]
                self._events.append(
                    StoryEvent("merge", stories[main].id, old.id, len(parts[main]), link(parts[main], rest), bar)
                )
        for k in sorted(set(range(len(region))) - taken):
            self._retire(region[k])
        for story, cluster in zip(stories, clusters, strict=True):
            rows = members[cluster]
            for row in rows:
                row = int(row)
                if self._member_story[row] is not story:
                    self._member_story[row] = story
                    article_id = self._member_ids[row]
                    if row < first_member and article_id is not None:
                        self._moved[article_id] = story.id
            story.members = [int(row) for row in rows]
            self._rebuild(story)

    def _retire(self, story: _Story) -> None:
        """A story merged away: its index row is freed and its id never handed out again."""
        if story.slot >= 0:
            self._index.update(story.slot, np.zeros(self._index.dim, dtype=np.float32), refile=False)
            self._free_slots.append(story.slot)
        story.size, story.members, story.norm = 0, [], 0.0
        self._by_id.pop(story.id, None)
        self._reserved.add(story.id)

    def _rebuild(self, story: _Story) -> None:
        """A story's sums (centroid, names, dates) from its members, after repair moved some."""
        rows = np.array(story.members, dtype=np.int64)
        total = self._member_vectors[rows].astype(np.float64).sum(axis=0)
        story.size = len(rows)
        story.norm = float(np.linalg.norm(total))
        unit = (total / max(story.norm, 1e-12)).astype(np.float32)
        terms = [self._member_terms[row] for row in rows]
        if any(len(t) for t in terms):
            ids, counts = np.unique(np.concatenate(terms), return_counts=True)
            story.term_ids, story.term_counts = ids.astype(np.int32), counts.astype(np.int32)
        else:
            story.term_ids = story.term_counts = np.zeros(0, dtype=np.int32)
        days = [self._member_days[row] for row in rows if self._member_days[row] is not None]
        story.first_day, story.last_day = (min(days), max(days)) if days else (None, None)
        if story.slot < 0:
            self._place(story, unit)
        else:
            self._index.update(story.slot, unit, refile=True)

    # -- state ----------------------------------------------------------------------------
    def _idf(self, term_ids: np.ndarray) -> np.ndarray:
        # Smoothed as scikit-learn's TfidfVectorizer does (+1): with only a few articles seen, a shared
        # name must still count, or the second report of the first event could never join it.
        frequency = self._document_frequency[term_ids]
        observed = np.log((self._articles_seen + 1.0) / (frequency + 1.0)) + 1.0
        # Until the pile is large, its own counts say little about rarity; a prior from
        # general English frequencies (wordfreq) fills in, fading as articles arrive.
        weight = PRIOR_ARTICLES / (PRIOR_ARTICLES + self._articles_seen)
        return (1.0 - weight) * observed + weight * self._prior_idf(term_ids)

    def _prior_idf(self, term_ids: np.ndarray) -> np.ndarray:
        if self._prior_known < len(self._terms):
            if len(self._terms) > len(self._prior):
                self._prior = np.concatenate([self._prior, np.zeros(len(self._terms), dtype=np.float64)])
            for term_id in range(self._prior_known, len(self._terms)):
                self._prior[term_id] = _word_rarity(self._terms[term_id])
            self._prior_known = len(self._terms)
        return self._prior[term_ids]

    def _term_ids(self, terms: Iterable[str], grow: bool) -> np.ndarray:
        ids = []
        for term in terms:
            term_id = self._vocabulary.get(term)
            if term_id is None and grow:
                term_id = self._vocabulary[term] = len(self._terms)
                self._terms.append(term)
            if term_id is not None:
                ids.append(term_id)
        if len(self._vocabulary) > len(self._document_frequency):
            grown = np.zeros(2 * len(self._vocabulary), dtype=np.int32)
            grown[: len(self._document_frequency)] = self._document_frequency
            self._document_frequency = grown
        return np.array(sorted(ids), dtype=np.int32)

    def _new_story(self, story_id: str) -> _Story:
        # Two articles with the same id, or an id a story had once: keep story ids unique forever.
        while story_id in self._by_id or story_id in self._reserved:
            story_id = "s-" + hashlib.sha1(story_id.encode()).hexdigest()[:12]
        story = _Story(id=story_id, slot=-1)
        self._by_id[story_id] = story
        self._born.add(story_id)
        return story

    def _place(self, story: _Story, unit: np.ndarray) -> None:
        """File a story's centroid in the index: in a row a merged-away story left, or a new one."""
        if self._free_slots:
            story.slot = self._free_slots.pop()
            self._index.update(story.slot, unit, refile=True)
            self._stories[story.slot] = story
        else:
            story.slot = self._index.add(unit)
            self._stories.append(story)

    def _join(
        self,
        story: _Story,
        vector: np.ndarray,
        term_ids: np.ndarray,
        day: date | None,
        article_id: str | None = None,
    ) -> int:
        """Add one article to a story (and to the rarity counts); returns its member row."""
        member = len(self._member_ids)
        if member == len(self._member_vectors):
            self._member_vectors = np.concatenate([self._member_vectors, np.zeros_like(self._member_vectors)])
        self._member_vectors[member] = vector
        self._member_terms.append(term_ids)
        self._member_days.append(_ordinal(day))
        self._member_ids.append(article_id)
        self._member_story.append(story)
        story.members.append(member)
        if story.slot < 0:
            self._place(story, vector)
            story.norm = 1.0
        else:
            total = self._index.vectors[story.slot] * story.norm + vector
            story.norm = float(np.linalg.norm(total))
            # A centroid moves by about 1/size per join: re-file it in the index only when the story's
            # size reaches a power of two (O(log size) re-files per story instead of one per join).
            size = story.size + 1
            self._index.update(story.slot, total / max(story.norm, 1e-12), refile=size & (size - 1) == 0)
        story.size += 1
        if len(term_ids):
            merged, inverse = np.unique(np.concatenate([story.term_ids, term_ids]), return_inverse=True)
            counts = np.zeros(len(merged), dtype=np.int32)
            np.add.at(counts, inverse, np.concatenate([story.term_counts, np.ones(len(term_ids), dtype=np.int32)]))
            story.term_ids, story.term_counts = merged.astype(np.int32), counts
            self._document_frequency[term_ids] += 1
        self._articles_seen += 1
        if day is not None:
            ordinal = day.toordinal()
            story.first_day = ordinal if story.first_day is None else min(story.first_day, ordinal)
            story.last_day = ordinal if story.last_day is None else max(story.last_day, ordinal)
        return member

    def restore(
        self, article: Article | ArticleFeatures, embedding: np.ndarray, story_id: str, article_id: str | None = None
    ) -> None:
        """Replay a decision already made (read back from a store) without deciding again.

        The store hands back the features it kept beside each article where it has them, so a
        restore need not read the article again; older rows come as the article itself.
        """
        story = self._by_id.get(story_id)
        if story is None:
            story = _Story(id=story_id, slot=-1)
            self._by_id[story_id] = story
        features = article if isinstance(article, ArticleFeatures) else article_features(article)
        if article_id is None and isinstance(article, Article):
            article_id = article.id
        self._join(story, _unit(embedding), self._term_ids(features.terms, grow=True), features.day, article_id)

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple],
        params: GroupingParams | None = None,
        reserved: Iterable[str] = (),
    ) -> StoryGrouper:
        """A grouper holding the stories of a store, ready for new articles.

        Rows are `store.iter_grouping()`'s (features, embedding, story id), or with the article id
        first, `store.iter_grouping(with_ids=True)`'s: repair needs the ids to say which stored
        articles it moved. Rows without an embedding or a story are skipped: they were never
        grouped. `reserved`: ids stories had once (see `reserve`).
        """
        grouper = cls(params)
        grouper.reserve(reserved)
        for row in rows:
            article_id, (article, embedding, story_id) = (row[0], row[1:]) if len(row) == 4 else (None, row)
            if embedding is not None and story_id is not None:
                grouper.restore(article, embedding, story_id, article_id)
        return grouper

    def story_ids(self) -> Iterator[str]:
        return (story.id for story in self._stories if story.size > 0)


# Articles after which the pile's own term counts outweigh the general-English prior.
# With 40 (ECB+ in one run, same shuffled order): all topics F1 0.939 (0.934 without the prior,
# 0.938 with 10); BASIL one article at a time 0.992 (0.989 without). A handful of articles is
# where it matters most: names shared by the only two articles seen would otherwise look common.
PRIOR_ARTICLES = 40.0


def _word_rarity(term: str) -> float:
    """An IDF-like rarity from wordfreq's Zipf frequency: common words low, names and numbers high."""
    if not term[:1].isalpha():
        return 8.0  # numbers: as rare as an unseen name
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 4.0
    return max(1.0, 8.0 - zipf_frequency(term, "en"))


def _average_link(
    pair: np.ndarray,
    cross: np.ndarray,
    story_sizes: np.ndarray,
    threshold: float,
    sizes: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Average-link clusters of new articles, with stored stories as nodes weighted by their size.

    `pair` scores the new articles with each other, `cross` each article with each story. Two
    stories never merge, so a cluster that joins a story leaves the article side and lives on as
    the story's column, its scores the size-weighted average of both. scipy's `linkage` takes
    neither weights nor that constraint, hence this small agglomeration; the best partner of
    each row is kept, so a merge costs a pass over one row and one column, not the whole matrix
    (and the story-by-story block, all -inf, is never stored). Merges stop below `threshold`.
    `sizes`: how many articles each row stands for already (repair clusters parts of stories;
    `pair` then holds their average links). Returns each article's cluster (an article index)
    and the story column it joined, or -1.
    """
    count, stories = len(pair), cross.shape[1]
    articles = np.array(pair, dtype=np.float64)
    np.fill_diagonal(articles, -np.inf)
    to_story = np.array(cross, dtype=np.float64).reshape(count, stories)
    size = np.ones(count) if sizes is None else np.array(sizes, dtype=np.float64)
    story_size = np.array(story_sizes, dtype=np.float64)
    labels = np.arange(count)
    joined = np.full(count, -1)
    alive = np.ones(count, dtype=bool)
    best = np.zeros(count, dtype=int)  # partner: an article below `count`, story k at count + k
    best_score = np.full(count, -np.inf)

    def refresh(rows: np.ndarray) -> None:
        for row in rows:
            partner = int(np.argmax(articles[row]))
            score = articles[row, partner]
            if stories:
                column = int(np.argmax(to_story[row]))
                if to_story[row, column] > score:
                    partner, score = count + column, to_story[row, column]
            best[row], best_score[row] = partner, score if alive[row] else -np.inf

    refresh(np.arange(count))
    while count:
        row = int(np.argmax(best_score))
        if best_score[row] < threshold:
            break
        partner = int(best[row])
        if partner < count:  # two clusters of new articles: the partner's members move into `row`
            weight = size[row] + size[partner]
            merged = (size[row] * articles[row] + size[partner] * articles[partner]) / weight
            merged[[row, partner]] = -np.inf
            merged[~alive] = -np.inf
            articles[row, :] = merged
            articles[:, row] = merged
            to_story[row] = (size[row] * to_story[row] + size[partner] * to_story[partner]) / weight
            size[row] = weight
            labels[labels == partner] = row
            gone, column, target = partner, merged, row
        else:  # the cluster joins a stored story: it lives on as that story's column
            story = partner - count
            weight = story_size[story] + size[row]
            merged = (story_size[story] * to_story[:, story] + size[row] * articles[:, row]) / weight
            merged[row] = -np.inf
            merged[~alive] = -np.inf
            to_story[:, story] = merged
            story_size[story] = weight
            joined[labels == row] = story
            gone, column, target = row, merged, partner
        alive[gone] = False
        articles[gone, :] = -np.inf
        articles[:, gone] = -np.inf
        to_story[gone, :] = -np.inf
        best_score[gone] = -np.inf
        stale = np.flatnonzero(alive & ((best == row) | (best == partner)))
        better = alive & (column > best_score)
        best[better], best_score[better] = target, column[better]
        refresh(np.union1d(stale, [row] if alive[row] else []).astype(int))
    return labels, joined


def _top(matrix: np.ndarray, count: int) -> np.ndarray:
    """Each row's `count` largest values (all of them if the row is shorter), in no order."""
    if matrix.shape[1] <= count:
        return matrix
    return np.partition(matrix, matrix.shape[1] - count, axis=1)[:, -count:]


def _names_overlap(story: _Story) -> tuple[float, float]:
    """How alike a story's members' name sets are, from its term counts alone (no rarity weights).

    The first value turns a cosine with the members' summed names into about the mean cosine with
    each member; the second is about the mean names cosine between two members.
    """
    counts = story.term_counts.astype(np.float64)
    total = float(counts.sum())
    if story.size < 2 or total == 0:
        return 1.0, 0.0
    squares = float((counts**2).sum())
    return math.sqrt(squares / (story.size * total)), (squares - total) / ((story.size - 1) * total)


def _ordinal(day: date | None) -> int | None:
    return None if day is None else day.toordinal()


def _settled(events: list[StoryEvent], born: set[str]) -> list[StoryEvent]:
    """A chunk's repair events as a store sees them: ids made and merged away within the chunk never existed.

    A story started by the chunk and merged into a stored one is just its articles joining that
    story: no event. A part split off into a story of the chunk that then merged elsewhere went
    where it ended: the split names that story.
    """
    absorbed = {e.other_id: e.story_id for e in events if e.kind == "merge" and e.other_id in born}

    def final(story_id: str) -> str:
        seen = set()
        while story_id in absorbed and story_id not in seen:
            seen.add(story_id)
            story_id = absorbed[story_id]
        return story_id

    settled = []
    for event in events:
        if event.kind == "merge" and event.other_id in born:
            continue
        event = replace(event, story_id=final(event.story_id), other_id=final(event.other_id))
        if event.story_id != event.other_id:
            settled.append(event)
    return settled


def _unit(vector: np.ndarray) -> np.ndarray:
    vector = np.asarray(vector, dtype=np.float32)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def group_articles(
    articles: list[Article], embeddings: np.ndarray | None = None, params: GroupingParams | None = None
) -> dict[str, str]:
    """Group articles that arrive together: article id -> story id (embeds the leads when none are given)."""
    if embeddings is None:
        from parallax.embeddings import encode
        from parallax.group.features import grouping_text

        embeddings = encode([grouping_text(a) for a in articles])
    grouper = StoryGrouper(params, dim=embeddings.shape[1] if len(embeddings) else 384)
    return dict(zip([a.id for a in articles], grouper.add_batch(articles, embeddings), strict=True))
