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
class Claim:
    id: str
    status: ClaimStatus
    members: list[ClaimMember]
    about: str = ""
    why: str = ""  # a reader's explanation of the verdict
    independent_sources: int = 1  # outlets backing it, wire reprints counted once
    differences: list[str] = field(default_factory=list)


@dataclass
class Story:
    id: str
    articles: list[Article]
    claims: list[Claim] = field(default_factory=list)
    framing: dict[str, dict] = field(default_factory=dict)
    independence: list[dict] = field(default_factory=list)
