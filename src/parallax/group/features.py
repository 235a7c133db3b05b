"""What grouping looks at in one article besides its embedding: names, numbers, date.

Cheap on purpose (regular expressions over the title and lead) so grouping
works whether or not the reading stage has run; when it has, the canonical
entity names it found are added.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from parallax.model import Article

__all__ = [
    "EMBED_WORDS",
    "LEAD_WORDS",
    "ArticleFeatures",
    "article_features",
    "features_from_json",
    "features_to_json",
    "grouping_text",
    "parse_day",
]

# How much of an article identifies its event: the title and the first words.
# Checked on ECB+ dev topics (all documents grouped, median of 3 orders, best of 6 weight settings):
# 100 words F1 0.887, 200 0.910, 400 0.908, 800 0.891 (leads name the event, tails wander).
# With the batch average-link grouping (all 772 documents in one run, all topics): 200 words 0.940,
# 300 0.937, 400 0.939, 600 0.939; BASIL 0.989 / 0.992 / 0.992 / 0.997: flat, so 400 stays.
LEAD_WORDS = 400

# How much of the lead is embedded, measured with the earlier one-article-at-a-time rule (not re-measured
# since): on ECB+ (all documents grouped, median of 3 orders, threshold 1.9 / term weight 5) and BASIL,
# 120 words scored as well as the model's full 256 word pieces (dev 0.907 vs 0.908, other topics 0.883 vs
# 0.880, BASIL 0.982 vs 0.976) and embeds about twice as fast; 60 words: 0.911/0.879/0.974.
EMBED_WORDS = 120

_URL = re.compile(r"\bhttps?\s*:\s*/\s*/\S*(?:\s+/\s+\S+)*|\bwww\.\S+", re.IGNORECASE)
# A capitalised word (names, places, organisations); apostrophes and inner dots/hyphens kept.
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9'’.\-]*[A-Za-z0-9]|\b[A-Z]\b")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")
_POSSESSIVE = re.compile(r"['’]s$")
# Capitalised only because they start a sentence or a headline: no evidence of who or where.
_FUNCTION_WORDS = frozenset(
    """a an the this that these those it its he she they we you i his her their our my your
    in on at of for to from by with without about after before during since until as into over under
    and or but nor so yet if when while where who what which why how than then there here
    is are was were be been being has have had do does did will would can could may might must shall should
    not no yes also just only even still more most many much some any all each every both few other such
    one two three four five six seven eight nine ten first second last new
    mr mrs ms dr said says according however meanwhile monday tuesday wednesday thursday friday saturday sunday
    today yesterday tomorrow""".split()
)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class ArticleFeatures:
    """The evidence one article brings to a same-event decision."""

    terms: frozenset[str]  # lower-cased names ("lohan") and numbers ("#6.1")
    day: date | None  # publication day, when known


def features_to_json(features: ArticleFeatures) -> str:
    """The features as stored beside an article (sorted, so the same features give the same text)."""
    return json.dumps({"terms": sorted(features.terms), "day": features.day.isoformat() if features.day else None})


def features_from_json(text: str) -> ArticleFeatures:
    data = json.loads(text)
    return ArticleFeatures(terms=frozenset(data["terms"]), day=parse_day(data.get("day")))


def parse_day(value: str | None) -> date | None:
    """The day of an ISO date or timestamp; None when absent or unreadable."""
    match = _DAY.match(value or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _lead(article: Article, words: int) -> str:
    parts = [article.title or "", article.standfirst or "", article.body]
    text = "\n".join(p for p in parts if p)
    return " ".join(_URL.sub(" ", text).split()[:words])


def grouping_text(article: Article, words: int = EMBED_WORDS) -> str:
    """The text to embed for grouping: title, standfirst and the first words, without URLs."""
    return _lead(article, words)


def _normal_number(text: str) -> str:
    number = text.replace(",", "")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return "#" + number


def article_features(article: Article, words: int = LEAD_WORDS) -> ArticleFeatures:
    """Names and numbers from the title and lead (plus analysed entities), and the publication day."""
    text = _lead(article, words)
    terms: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        # "Paris-based", "Apollo-11": the capitalised parts are the names (numbers are found below).
        for part in _POSSESSIVE.sub("", match.group(0)).split("-"):
            word = part.strip(".'’").lower()
            if part[:1].isupper() and len(word) > 1 and word not in _FUNCTION_WORDS:
                terms.add(word)
    for match in _NUMBER.finditer(text):
        terms.add(_normal_number(match.group(0)))
    for entity in article.entities:
        for word in entity.name.split():
            word = _POSSESSIVE.sub("", word).strip(".-'’").lower()
            if len(word) > 1 and word not in _FUNCTION_WORDS:
                terms.add(word)
    return ArticleFeatures(terms=frozenset(terms), day=parse_day(article.published))
