"""Claims and stories: what the comparison builds from many articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from parallax.model.article import Article

ClaimStatus = Literal["agreed", "differs", "unique"]


@dataclass
class ClaimMember:
    """One outlet's words for a claim: a sentence or clause of its body (or its headline)."""

    article: str
    text: str
    start: int = 0
    end: int = 0
    field: Literal["body", "title", "standfirst", "caption"] = "body"


@dataclass
class Evidence:
    """Why two outlets' words conflict: the kind, and the exact words on each side."""

    kind: str
    a_article: str
    a_text: str
    b_article: str
    b_text: str
    contradiction: float | None = None  # the sentence-pair model's probability, when it was asked


@dataclass
class Claim:
    id: str
    status: ClaimStatus
    members: list[ClaimMember]
    about: str = ""
    why: str = ""  # a reader's explanation of the verdict
    independent_sources: int = 1  # outlets backing it, wire reprints counted once
    differences: list[str] = field(default_factory=list)
    # For `differs`: what kind of conflict (negation, direction, value, count, speaker,
    # time, place, roles, contents) and the words on each side, per outlet pair.
    kind: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0  # how sure the verdict is, 0-1 (alignment, model and frames together)
    importance: float = 0.0  # independent outlets backing it, then how near the top of the articles it stands


@dataclass
class StorySummary:
    """What a reader needs first: claim ids of the key agreed facts, every conflict, the top unique facts."""

    agreed: list[str] = field(default_factory=list)
    differs: list[str] = field(default_factory=list)
    unique: list[str] = field(default_factory=list)


@dataclass
class Story:
    id: str
    articles: list[Article]
    claims: list[Claim] = field(default_factory=list)
    framing: dict[str, dict] = field(default_factory=dict)
    independence: list[dict] = field(default_factory=list)
    title: str = ""  # a neutral title: the most important shared claim, never one outlet's headline
    summary: StorySummary = field(default_factory=StorySummary)
    # A stored story's merges and splits (story repair, issue 14), oldest first: dicts with kind
    # ("merge" | "split"), story_id, other_id, articles, score, threshold, at. Empty elsewhere.
    history: list[dict] = field(default_factory=list)
