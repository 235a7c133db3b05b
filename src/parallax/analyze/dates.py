"""Date expressions in a body, resolved against the publication date.

Outlets date the same event differently ("on Sunday", "Sept. 12", "yesterday");
comparing them needs calendar values. The finder is a precise regex pass that
only accepts a month or weekday name in date context (a day, a year, "on",
"last", "in"...), so "may" the verb, "March" the verb and "The Sun" never
become dates. Resolution is our own calendar arithmetic (no dateparser: it is
slow and reads dates into ordinary words).

Values are ISO 8601 at the precision the words carry: "2021-09-12" for a day,
"2021-W37" for a week, "2021-10" for a month, "2021" for a year. Without a
publication date, expressions that need one stay unresolved (value None).

Weekdays and month-days without a year are read the way news is written: past
by default (the most recent such day on or before publication), future when the
clause before says so ("will", "is scheduled to", "expected"), so "is scheduled
to inspect the drills on Monday" in Monday's paper is that same Monday.
A month-day without a year takes the year that puts it nearest the publication
date in the tense's direction (in December's paper "Jan. 5" with "will" is next year).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from parallax.analyze._numbers import WORD_NUMBER, parse_number
from parallax.model import DateMention

_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_YEAR = r"(?:1[6-9]\d\d|20\d\d|2100)"
_ON = r"(?:\b(?P<on>[Oo]n)[ \t]+)?"

_ISO_RE = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")
_MONTH_DAY_RE = re.compile(
    rf"{_ON}(?:(?P<wd>{_WEEKDAY}),?[ \t]+)?(?P<mon>{_MONTH_ANY})[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?![,.]?\d|:)(?:,?[ \t]+(?P<year>{_YEAR})\b)?"
)
_DAY_MONTH_RE = re.compile(
    rf"{_ON}(?:(?P<wd>{_WEEKDAY}),?[ \t]+)?(?:the[ \t]+)?(?<![\d,.])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+"
    rf"(?:of[ \t]+)?(?P<mon>{_MONTH_ANY})(?![\w])(?:,?[ \t]+(?P<year>{_YEAR})\b)?"
)
_MONTH_YEAR_RE = re.compile(
    rf"(?:\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[ \t-]+)?(?P<mon>{_MONTH_ANY})[ \t]+(?P<year>{_YEAR})\b(?!['’]?s\b)"
)
_MONTH_CONTEXT_RE = re.compile(
    r"\b(?P<prep>[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter"
    r"|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd[ \t]+of)[ \t-]+"
    rf"(?:(?P<part>early|mid|late)[ \t-]+)?(?P<mon>{_MONTH_FULL})\b(?![ \t]+\d)"
)
_YEAR_CONTEXT_RE = re.compile(
    r"\b(?P<prep>[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough"
    r"|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd[ \t]+of)[ \t-]+(?:(?:early|mid|late|the[ \t]+end[ \t]+of)[ \t-]+)?"
    rf"(?P<year>{_YEAR})\b(?![,.]?\d|['’]?s\b|[ \t]*(?:%|per[ \t]?cent|percent))"
)
# "the experience of 1941": the year alone is the date, "of" is not part of it
_YEAR_AFTER_OF_RE = re.compile(
    rf"(?<=\bof[ ])(?P<year>{_YEAR})\b(?![,.]?\d|['’]?s\b|[ \t]*(?:%|per[ \t]?cent|percent))"
)
_WEEKDAY_RE = re.compile(
    rf"(?:\b(?P<on>[Oo]n)[ \t]+|\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier[ \t]+this|[Ll]ater[ \t]+this)[ \t]+)?"
    rf"(?P<wd>{_WEEKDAY})(?:['’]s)?\b"
)
_RELATIVE_DAY_RE = re.compile(
    r"\b(?P<w>today|yesterday|tomorrow|tonight|this[ \t]+(?:morning|afternoon|evening)|last[ \t]+night)\b",
    re.IGNORECASE,
)
_RELATIVE_PERIOD_RE = re.compile(
    r"\b(?:(?P<mod>earlier|later|early|late|mid|the[ \t]+end[ \t]+of|end[ \t]+of)[ \t-]+)?"
    r"(?P<rel>last|next|this)[ \t]+(?P<unit>week|weekend|month|year)\b",
    re.IGNORECASE,
)
_AGO_RE = re.compile(
    rf"\b(?P<n>\d+|{WORD_NUMBER}|an?)[ \t]+(?P<unit>days?|weeks?|months?|years?|decades?)[ \t]+ago\b",
    re.IGNORECASE,
)

_FUTURE_CUE_RE = re.compile(
    r"\b(?:will|shall|would|due|set[ \t]+to|scheduled|slated|expected|poised|plans?[ \t]+to|planning[ \t]+to"
    r"|going[ \t]+to|to[ \t]+be[ \t]+held|upcoming"
    # "next" of its own ("the next meeting"), not "next year" or "next month", a time of its own that says
    # nothing of the clause's tense ("presented a budget for next year on Wednesday")
    r"|next(?![ \t]+(?:year|month|week|quarter|season|decade|spring|summer|autumn|fall|winter)\b))\b|['’]ll\b",
    re.IGNORECASE,
)
_BE_BEFORE_RE = re.compile(r"\bbe[ \t]+$", re.IGNORECASE)
_PAST_VERB_BEFORE_RE = re.compile(
    r"\b(?:said|says|told|announced|added|reported|confirmed|wrote|stated|declared|claimed|insisted|warned"
    r"|tweeted|posted|revealed|disclosed|noted|(?!scheduled|expected|slated|planned)[a-z]+ed)[ \t]+$",
    re.IGNORECASE,
)
# A clause starts after a sentence's end, a line break or a quotation's close (', "... city," he told
# reporters on Monday': the "will" inside the quote says nothing of when he told them).
_CLAUSE_START_RE = re.compile(r"(?:[.!?;:][\"”’']?\s+|,[\"”]\s+|\n)(?=[^.!?;:\n\"”]*$)")
# Weekdays that are names or habits, not dates: "The Sunday Times", "every Sunday", "Good Friday".
_NOT_A_DAY_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Ee]very|[Ee]ach|[Bb]loody|[Ss]uper|[Bb]lack|[Cc]yber|Good|Easter|Palm|Ash|Holy|Maundy|Fat|Patch"
    r"|[Ss]econd|[Ff]irst|[Tt]hird|[Ff]ourth)[ \t]+$"
)
_CAPITALISED_AFTER_RE = re.compile(r"[ \t]+(?P<w>[A-Z][a-z]+)")
_DATE_WORDS_RE = re.compile(
    rf"\b(?:{_MONTH_FULL}|{_WEEKDAY}|today|yesterday|tomorrow|tonight|weeks?|weekends?|months?|years?|ago"
    rf"|decades?|century|centuries|spring|summer|autumn|fall|winter|{_YEAR}s?)\b",
    re.IGNORECASE,
)
_DURATION_OR_AGE_RE = re.compile(
    rf"^(?:about|some|more than|over|nearly|almost|around|the|a|an|\d+|{WORD_NUMBER})"
    r"(?:[ \t-]+\S+)*?[ \t-]+(?:days?|weeks?|months?|years?|decades?|centuries)(?:[ \t-]+(?:old|long))?$",
    re.IGNORECASE,
)


@dataclass
class _Found:
    """One matched expression before it becomes a DateMention."""

    start: int
    end: int
    value: str | None
    resolved: bool


_Resolver = Callable[[re.Match[str], str, date | None], tuple[str | None, bool] | None]


def find_dates(text: str, published: str | None, candidates: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `published` where one is needed.

    `candidates` are extra spans to consider (spaCy DATE entities, say); those that
    overlap an expression found here are dropped, the rest are resolved if their
    words allow it and kept unresolved if they read like a date at all.
    """
    anchor = _parse_published(published)
    found = _find_expressions(text, anchor)
    for start, end in candidates or []:
        if start < 0 or end > len(text) or start >= end:
            continue
        if any(f.start < end and start < f.end for f in found):
            continue
        extra = _resolve_candidate(text, start, end, anchor)
        if extra is not None:
            found.append(extra)
    found.sort(key=lambda f: (f.start, f.end))
    return [DateMention(text=text[f.start : f.end], value=f.value, start=f.start, end=f.end, resolved=f.resolved)
            for f in found]


