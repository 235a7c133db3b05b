"""Claim units: the statements of one article that the comparison aligns.

A unit is a sentence of the body (or a clause, where a sentence strings several
facts together with semicolons), the headline or the standfirst; captions and
page clutter (sponsor lines, credits, bylines) are left out.
Each unit carries what the reading found inside it: entity names, quantities
and the speaker of a quote it holds, so alignment and verdicts can use facts,
not only words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from parallax.analyze.quantities import find_quantities
from parallax.compare.places import is_place
from parallax.model import Article, Entity, Quantity

SETTING_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A place is where the fact happened when a locative preposition stands just before it.
# The nouns news puts before a place's name: "the northern city of", "the port of".
_SETTLEMENT_WORDS = "city|town|village|capital|port|province|region|district|county"
# "in", "at the", "in the northern city of": the words before a place where something happens there.
# A part of a place stands for the place: "into the centre of Lyon", "filled the streets of Lyon".
_PLACE_PARTS = "centre|center|heart|streets|outskirts|suburbs|edge|middle|old town"
_LOCATIVE = re.compile(rf"\b(?:in|at|near|outside|inside|from|off|into|through|across|close\s+to)\s+(?:the\s+)?"
                       rf"(?:[a-z-]+\s+)?"
                       rf"(?:(?:{_SETTLEMENT_WORDS}|coast|island|{_PLACE_PARTS})\s+of\s+)?$"
                       rf"|\bthe\s+(?:{_PLACE_PARTS})\s+of\s+$", re.I)
# "the Norwalk event", "the Orlando shooting": a place named as the modifier of an event noun (the
# entity recogniser often leaves such a name untagged, so the words are read here).
_PLACE_EVENT = re.compile(
    r"\bthe ((?:[A-Z][\w.'-]+ ){1,3})(?:event|rally|speech|meeting|summit|attacks?|shooting|bombings?|massacre"
    r"|crash|fire|protests?|talks|conference|hearing|debate|raid|riots?|blast|explosion|earthquake|quake"
    r"|floods?|storm)\b")
# "the southern city of Brevik": the name is a place whatever the entity recogniser called it.
_SETTLEMENT = re.compile(rf"\b(?:{_SETTLEMENT_WORDS})\s+of\s+$", re.I)
# "in the border town of Ardel", "in the port of Marvik": the phrase names a place even where the
# entity recogniser found no entity in it.
_SETTLEMENT_NAME = re.compile(
    rf"\b(?:in|at|near|outside|off|close\s+to)\s+the\s+(?:[a-z-]+\s+){{0,2}}(?:{_SETTLEMENT_WORDS}|island)\s+of\s+"
    r"([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)")
# Units shorter than this carry no checkable fact ("Advertisement", "He added:").
MIN_UNIT_WORDS = 4
# Page furniture that survives cleaning: sponsor and subscription lines, credits, bylines,
# calls to share or read on. General newsroom and web boilerplate, not any site's.
CLUTTER = re.compile(
    # "Sponsored by X", "This episode is presented by X": not "a pledge sponsored by a group" or "was
    # presented by the company", which are news
    r"\bthanks? (?:its|our) (?:sponsors?|partners?|supporters?)\b"
    r"|^(?:this \w+ (?:is|was) )?(?:sponsored|presented) by\b"
    r"|\b(?:sign up|subscribe) (?:for|to)\b|\b(?:click|tap) here\b|\bfollow (?:us|him|her) on\b"
    r"|\bread (?:more|the full story)\b|\ball rights reserved\b|^copyright\b|©"
    r"|\b(?:reporting|editing|writing|additional reporting) by\b|\bcontributed to this report\b"
    r"|\b(?:AP|AFP|Reuters|Getty Images|EPA) ?(?:Photo|/)|\bphoto(?:graph)?:|\bimage (?:source|credit)\b"
    r"|\boriginally (?:published|appeared)\b|\bshare this (?:article|story)\b|^by [A-Z][a-z]+ [A-Z][a-z]+$",
    re.I,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d[\d,.]*")
# Function words and reporting verbs: they say nothing about which fact a sentence states.
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into about over after before
    under between through during against among than then so that this these those there here
    it its it's he she they them his her their we our you your i me my is are was were be been
    being has have had do does did will would can could should may might must shall not no nor
    also just only very more most such which who whom whose what when where while why how all
    any both each few other some own same too s said says say told tell added according
    mr mrs ms dr one two three new last next year years week month day time""".split()
)


