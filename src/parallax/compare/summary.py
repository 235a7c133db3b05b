"""Neutral wording, ranking and the story's summary: a report that reads like an analyst's.

A claim titled with the first outlet's words makes that outlet look like the
source of everyone's story. Each claim is titled with its most central
wording (the member sharing most words with the others) stripped of the
outlet's own markers (attribution tails, datelines, "according to ...");
the story is titled by its most widely backed, most central claim. Claims are
ranked by how many independent outlets back them and how near the top of the
articles they stand, and the summary lists the key agreed facts, every
conflict and the most important facts only one outlet reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parallax.compare.units import Unit, content_terms
from parallax.model import Claim, Story, StorySummary

TITLE_LENGTH = 110
SUMMARY_AGREED = 5
SUMMARY_UNIQUE = 3

# An outlet's markers around a fact: where it heard it and who told it.
_ATTRIBUTION_TAIL = re.compile(
    r",[\"”’]?\s+(?:according to\b[^,.;]{0,80}|(?:[\w.'-]+\s+){1,6}?(?:said|says|told|reported|reports|announced|added)"
    r"\b[^,.;]{0,80})[.!]?$",
    re.I,
)
_ACCORDING_HEAD = re.compile(r"^(?:according to [^,]{1,80},\s*)", re.I)
# "WASHINGTON (AP) —", "MOSCOW -", "Kyiv, Ukraine (Reuters) -": a place in capitals, or any place with an agency tag.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .,'-]{1,40}(?:\s?\([A-Za-z]{2,8}\))?|[A-Z][A-Za-z .,'-]{1,40}\s?\([A-Za-z]{2,8}\))"
    r"\s?[-—–]{1,2}\s+"
)
_QUOTES = re.compile(r"[\"“”]")


def neutral_wording(texts: Sequence[str]) -> str:
    """The most central of several wordings, without attribution or dateline, cut to TITLE_LENGTH."""
    if not texts:
        return ""
    terms = [content_terms(t) for t in texts]

    def centrality(i: int) -> float:
        others = [terms[j] for j in range(len(texts)) if j != i]
        shared = sum(len(terms[i] & o) / (len(terms[i] | o) or 1) for o in others)
        return shared - 0.001 * len(texts[i])  # ties go to the shorter wording

    text = texts[max(range(len(texts)), key=centrality)]
    text = _DATELINE.sub("", text.strip())
    text = _ACCORDING_HEAD.sub("", text)
    stripped = _ATTRIBUTION_TAIL.sub("", text)
    if len(stripped.split()) >= 4:  # never strip a statement down to nothing
        text = stripped
    text = _QUOTES.sub("", text).strip().rstrip(",;:")
    text = text[:1].upper() + text[1:]
    if len(text) > TITLE_LENGTH:
        text = text[: TITLE_LENGTH - 1].rsplit(" ", 1)[0] + "\u2026"
    return text


def importance(members: Sequence[Unit], independent_sources: int) -> float:
    """Outlets backing a claim first; then how near the top of the articles it stands, and specifics."""
    earliest = min((m.position for m in members), default=1.0)
    headline = any(m.field in ("title", "standfirst") for m in members)
    specifics = any(m.quantities or m.entities for m in members)
    return independent_sources + (1.0 - earliest) + 0.5 * headline + 0.25 * specifics


def summarize(story: Story) -> StorySummary:
    """Key agreed facts, every conflict, and the most important facts one outlet alone reports."""
    ranked = sorted(story.claims, key=lambda c: -c.importance)
    return StorySummary(
        agreed=[c.id for c in ranked if c.status == "agreed"][:SUMMARY_AGREED],
        differs=[c.id for c in ranked if c.status == "differs"],
        unique=[c.id for c in ranked if c.status == "unique"][:SUMMARY_UNIQUE],
    )


def story_title(claims: Sequence[Claim], headlines: Sequence[str]) -> str:
    """The most important claim backed by more than one outlet; else the most central headline."""
    shared = [c for c in claims if c.status in ("agreed", "differs")]
    if shared:
        return max(shared, key=lambda c: c.importance).about
    return neutral_wording([h for h in headlines if h]) or ""


__all__ = ["importance", "neutral_wording", "story_title", "summarize"]
