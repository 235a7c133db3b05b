"""Which outlets are really independent: wire copy and rewrites found by shared text.

Ten reprints of one agency story are one source. Two articles that share long
word sequences (8-word shingles) are copies or rewrites of one text; two that
quote the same words in the same order likely rest on one report. Groups of
dependent articles are what the per-claim count of independent sources counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parallax.model import Article

SHINGLE = 8
# Share of the shorter article's 8-word shingles found in the other. Measured
# on outlets reprinting agency copy, where reprints keep most of the text and
# independent reports of one event share almost no 8-word run.
WIRE_COPY = 0.5
REWRITE = 0.15
# Quotes of at least this many words, shared in the same order, betray one source.
SHARED_QUOTES = 2
MIN_QUOTE_WORDS = 6

_AGENCY_TAG = re.compile(r"\((AFP|AP|Reuters|dpa|Xinhua|Bloomberg|UPI|PA|ANSA|EFE|Kyodo|Yonhap|TASS|Interfax)\)")
# The world's news agencies under the names a text uses for them, and the canonical short name.
_AGENCIES = {
    "AFP": "AFP", "Agence France-Presse": "AFP", "Agence France Presse": "AFP", "AP": "AP",
    "Associated Press": "AP", "Reuters": "Reuters", "dpa": "dpa", "Xinhua": "Xinhua", "Bloomberg": "Bloomberg",
    "UPI": "UPI", "ANSA": "ANSA", "EFE": "EFE", "Kyodo": "Kyodo", "Yonhap": "Yonhap", "TASS": "TASS",
    "Interfax": "Interfax", "Press Association": "PA",
}
_AGENCY_NAME = "|".join(sorted((re.escape(n) for n in _AGENCIES), key=len, reverse=True))
# "told AFP", "according to Reuters", "the Associated Press reported": a text says where its facts came from.
_AGENCY_MENTION = re.compile(
    rf"\b(?:told|to|according to|in an interview with|a statement to)\s+(?:the\s+)?(?P<a>{_AGENCY_NAME})\b"
    rf"|\b(?:the\s+)?(?P<b>{_AGENCY_NAME})\s+(?:reported|reports|said|learned|news agency)\b"
)


@dataclass
class Relation:
    articles: tuple[str, str]
    relation: str
    shared_fraction: float
    agency: str | None
    evidence: str
    quotes: list[str] = field(default_factory=list)  # the quotes both articles carry


def _shingles(text: str) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(max(0, len(words) - SHINGLE + 1))}


def _quotes(article: Article) -> list[str]:
    out = []
    for quote in article.quotes:
        words = re.findall(r"\w+", quote.text.lower())
        if quote.kind == "direct" and len(words) >= MIN_QUOTE_WORDS:
            out.append(" ".join(words))
    return out


def _agency(article: Article) -> str | None:
    """The agency an article rests on: its byline's, a dateline tag "(AP)", or the text naming one ("told AFP")."""
    if article.agency:
        return article.agency
    match = _AGENCY_TAG.search(article.body[:400])
    if match:
        return match.group(1)
    mention = _AGENCY_MENTION.search(article.body)
    return _AGENCIES[mention.group("a") or mention.group("b")] if mention else None


def _shared_quotes(a: Article, b: Article, limit: int = 5) -> list[str]:
    """The quotes (of MIN_QUOTE_WORDS or more) both articles carry, in the first one's order."""
    theirs = set(_quotes(b))
    shared = []
    for quote in a.quotes:
        words = re.findall(r"\w+", quote.text.lower())
        if quote.kind == "direct" and len(words) >= MIN_QUOTE_WORDS and " ".join(words) in theirs:
            shared.append(quote.text)
    return list(dict.fromkeys(shared))[:limit]


def _shared_in_order(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two quote lists."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


def find_relations(articles: list[Article]) -> list[Relation]:
    """Pairs of dependent articles. Shingles are indexed, so only pairs sharing one are compared."""
    shingles = {a.id: _shingles(a.body) for a in articles}
    index: dict[int, list[str]] = {}
    for article_id, grams in shingles.items():
        for gram in grams:
            index.setdefault(gram, []).append(article_id)
    shared: dict[tuple[str, str], int] = {}
    for ids in index.values():
        if 1 < len(ids) <= 50:  # a shingle in many articles is boilerplate, not copying
            for i, x in enumerate(ids):
                for y in ids[i + 1:]:
                    key = (x, y) if x < y else (y, x)
                    shared[key] = shared.get(key, 0) + 1
    by_id = {a.id: a for a in articles}
    quotes = {a.id: _quotes(a) for a in articles}
    relations: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    for (x, y), count in shared.items():
        fraction = count / max(1, min(len(shingles[x]), len(shingles[y])))
        agency = _agency(by_id[x]) or _agency(by_id[y])
        if fraction >= WIRE_COPY:
            relations.append(Relation((x, y), "wire copy", round(fraction, 3), agency,
                                      f"{fraction:.0%} of the shorter text is word for word the same"))
            seen.add((x, y))
        elif fraction >= REWRITE:
            relations.append(Relation((x, y), "rewrite", round(fraction, 3), agency,
                                      f"{fraction:.0%} of the shorter text shares 8-word runs"))
            seen.add((x, y))
    quoted_by: dict[str, set[str]] = {}
    for article_id, texts in quotes.items():
        for text in texts:
            quoted_by.setdefault(text, set()).add(article_id)
    candidates = {(x, y) if x < y else (y, x) for ids in quoted_by.values() for x in ids for y in ids if x != y}
    for key in sorted(candidates):
        x, y = key
        if key not in seen:
            common = _shared_in_order(quotes[x], quotes[y])
            if common >= SHARED_QUOTES:
                relations.append(Relation(key, "shares quotes", 0.0, _agency(by_id[x]) or _agency(by_id[y]),
                                          f"{common} identical quotes in the same order"))
    for relation in relations:
        relation.quotes = _shared_quotes(by_id[relation.articles[0]], by_id[relation.articles[1]])
    return relations


def source_groups(articles: list[Article], relations: list[Relation]) -> dict[str, int]:
    """Article id -> its independence group: dependent articles share a group."""
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for relation in relations:
        if relation.relation in ("wire copy", "rewrite"):
            a, b = relation.articles
            parent[root(a)] = root(b)
    roots: dict[str, int] = {}
    return {a.id: roots.setdefault(root(a.id), len(roots)) for a in articles}