@dataclass
class Unit:
    """One statement of one article, with the facts the reading found in it."""

    index: int
    article: str
    field: str  # body | title | standfirst | caption
    text: str
    start: int
    end: int
    position: float  # 0 at the top of the article, 1 at its end
    entities: frozenset[str] = frozenset()
    quantities: list[Quantity] = field(default_factory=list)
    speakers: frozenset[str] = frozenset()
    quoted: bool = False  # the unit is mostly a direct quote
    terms: frozenset[str] = frozenset()
    # People, places and nationalities named in it: the setting of a fact, never an item it lists.
    setting: frozenset[str] = frozenset()
    # The people named in it (canonical names): two outlets naming different people of one surname
    # for one fact ("Loretta Sanchez" / "Linda Sanchez") is a conflict of who.
    people: frozenset[str] = frozenset()
    # Places it says the fact happened in ("arrested in Lyon"), and its resolved dates (ISO values).
    places: frozenset[str] = frozenset()
    dates: tuple[str, ...] = ()
    # Those of its dates written without a year ("on Thursday", "in September"): their value
    # depends on the publication date they were resolved against.
    implicit_dates: frozenset[str] = frozenset()
    # The words each date value was read from ("earlier this week", "since 2002"): what a time
    # conflict shows a reader, rather than the ISO value.
    date_words: dict[str, str] = field(default_factory=dict)
    published: str | None = None  # the article's publication date-time
    quotes: tuple[tuple[str, str], ...] = ()  # direct quotes in it with a named speaker: (words, speaker)
    # How specific each of its terms is within the story (log inverse statement frequency): set by
    # story_units, since only the whole story tells a word of every sentence from a telling one.
    specificity: dict[str, float] = field(default_factory=dict)


# Specificity is read as if a story had at least this many statements: the fewest of any story the
# aligner was trained on (basil-dev: 43 to 126). Below it log(N / frequency) shrinks with the story,
# and the aligner read every word of a two-article story of six statements as common: "The trade
# summit will be held in Geneva next month" and "... in Vienna next month" were never aligned.
MIN_STORY_STATEMENTS = 43


def _place_mention(body: str, entity: Entity, start: int) -> bool:
    """The mention names where something happens (after "in", "at", "in the northern city of" ...),
    and it is a place: so tagged, in the gazetteer, or called a city, town or port."""
    if not _LOCATIVE.search(body[max(0, start - 40) : start]):
        return False
    return (entity.label in PLACE_LABELS or (entity.label != "NORP" and is_place(entity.name))
            or bool(_SETTLEMENT.search(body[max(0, start - 20) : start])))


def _settlement_places(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _SETTLEMENT_NAME.finditer(text))