def _parse_published(published: str | None) -> date | None:
    """The publication day from an ISO date or date-time, or a written one ("September 13, 2021")."""
    if not published:
        return None
    try:
        day = date.fromisoformat(published.strip()[:10])
        # Placeholder dates (Go's zero time 0001-01-01, 9999-12-31) anchor nothing: days
        # counted back from them overflow, and no report is dated there.
        return day if 1800 <= day.year <= 2100 else None
    except ValueError:
        pass
    for pattern in (_MONTH_DAY_RE, _DAY_MONTH_RE):
        match = pattern.search(published)
        if match and match["year"]:
            return _safe_date(int(match["year"]), _month_number(match["mon"]), int(match["day"]))
    return None


def _find_expressions(text: str, anchor: date | None) -> list[_Found]:
    """All matches of every pattern; where they overlap the longest wins ("September 13, 2021" over "by September")."""
    hits: list[_Found] = []
    for pattern, resolver in _PATTERNS:
        for match in pattern.finditer(text):
            result = resolver(match, text, anchor)
            if result is None:
                continue
            value, resolved = result
            hits.append(_Found(match.start(), match.end(), value, resolved))
    hits.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[_Found] = []
    for hit in hits:
        if any(hit.start < k.end and k.start < hit.end for k in kept):
            continue
        kept.append(hit)
    return kept


