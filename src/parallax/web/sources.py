"""Where the web app gets its stories: one small interface, several backings.

The app only asks a `StorySource` for a list of story summaries and for one
story by id; stories in memory, story-report JSON files and the SQLite store
all answer the same two questions, so the app never knows which one it has.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from parallax.errors import ParallaxError
from parallax.model import Claim, ClaimMember, Story, article_from_dict
from parallax.report._common import claims_by_status, outlet_labels, story_title

if TYPE_CHECKING:
    from parallax.store import Store


@runtime_checkable
class StorySource(Protocol):
    """What the web app needs: summaries to list, and a full story by id (None when unknown)."""

    def list_stories(self) -> list[dict[str, Any]]: ...
    def get_story(self, story_id: str) -> Story | None: ...


def story_summary(story: Story) -> dict[str, Any]:
    """A story's line in the index: id, headline, outlets, dates and claim counts."""
    dates = sorted(a.published for a in story.articles if a.published)
    return {
        "id": story.id,
        "title": story_title(story),
        "outlets": list(dict.fromkeys(outlet_labels(story).values())),
        "articles": len(story.articles),
        "published": dates[0][:10] if dates else None,
        "claims": {status: len(claims) for status, claims in claims_by_status(story)},
    }


class StoryListSource:
    """Stories held in memory, or produced afresh by a callable at every request."""

    def __init__(self, stories: Iterable[Story] | Callable[[], Iterable[Story]]) -> None:
        self._fixed = not callable(stories)
        if callable(stories):
            self._produce: Callable[[], Iterable[Story]] = stories
        else:
            fixed = list(stories)
            self._produce = lambda: fixed

    def change_marker(self) -> int | None:
        """Constant for stories held in memory (pages may be cached); None for a callable (never cached)."""
        return 0 if self._fixed else None

    def _by_id(self) -> dict[str, Story]:
        return {story.id: story for story in self._produce()}

    def list_stories(self) -> list[dict[str, Any]]:
        return [story_summary(story) for story in self._by_id().values()]

    def get_story(self, story_id: str) -> Story | None:
        return self._by_id().get(story_id)


def story_from_dict(data: dict[str, Any]) -> Story:
    """A story report (as `parallax compare --format json` writes it) read back into a `Story`."""
    try:
        articles = [article_from_dict(a) for a in data.get("articles") or []]
        claims = []
        for claim in data.get("claims") or []:
            members = [
                ClaimMember(
                    article=str(m["article"]),
                    text=str(m["text"]),
                    start=int(m.get("start", 0)),
                    end=int(m.get("end", 0)),
                    field=m.get("field", "body"),
                )
                for m in claim.get("members") or []
            ]
            claims.append(
                Claim(
                    id=str(claim.get("id") or f"c{len(claims) + 1}"),
                    status=claim["status"],
                    members=members,
                    about=claim.get("about", ""),
                    why=claim.get("why", ""),
                    independent_sources=int(claim.get("independent_sources", 1)),
                    differences=list(claim.get("differences") or []),
                )
            )
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise ParallaxError(f"not a story report: {err.__class__.__name__}: {err}") from err
    story_id = str(data.get("id") or (articles[0].id if articles else "story"))
    return Story(
        id=story_id,
        articles=articles,
        claims=claims,
        framing=dict(data.get("framing") or {}),
        independence=list(data.get("independence") or []),
        history=[dict(e) for e in data.get("history") or [] if isinstance(e, dict)],
    )


def load_report_files(paths: Iterable[Path]) -> list[Story]:
    """Stories from story-report JSON files (one report, or a list of reports, per file)."""
    stories: list[Story] = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise ParallaxError(f"{path}: cannot read a story report ({err})") from err
        for report in data if isinstance(data, list) else [data]:
            if not isinstance(report, dict):
                raise ParallaxError(f"{path}: a story report is a JSON object")
            try:
                stories.append(story_from_dict(report))
            except ParallaxError as err:
                raise ParallaxError(f"{path}: {err}") from err
    return stories


