"""What every renderer needs from a story: labels, ordered claims, verified spans, framing.

Renderers differ only in layout; the decisions (which words a claim points to,
in which order claims are shown, how an outlet is named) are made once here so
the terminal, Markdown and HTML reports never disagree.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from parallax.model import Article, Claim, ClaimMember, Story

# Differences first: they are what a fact-checker opens a comparison for; then
# what outlets agree on, then what one outlet alone reports.
STATUS_ORDER: tuple[str, ...] = ("differs", "agreed", "unique")

STATUS_TITLES: dict[str, str] = {
    "differs": "Reported differently",
    "agreed": "Agreed",
    "unique": "Reported by one outlet only",
}

STATUS_HINTS: dict[str, str] = {
    "differs": "the same fact, with different details (numbers, contents, who said it)",
    "agreed": "two or more outlets report it compatibly",
    "unique": "one outlet alone reports it",
}

_SPACES = re.compile(r"\s+")


def outlet_labels(story: Story) -> dict[str, str]:
    """A short, unique name per article id: its outlet, numbered when an outlet repeats."""
    names = {a.id: (a.outlet or "").strip() or a.id for a in story.articles}
    counts = Counter(names.values())
    seen: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for article in story.articles:
        name = names[article.id]
        if counts[name] > 1:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        labels[article.id] = name
    return labels


def story_title(story: Story) -> str:
    """The story's neutral title (the comparison's), else the most central headline without markers."""
    if story.title.strip():
        return story.title.strip()
    from parallax.compare.summary import neutral_wording

    return neutral_wording([a.title.strip() for a in story.articles if a.title and a.title.strip()]) or (
        f"Story {story.id}"
    )


# Unique claims beyond this many are folded: what only one outlet says is ranked, and the long tail waits.
UNIQUE_SHOWN = 12


def summary_groups(story: Story) -> list[tuple[str, list[Claim]]]:
    """The summary at the top of every report: key agreed facts, conflicts, facts one outlet alone reports."""
    summary = story.summary
    if not (summary.agreed or summary.differs or summary.unique) and story.claims:
        from parallax.compare.summary import summarize

        summary = summarize(story)
    by_id = {c.id: c for c in story.claims}
    groups = [
        ("Key facts the outlets agree on", summary.agreed),
        ("Where they conflict", summary.differs),
        ("Most important facts only one outlet has", summary.unique),
    ]
    return [(title, [by_id[i] for i in ids if i in by_id]) for title, ids in groups if ids]


def summary_line(claim: Claim, labels: dict[str, str]) -> str:
    """One line of the summary: the claim, who backs it, and for a conflict what conflicts."""
    outlets = sorted({labels.get(m.article, m.article) for m in claim.members})
    line = f"{claim_label(claim)} ({', '.join(outlets)}; {sources_phrase(claim)})"
    if claim.status == "differs" and claim.evidence:
        line += " \u2014 " + evidence_lines(claim, labels)[0]
    return line


def shown_and_folded(status: str, claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """Claims to show, and those folded away: unique claims past UNIQUE_SHOWN, the most important first."""
    if status != "unique" or len(claims) <= UNIQUE_SHOWN:
        return claims, []
    return claims[:UNIQUE_SHOWN], claims[UNIQUE_SHOWN:]


def claims_by_status(story: Story) -> list[tuple[str, list[Claim]]]:
    """The claims grouped in `STATUS_ORDER`, each group in the comparison's own order.

    A status the model does not know yet is kept at the end rather than dropped.
    """
    groups: dict[str, list[Claim]] = {}
    for claim in story.claims:
        groups.setdefault(claim.status, []).append(claim)
    ordered = [s for s in STATUS_ORDER if s in groups] + [s for s in groups if s not in STATUS_ORDER]
    return [(status, groups[status]) for status in ordered]


def field_text(article: Article, field: str) -> str:
    """The text a member's offsets point into: the body, the headline or the standfirst.

    A caption member's offsets point into one of `article.captions`: see `member_span`.
    """
    if field == "title":
        return article.title or ""
    if field == "standfirst":
        return article.standfirst or ""
    return article.body


def member_span(article: Article, member: ClaimMember) -> tuple[int, int] | None:
    """Where the member's words stand in its field, checked against the text itself.

    For a caption, the span is in the first caption that holds the words.
    """
    if member.field == "caption":
        return next((s for s in (locate_words(c, member) for c in article.captions) if s), None)
    return locate_words(field_text(article, member.field), member)


def locate_words(text: str, member: ClaimMember) -> tuple[int, int] | None:
    """The member's words in `text`: at its offsets when they cut them out, else where they are found.

    Offsets are trusted only when they cut out the member's words (white space may
    differ); otherwise the words are searched for, and a member whose words are not
    in the text gets no span rather than a highlight on the wrong words.
    """
    start, end = member.start, member.end
    if 0 <= start < end <= len(text):
        cut = text[start:end]
        if cut == member.text or _SPACES.sub(" ", cut).strip() == _SPACES.sub(" ", member.text).strip():
            return start, end
    if member.text:
        found = text.find(member.text)
        if found >= 0:
            return found, found + len(member.text)
    return None


def members_by_article(claim: Claim) -> dict[str, list[ClaimMember]]:
    """A claim's members keyed by article id, in the claim's order."""
    grouped: dict[str, list[ClaimMember]] = {}
    for member in claim.members:
        grouped.setdefault(member.article, []).append(member)
    return grouped


def claim_columns(story: Story, claims: list[Claim]) -> list[tuple[str, str]]:
    """(article id, label) of every article with words in `claims`, in the story's order.

    A member naming an article the story does not hold still gets a column (under
    its id), so its words are never silently dropped from a side-by-side table.
    """
    labels = outlet_labels(story)
    used = list(dict.fromkeys(m.article for c in claims for m in c.members))
    known = [a.id for a in story.articles if a.id in used]
    unknown = [i for i in used if i not in labels]
    return [(i, labels[i]) for i in known] + [(i, i) for i in unknown]


def claim_label(claim: Claim) -> str:
    """What the claim is about, or its id when the comparison gave no label."""
    return claim.about.strip() or claim.id


def sources_phrase(claim: Claim) -> str:
    """'3 independent sources' in words a reader does not have to decode."""
    count = claim.independent_sources
    return f"{count} independent source" + ("" if count == 1 else "s")


def verdict_phrase(claim: Claim) -> str:
    """'differs: negation, confidence 0.93' so the kind and the certainty are read with the status."""
    phrase = claim.status + (f": {claim.kind}" if claim.kind else "")
    return f"{phrase}, confidence {claim.confidence:.2f}"


def evidence_lines(claim: Claim, labels: dict[str, str]) -> list[str]:
    """One line per conflicting pair: its kind and each outlet's words, with the model's contradiction."""
    lines = []
    for item in claim.evidence:
        model = f" (model: contradiction {item.contradiction:.2f})" if item.contradiction is not None else ""
        lines.append(
            f"{item.kind}: {labels.get(item.a_article, item.a_article)} \u201c{item.a_text}\u201d; "
            f"{labels.get(item.b_article, item.b_article)} \u201c{item.b_text}\u201d{model}"
        )
    return lines


def difference_lines(claim: Claim, labels: dict[str, str]) -> list[str]:
    """What a renderer lists under a claim: its evidence, else its differences not already its reason."""
    if claim.evidence:
        return evidence_lines(claim, labels)
    return [d for d in claim.differences if d != claim.why]


@dataclass(frozen=True)
class FramingView:
    """One outlet's framing, read tolerantly from the comparison's dict."""

    headline: str
    lead: str
    loaded_per_1000: float | None
    unnamed_per_1000: float | None
    loaded_terms: list[str]
    unnamed: list[str]
    leads_with: list[str]
    leaves_out: list[str]


def framing_view(story: Story, article: Article) -> FramingView | None:
    """The framing entry of an article, None when the comparison made none."""
    entry = story.framing.get(article.id)
    if not entry:
        return None
    return FramingView(
        headline=str(entry.get("headline") or article.title or ""),
        lead=str(entry.get("lead") or ""),
        loaded_per_1000=_number(entry.get("loaded_per_1000")),
        unnamed_per_1000=_number(entry.get("unnamed_per_1000")),
        loaded_terms=_texts(entry.get("loaded_terms")),
        unnamed=_texts(entry.get("unnamed")),
        leads_with=[str(c) for c in entry.get("leads_with") or []],
        leaves_out=[str(c) for c in entry.get("leaves_out") or []],
    )


def rate_phrase(rate: float | None) -> str:
    """A per-1,000-words rate as a reader says it."""
    return "n/a" if rate is None else f"{rate:.1f} per 1,000 words"


def _number(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _texts(values: Any) -> list[str]:
    """Terms given as strings or as `{"text": ...}` objects, unique, in order."""
    texts: list[str] = []
    for value in values or []:
        text = value.get("text", "") if isinstance(value, dict) else str(value)
        if text and text not in texts:
            texts.append(text)
    return texts


def independence_outlets(story: Story, finding: dict[str, Any]) -> list[str]:
    """The outlet labels of the articles an independence finding links."""
    labels = outlet_labels(story)
    return [labels.get(str(a), str(a)) for a in finding.get("articles") or []]


def independence_summary(story: Story, finding: dict[str, Any]) -> str:
    """One line per finding: who, how related, through which agency, how much is shared."""
    outlets = " and ".join(independence_outlets(story, finding)) or "unknown articles"
    relation = finding.get("relation") or "related"
    parts = [f"{outlets}: {relation}"]
    if finding.get("agency"):
        parts.append(f"via {finding['agency']}")
    shared = _number(finding.get("shared_fraction"))
    if shared:
        parts.append(f"{shared:.0%} of the text shared")
    quotes = _texts(finding.get("quotes"))
    if quotes:
        parts.append("shared quotes: " + "; ".join(f"\u201c{q}\u201d" for q in quotes))
    return ", ".join(parts)


def byline(article: Article) -> str:
    """Authors and agency as a byline ('By A and B for AFP'), empty when unknown."""
    authors = [a for a in article.authors if a.strip()]
    text = ""
    if authors:
        text = "By " + (", ".join(authors[:-1]) + " and " + authors[-1] if len(authors) > 1 else authors[0])
    if article.agency:
        text = f"{text} ({article.agency})" if text else article.agency
    return text


def history_lines(story: Story) -> list[str]:
    """A stored story's merges and splits, one line each, as a reader follows them ("merged from ...").

    Story repair (issue 14) merges two stories that report one event and splits one that reports
    two; an old link names an id that may now be part of this story.
    """
    lines = []
    for event in story.history:
        when = f", {str(event.get('at'))[:10]}" if event.get("at") else ""
        count = int(event.get("articles") or 0)
        articles = f"{count} article{'s' if count != 1 else ''}"
        score = float(event.get("score") or 0.0)
        bar = float(event.get("threshold") or 0.0)
        kind, this = event.get("kind"), story.id
        if kind == "merge" and event.get("story_id") == this:
            why = f"average link {score:.2f} >= {bar:.2f}"
            lines.append(f"merged from {event.get('other_id')} ({articles}{when}; {why})")
        elif kind == "split" and event.get("other_id") == this:
            why = f"average link {score:.2f} < {bar:.2f}"
            lines.append(f"split from {event.get('story_id')} ({articles}{when}; {why})")
        elif kind == "split" and event.get("story_id") == this:
            why = f"average link {score:.2f} < {bar:.2f}"
            lines.append(f"{articles} split off to {event.get('other_id')}{when} ({why})")
    return lines