# ---------------------------------------------------------------- tense


def _tense(text: str, start: int, end: int | None = None) -> str:
    """'future' or 'past', from the words of the clause before `start`; a date that opens its clause
    ("Thursday's strike will close schools", "On Friday, the council will vote") has no verb before
    it, so its tense is the first verb after it (up to `end`'s sentence end)."""
    before = text[max(0, start - 200) : start]
    past = _PAST_VERB_BEFORE_RE.search(before)
    if past and not _BE_BEFORE_RE.search(before[: past.start()]):
        return "past"  # "was played on Saturday"; "will be played on Saturday" is a passive, of no tense
    clause_start = _CLAUSE_START_RE.search(before)
    clause = before[clause_start.end() :] if clause_start else before
    if _FUTURE_CUE_RE.search(clause):
        return "future"
    if end is not None and _OPENING_WORDS_RE.fullmatch(clause):
        return _tense_after(text[end : end + 200])
    return "past"


# The words a clause may start with before a date that opens it: "On", "By", "the", nothing.
_OPENING_WORDS_RE = re.compile(r"\s*(?:(?:on|by|from|the|and|but)[ \t]+)?", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?;](?:\s|$)")
_PAST_VERB_AFTER_RE = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|was|were|had|did"
    r"|(?!(?:scheduled|expected|slated|planned|need|red|bed|speed|feed)\b)[a-z]+ed)\b",
    re.IGNORECASE,
)


def _tense_after(after: str) -> str:
    """The tense of the first verb cue in the rest of the sentence: a future cue ("will", "is due to")
    before any past verb makes it 'future'."""
    sentence_end = _SENTENCE_END_RE.search(after)
    rest = after[: sentence_end.start()] if sentence_end else after
    future, past = _FUTURE_CUE_RE.search(rest), _PAST_VERB_AFTER_RE.search(rest)
    return "future" if future and (past is None or future.start() < past.start()) else "past"