class StoreStorySource:
    """Stories of a Parallax store, compared on first view and kept for the next.

    The store is opened once per thread and kept: the app answers from a pool of
    worker threads and a SQLite connection belongs to the thread that opened it.
    Comparisons run one at a time (they are CPU-bound) and are cached by the
    story's article ids, so a story that gains an article is compared again.
    """

    def __init__(self, path: str | Path, comparer: Callable[..., Story] | None = None) -> None:
        from parallax.store import is_url

        self.path: str | Path = path if is_url(path) else Path(path)  # a file, or a postgresql:// URL
        self._comparer = comparer
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, tuple[str, ...]], Story] = {}
        self._summaries: tuple[tuple[tuple[int, int], ...], list[dict[str, Any]]] | None = None
        self._local = threading.local()
        self.opened = 0  # stores opened so far: one per thread that asked

    def _open(self) -> Store:
        """This thread's store, opened on its first call."""
        store = getattr(self._local, "store", None)
        if store is None:
            from parallax.store import open_store  # imported when used: the store pulls in numpy

            store = self._local.store = open_store(self.path)
            with self._lock:
                self.opened += 1
        return store

    def change_marker(self) -> tuple[tuple[int, int], ...]:
        """Changes whenever the store is written (pages rendered from it are cached until then)."""
        return self._file_state()

    def _file_state(self) -> tuple[tuple[int, int], ...]:
        """Modification time and size of the database and its write-ahead log: changes on every write.

        An empty log counts as none: opening a connection creates one, and that is no write.
        A PostgreSQL store has no file: its articles and grouped articles are counted instead
        (articles are only added and grouped, never changed or removed).
        """
        if isinstance(self.path, str):  # story repair moves articles between stories: its records count too
            store = self._open()
            grouped = sum(len(members) for _, members in store.stories())
            return ((store.count_articles(), grouped, len(store.story_events())),)
        states = []
        for path in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                stat = path.stat()
                states.append((stat.st_mtime_ns, stat.st_size) if stat.st_size else (0, 0))  # empty log: none
            except OSError:
                states.append((0, 0))
        return tuple(states)

    def list_stories(self) -> list[dict[str, Any]]:
        """Summaries of every story, read again only when the store file changed (bodies are large)."""
        state = self._file_state()
        if self._summaries is not None and self._summaries[0] == state:
            return self._summaries[1]
        summaries = []
        store = self._open()
        for story_id, article_ids in store.stories():
            articles = [a for a in (store.get_article(i) for i in article_ids) if a is not None]
            summaries.append(story_summary(Story(id=story_id, articles=articles)))
        self._summaries = (self._file_state(), summaries)
        return summaries

    def get_story(self, story_id: str) -> Story | None:
        store = self._open()
        members = dict(store.stories()).get(story_id)
        if members is None:
            return None
        articles = [a for a in (store.get_article(i) for i in members) if a is not None]
        history = [dataclasses.asdict(event) for event in store.story_events(story_id)]
        key = (story_id, tuple(a.id for a in articles))
        with self._lock:
            if key not in self._cache:  # a story repair changed is compared again; the others are not
                comparer = self._comparer
                if comparer is None:
                    from parallax.compare import compare as comparer
                self._cache[key] = comparer(articles, story_id)
            story = self._cache[key]
        return dataclasses.replace(story, history=history) if history else story

    def resolve(self, story_id: str) -> str | None:
        """The story an old id leads to now (merged into another by story repair), or None."""
        return self._open().resolve_story(story_id)


def as_story_source(source: object) -> StorySource:
    """Whatever `serve` was given, as a `StorySource`.

    A `StorySource` is used as it is; a `Story`, a list of stories or a callable
    returning stories is held in memory; a path is a store (a SQLite file, or a
    postgresql:// URL), a story-report JSON file, or a folder of them.
    """
    if isinstance(source, StorySource):
        return source
    if isinstance(source, Story):
        return StoryListSource([source])
    if isinstance(source, str | Path):
        from parallax.store import is_url

        return StoreStorySource(source) if is_url(source) else _source_from_path(Path(source))
    if callable(source):
        return StoryListSource(source)  # type: ignore[arg-type]
    if isinstance(source, Iterable):
        stories = list(source)
        if all(isinstance(s, Story) for s in stories):
            return StoryListSource(stories)
    raise ParallaxError(f"cannot serve stories from {type(source).__name__}: give a store path, stories or a source")


def _source_from_path(path: Path) -> StorySource:
    if path.is_dir():
        return StoryListSource(load_report_files(sorted(path.glob("*.json"))))
    if not path.exists():
        raise ParallaxError(f"{path}: no such store or story report")
    with path.open("rb") as handle:
        is_sqlite = handle.read(16) == b"SQLite format 3\x00"
    if is_sqlite:
        return StoreStorySource(path)
    return StoryListSource(load_report_files([path]))
