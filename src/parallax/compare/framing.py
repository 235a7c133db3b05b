"""Framing per outlet: what it leads with, what it leaves out, how loaded and how sourced."""

from __future__ import annotations

from parallax.model import Story

# Claims in an outlet's headline and first paragraphs are what it leads with.
LEAD_UNITS = 3
# At most this many left-out claims are listed per outlet, earliest in the other outlets first.
MAX_LEFT_OUT = 8


def framing(story: Story, maybe_reported: dict[str, set[str]] | None = None) -> dict[str, dict]:
    """Article id -> headline, lead, rates per 1,000 words, and the claims led with and left out.

    An outlet "leaves out" a claim only when two or more independent outlets back it and
    nothing in the outlet comes close to it (`maybe_reported`: claim id -> articles with a
    statement near it); a missed alignment is not an accusation.
    """
    maybe_reported = maybe_reported or {}
    claims_of: dict[str, list[tuple[int, str, str]]] = {a.id: [] for a in story.articles}
    for claim in story.claims:
        for member in claim.members:
            order = -1 if member.field == "title" else member.start
            claims_of[member.article].append((order, claim.id, member.field))
    result: dict[str, dict] = {}
    for article in story.articles:
        words = max(1, article.word_count)
        unnamed = [a.text for a in article.attributions if a.kind == "unnamed"]
        ordered = sorted((o, cid) for o, cid, field in claims_of[article.id] if field != "caption")
        leads_with = list(dict.fromkeys(cid for _, cid in ordered))[:LEAD_UNITS]
        mine = {cid for _, cid, _ in claims_of[article.id]}
        # What the others report and this outlet does not, most widely backed first.
        others = [c for c in story.claims if c.id not in mine and c.independent_sources >= 2
                  and article.id not in maybe_reported.get(c.id, set())]
        others.sort(key=lambda c: -c.importance)
        left_out = [c.id for c in others[:MAX_LEFT_OUT]]
        lead = next((s.text for s in article.sentences), "")
        result[article.id] = {
            "outlet": article.outlet,
            "headline": article.title,
            "lead": lead,
            "words": article.word_count,
            "loaded_per_1000": round(len(article.loaded_terms) * 1000 / words, 2),
            "unnamed_per_1000": round(len(unnamed) * 1000 / words, 2),
            "loaded_terms": [t.text for t in article.loaded_terms],
            "unnamed": unnamed,
            "leads_with": leads_with,
            "leaves_out": left_out,
        }
    return result