# ---------------------------------------------------------------- calendar helpers


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _year_for_month_day(month: int, day: int, anchor: date, tense: str) -> date | None:
    """The year a month-day without one means, read from the publication date and tense."""
    options = [d for d in (_safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    if not options:
        return None
    if tense == "future":
        later = [d for d in options if d >= anchor]
        if later:
            return min(later)
    elif tense == "past":
        earlier = [d for d in options if d <= anchor]
        # a day a few weeks ahead in a past-tense clause is still this year ("on Nov. 4 they will...")
        near = [d for d in options if d > anchor and (d - anchor).days <= 62]
        if near:
            return min(near)
        if earlier:
            return max(earlier)
    return min(options, key=lambda d: abs((d - anchor).days))


def _year_for_month(month: int, anchor: date, tense: str) -> int:
    if tense == "future" and month < anchor.month:
        return anchor.year + 1
    if tense == "past" and month > anchor.month + 2:
        return anchor.year - 1
    return anchor.year


# ---------------------------------------------------------------- resolvers


def _resolve_iso(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return (day.isoformat(), True) if day else None


def _resolve_month_day(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    month = _month_number(match["mon"])
    day_number = int(match["day"])
    if not 1 <= day_number <= 31:
        return None
    if match["mon"].lower().rstrip(".") == "may" and not match["year"] and not match["on"]:
        # "May 5" is a date, but "may 5" never gets here (case); still demand it is not a verb use
        follower = text[match.end() : match.end() + 3]
        if follower[:1].isalpha():
            return None
    return _day_in_year(match, text, anchor, month, day_number)


def _resolve_month_year(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    return f"{int(match['year']):04d}-{_month_number(match['mon']):02d}", True


def _resolve_month_context(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    month = _month_number(match["mon"])
    if anchor is None:
        return None, False
    preposition = match["prep"].lower()
    if preposition == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif preposition == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif preposition == "this":
        year = anchor.year
    else:
        tense = "future" if preposition in ("by", "until", "till") else _tense(text, match.start(), match.end())
        year = _year_for_month(month, anchor, tense)
    return f"{year:04d}-{month:02d}", True


def _resolve_year_context(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    return match["year"], True


def _resolve_weekday(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    relation = (match["rel"] or "").lower()
    relation = re.sub(r"\s+", " ", relation)
    if not match["on"] and not relation:
        if _NOT_A_DAY_BEFORE_RE.search(text[max(0, match.start() - 10) : match.start()]):
            return None  # "The Sunday Times", "every Sunday", "Bloody Sunday"
        follower = _CAPITALISED_AFTER_RE.match(text, match.end())
        after_verb = _PAST_VERB_BEFORE_RE.search(text[max(0, match.start() - 30) : match.start()])
        if follower and follower["w"].lower() not in _MONTHS and not after_verb \
                and not _starts_sentence(text, match.start()):
            return None  # a name: "Sunday Telegraph", "Friday Prayers"
    if anchor is None:
        return None, False
    target = _WEEKDAYS[match["wd"].lower()]
    today = anchor.weekday()
    if relation == "last":
        back = (today - target) % 7 or 7
        return (anchor - timedelta(days=back)).isoformat(), True
    if relation == "next":
        ahead = (target - today) % 7 or 7
        return (anchor + timedelta(days=ahead)).isoformat(), True
    if relation in ("this", "earlier this", "later this"):
        monday = anchor - timedelta(days=today)
        return (monday + timedelta(days=target)).isoformat(), True
    if _tense(text, match.start(), match.end()) == "future":
        return (anchor + timedelta(days=(target - today) % 7)).isoformat(), True
    return (anchor - timedelta(days=(today - target) % 7)).isoformat(), True


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or bool(re.search(r"(?:[.!?][\"”’']?\s+|\n\s*)$", before))


def _resolve_relative_day(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    if anchor is None:
        return None, False
    word = re.sub(r"\s+", " ", match["w"].lower())
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
    return (anchor + timedelta(days=offset)).isoformat(), True


def _resolve_relative_period(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    if anchor is None:
        return None, False
    offset = {"last": -1, "next": 1, "this": 0}[match["rel"].lower()]
    unit = match["unit"].lower()
    if unit in ("week", "weekend"):
        return _iso_week(anchor + timedelta(weeks=offset)), True
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, offset)
        return f"{year:04d}-{month:02d}", True
    return f"{anchor.year + offset:04d}", True


def _resolve_ago(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    amount_text = match["n"].lower()
    amount = 1.0 if amount_text in ("a", "an") else parse_number(amount_text)
    if amount is None or amount != int(amount):
        return None
    if anchor is None:
        return None, False
    count = int(amount)
    unit = match["unit"].lower().rstrip("s")
    if unit == "day":
        return (anchor - timedelta(days=count)).isoformat(), True
    if unit == "week":
        return (anchor - timedelta(weeks=count)).isoformat(), True
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, -count)
        return f"{year:04d}-{month:02d}", True
    years = count * (10 if unit == "decade" else 1)
    return f"{anchor.year - years:04d}", True


# Holidays on a fixed day of the Western calendar, named as news names them: (month, day). Movable
# feasts (Easter, Thanksgiving) are left out: their day needs a calendar of its own.
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "valentine's day": (2, 14), "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17), "may day": (5, 1), "independence day": (7, 4), "bastille day": (7, 14),
    "halloween": (10, 31), "armistice day": (11, 11), "veterans day": (11, 11), "christmas eve": (12, 24),
    "christmas day": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31),
}
_HOLIDAY_RE = re.compile(
    rf"{_ON}(?P<holiday>{'|'.join(re.escape(name) for name in sorted(FIXED_HOLIDAYS, key=len, reverse=True))})"
    rf"(?:,?[ \t]+(?P<year>{_YEAR})\b)?".replace("'", "['’]"),
    re.IGNORECASE,
)


def _day_in_year(match: re.Match[str], text: str, anchor: date | None, month: int,
                 day_number: int) -> tuple[str | None, bool] | None:
    """A month and day in the year written, or else the year the tense and the publication date give."""
    if match["year"]:
        day = _safe_date(int(match["year"]), month, day_number)
        return (day.isoformat(), True) if day else None
    if anchor is None:
        return None, False
    day = _year_for_month_day(month, day_number, anchor, _tense(text, match.start(), match.end()))
    return (day.isoformat(), True) if day else None


def _resolve_holiday(match: re.Match[str], text: str, anchor: date | None) -> tuple[str | None, bool] | None:
    """"On Christmas Day": the holiday's date in the year the tense and the publication date give."""
    name = re.sub(r"[’]", "'", match["holiday"].lower())
    month, day_number = FIXED_HOLIDAYS[name]
    return _day_in_year(match, text, anchor, month, day_number)


_PATTERNS: list[tuple[re.Pattern[str], _Resolver]] = [
    (_ISO_RE, _resolve_iso),
    (_MONTH_DAY_RE, _resolve_month_day),
    (_DAY_MONTH_RE, _resolve_month_day),
    (_MONTH_YEAR_RE, _resolve_month_year),
    (_MONTH_CONTEXT_RE, _resolve_month_context),
    (_YEAR_CONTEXT_RE, _resolve_year_context),
    (_YEAR_AFTER_OF_RE, _resolve_year_context),
    (_WEEKDAY_RE, _resolve_weekday),
    (_RELATIVE_DAY_RE, _resolve_relative_day),
    (_RELATIVE_PERIOD_RE, _resolve_relative_period),
    (_AGO_RE, _resolve_ago),
    (_HOLIDAY_RE, _resolve_holiday),
]


def _resolve_candidate(text: str, start: int, end: int, anchor: date | None) -> _Found | None:
    """A span someone else called a date: resolved with our patterns, else kept only if it reads like one."""
    span = text[start:end]
    if _DURATION_OR_AGE_RE.match(span.strip()):
        return None  # "three days", "33-year-old": durations and ages, not dates
    bare_year = re.fullmatch(rf"(?:the[ \t]+)?(?P<year>{_YEAR})", span.strip())
    if bare_year:
        return _Found(start, end, bare_year["year"], True)
    inner = _find_expressions(span, anchor)
    if len(inner) == 1 and inner[0].end - inner[0].start >= 0.5 * len(span.strip()):
        return _Found(start, end, inner[0].value, inner[0].resolved)
    if _DATE_WORDS_RE.search(span):
        return _Found(start, end, None, False)
    return None


__all__ = ["find_dates"]