# "derailed near Toulouse": a run of capitalised words after a place preposition, the whole run a place
# the gazetteer knows. The small entity recogniser misses many city names. A single word that is also a
# common English word ("in March", "at University", "in Nice weather") is left to the recogniser: at
# this Zipf frequency or above (wordfreq) are every month and weekday, "police", "union", "central".
_AFTER_PLACE_PREPOSITION = re.compile(
    rf"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Oo]ff|[Ii]nto|[Tt]hrough|[Aa]cross|[Cc]lose\s+to"
    rf"|the\s+(?:{_PLACE_PARTS})\s+of)"
    r"\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
COMMON_WORD_ZIPF = 4.5


def _gazetteer_places(text: str) -> frozenset[str]:
    from wordfreq import zipf_frequency

    names = (m.group(1) for m in _AFTER_PLACE_PREPOSITION.finditer(text))
    return frozenset(name for name in names if is_place(name)
                     and (" " in name or zipf_frequency(name.lower(), "en") < COMMON_WORD_ZIPF))


def _event_places(text: str, known: frozenset[str]) -> frozenset[str]:
    """Places named before an event noun ("the Norwalk event"): a place the article names elsewhere
    or the gazetteer knows."""
    names = (m.group(1).strip() for m in _PLACE_EVENT.finditer(text))
    return frozenset(name for name in names if name in known or is_place(name))


def story_units(articles: Sequence[Article]) -> list[Unit]:
    """The claim units of all of a story's articles, each term weighed by how few statements use it."""
    units: list[Unit] = []
    for article in articles:
        units.extend(article_units(article, first_index=len(units)))
    frequency = Counter(term for unit in units for term in unit.terms)
    size = max(len(units), MIN_STORY_STATEMENTS)
    for unit in units:
        unit.specificity = {term: math.log(size / frequency[term]) for term in unit.terms}
    return units


def _bare_years(text: str, taken_spans: list[tuple[int, int]], start: int) -> list[str]:
    """Years the date reading leaves out ("from 1993 to 1996" gives it "1993"): a fact's span needs both ends.
    A year inside a quantity or a date the reading resolved ("14 June 2026") is not a date of its own."""
    taken = [(s - start, e - start) for s, e in taken_spans]
    return [m.group(0) for m in _YEAR.finditer(text) if not any(s <= m.start() < e for s, e in taken)]


def _narrowed(text: str, value: str, published: str | None) -> str:
    """"earlier this week" is the days of the week before publication, "later this month" the days after
    it: an ISO interval ("2026-03-21/2026-03-24"), so a date on the publication day itself is not inside
    it. Other values are returned as read."""
    words = text.lower().split()
    if len(words) < 3 or words[:2] not in (["earlier", "this"], ["later", "this"]) or not published:
        return value
    span = period_span(value)
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return value
    if span is None or not span[0] <= day <= span[1]:
        return value
    first, last = (span[0], day - timedelta(days=1)) if words[0] == "earlier" else (day + timedelta(days=1), span[1])
    return f"{first.isoformat()}/{last.isoformat()}" if first <= last else value


def period_span(value: str) -> tuple[date, date] | None:
    """The days an ISO value at its own precision covers: a year, a month, an ISO week, a day, or an
    interval "start/end"."""
    try:
        if "/" in value:
            first, last = value.split("/", 1)
            return date.fromisoformat(first), date.fromisoformat(last)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if "-W" in value:
            monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + timedelta(days=6)
        if len(value) == 7:
            first_day = date(int(value[:4]), int(value[5:7]), 1)
            return first_day, (first_day + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        day = date.fromisoformat(value[:10])
        return day, day
    except ValueError:
        return None


def content_terms(text: str) -> frozenset[str]:
    """Lower-cased content words cut to a crude stem, for overlap between wordings."""
    terms = set()
    for word in _WORD.findall(text.lower()):
        word = word.strip("'-")
        if len(word) < 3 or word in STOPWORDS or word[0].isdigit():
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]  # "sales" and "sale", "trains" and "train": one term (the cut alone keeps 6 letters)
        terms.add(word[:6])
    return frozenset(terms)


def _split_clauses(text: str, start: int) -> list[tuple[str, int]]:
    """A sentence split at semicolons: each side is a fact of its own."""
    pieces = []
    offset = 0
    for piece in re.split(r"(?<=;)\s+", text):
        at = text.find(piece, offset)
        offset = at + len(piece)
        pieces.append((piece, start + at))
    return pieces


# A wire story's dateline ("WARSAW -", "KATHMANDU (AFP) —", "SAN FRANCISCO, Calif. (AP) —"): where the
# story was filed, not part of its first statement. Left in, the parser makes it the subject's head
# ("WARSAW - Poland expelled ..."), and two outlets' different subjects share the word "Warsaw".
_DATELINE = re.compile(r"^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*)*\s*(?:\([A-Za-z .]+\)\s*)?[-\u2013\u2014]+\s+")


def _without_dateline(text: str, start: int) -> tuple[str, int]:
    """The sentence after its dateline, with its start in the body moved past it."""
    match = _DATELINE.match(text)
    if match is None:
        return text, start
    return text[match.end():], start + match.end()


# The words of a page's time stamp ("Published: Tuesday, Dec. 20 2005 12:00 a.m. MST", "21 July 2013
# Last updated at 11:11 GMT"): days, months, times, zones and the words that announce them.
_STAMP_WORD = re.compile(
    r"(?:published|updated|last|posted|modified|at|on|am|pm|a|m|p|a\.m|p\.m|gmt|bst|utc|cet|cest|[ecmp][sd]?t|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|\d+(?:st|nd|rd|th)?)",
    re.I,
)


def only_a_timestamp(text: str) -> bool:
    """The statement is a page's date and time stamp and nothing else: it states no fact of the story,
    and two outlets' stamps are two publication times, not a conflict."""
    words = re.findall(r"[A-Za-z0-9.]+", text)
    return any(c.isdigit() for c in text) and all(_STAMP_WORD.fullmatch(w.strip(".")) for w in words if w.strip("."))


def article_units(article: Article, first_index: int = 0) -> list[Unit]:
    """The claim units of one analysed article, headline first."""
    raw: list[tuple[str, str, int, int]] = []
    if article.title:
        raw.append(("title", article.title, 0, len(article.title)))
    if article.standfirst:
        raw.append(("standfirst", article.standfirst, 0, len(article.standfirst)))
    for sentence in article.sentences:
        for text, start in _split_clauses(*_without_dateline(sentence.text, sentence.start)):
            raw.append(("body", text, start, start + len(text)))
    # Captions stay out: they describe pictures, and readers compare the outlets' reporting.

    body_length = max(1, len(article.body))
    aliases = [(entity.name, [a for a in {entity.name, *entity.aliases} if len(a) > 2]) for entity in article.entities]
    setting_names = frozenset(e.name for e in article.entities if e.label in SETTING_LABELS)
    person_names = frozenset(e.name for e in article.entities if e.label == "PERSON")
    place_names = frozenset(e.name for e in article.entities if e.label in PLACE_LABELS)
    units: list[Unit] = []
    for field_name, text, start, end in raw:
        stripped = text.strip()
        if len(stripped.split()) < MIN_UNIT_WORDS or CLUTTER.search(stripped) or only_a_timestamp(stripped):
            continue
        if field_name == "body":
            names = frozenset(
                entity.name for entity in article.entities
                if any(start <= m_start < end for m_start, _ in entity.mentions)
            )
            quantities = [q for q in article.quantities if q.field == "body" and start <= q.start < end]
            places = frozenset(
                entity.name for entity in article.entities
                if any(start <= m < end and _place_mention(article.body, entity, m) for m, _ in entity.mentions)
            ) | _event_places(text, place_names) | _settlement_places(text) | _gazetteer_places(text)
            mentions = [d for d in article.dates if d.value and d.resolved and start <= d.start < end]
            values = [_narrowed(d.text, d.value, article.published) for d in mentions]
            dates = tuple(dict.fromkeys([*values, *_bare_years(
                text, [(q.start, q.end) for q in quantities] + [(d.start, d.end) for d in mentions], start)]))
            implicit = frozenset(v for d, v in zip(mentions, values, strict=True) if not _YEAR.search(d.text))
            date_words = {v: d.text for d, v in zip(mentions, values, strict=True)}
            speakers = frozenset(
                q.speaker for q in article.quotes if q.speaker and q.start < end and q.end > start
            )
            quotes = tuple((q.text, q.speaker) for q in article.quotes
                           if q.kind == "direct" and q.speaker and q.start < end and q.end > start)
            quoted_chars = sum(min(end, q.end) - max(start, q.start) for q in article.quotes
                               if q.kind == "direct" and q.start < end and q.end > start)
            position = start / body_length
        else:
            lowered = text.lower()
            names = frozenset(name for name, forms in aliases if any(f.lower() in lowered for f in forms))
            quantities = find_quantities(text)
            speakers = frozenset()
            quoted_chars = 0
            places, dates, quotes, implicit, date_words = frozenset(), (), (), frozenset(), {}
            position = 0.0 if field_name in ("title", "standfirst") else 0.5
        units.append(Unit(
            index=first_index + len(units), article=article.id, field=field_name, text=stripped,
            start=start, end=end, position=position, entities=names, quantities=quantities,
            speakers=speakers, quoted=quoted_chars > 0.6 * (end - start), terms=content_terms(text),
            setting=names & setting_names, people=names & person_names, places=places, dates=dates,
            implicit_dates=implicit, date_words=date_words, published=article.published, quotes=quotes,
        ))
    return units
