"""Articles and what the reading stage finds in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuantityKind = Literal["money", "count", "measure", "duration", "percent", "score"]
Qualifier = Literal["approx", "more_than", "less_than"]


@dataclass
class RawDocument:
    """One input as a reader found it, before cleaning.

    `kind` says which cleaner applies: "text", "markdown", "html", or "record"
    (a JSONL record whose text is already an article body).
    """

    source: str
    kind: Literal["text", "markdown", "html", "record"]
    content: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    line: int | None = None  # the line of a JSONL file, for error messages


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class Entity:
    """One real-world person, place or organisation, under its canonical name."""

    name: str
    label: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class Quantity:
    text: str
    value: float
    unit: str | None
    kind: QuantityKind
    qualifier: Qualifier | None = None
    start: int = 0
    end: int = 0
    value_max: float | None = None  # the upper bound of a range ("10 to 12 planes"); a score's second number
    vague: bool = False  # "several dozen helicopters": an order of magnitude, not a count
    partial: bool = False  # "five of the bombs": a part of a group, never the group's size
    # Where start/end point: the body, or the headline, standfirst or a caption
    # (numbers in a headline are facts the outlet states too).
    field: Literal["body", "title", "standfirst", "caption"] = "body"


@dataclass
class DateMention:
    text: str
    value: str | None  # ISO date, or None when it cannot be resolved
    start: int = 0
    end: int = 0
    resolved: bool = False  # True only when anchored to a known publication date or explicit


@dataclass
class Quote:
    text: str
    speaker: str | None
    start: int = 0
    end: int = 0
    kind: Literal["direct", "indirect"] = "direct"
    cue: str | None = None  # the attribution verb ("said", "told")


@dataclass
class Attribution:
    text: str
    kind: Literal["named", "unnamed"]
    start: int = 0
    end: int = 0
    source: str | None = None  # the canonical name of a named source


@dataclass
class LoadedTerm:
    text: str
    start: int = 0
    end: int = 0
    score: float = 1.0


@dataclass
class Article:
    """A cleaned article: the body and metadata, and later what reading finds."""

    id: str
    source: str
    body: str
    outlet: str | None = None
    title: str | None = None
    kicker: str | None = None
    standfirst: str | None = None
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    reader: str | None = None  # which reader/cleaner produced it
    # Filled by parallax.analyze:
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    loaded_terms: list[LoadedTerm] = field(default_factory=list)
    analyzed: bool = False

    @property
    def word_count(self) -> int:
        return len(self.body.split())
