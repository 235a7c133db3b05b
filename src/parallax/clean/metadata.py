"""Metadata every cleaner needs: bylines, wire agencies, outlets from URLs, dates.

Shared by the dump, HTML and JSONL cleaners so that "By X for AFP" means the
same thing whichever format the article came in.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from urllib.parse import urlparse

# Wire and news agencies: their name in a byline makes them the agency, not an author.
# Canonical spelling on the right; keys are matched case-insensitively as whole words.
AGENCIES: dict[str, str] = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "xinhua": "Xinhua",
    "ansa": "ANSA",
    "efe": "EFE",
    "pa": "PA",
    "pa media": "PA",
    "press association": "PA",
    "upi": "UPI",
    "united press international": "UPI",
    "interfax": "Interfax",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "ani": "ANI",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ians": "IANS",
    "aap": "AAP",
    "australian associated press": "AAP",
    "cp": "CP",
    "the canadian press": "CP",
    "canadian press": "CP",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "ukrinform": "Ukrinform",
    "belta": "BelTA",
    "pap": "PAP",
    "ctk": "CTK",
    "apa": "APA",
    "sputnik": "Sputnik",
    "kuna": "KUNA",
    "wam": "WAM",
    "mena": "MENA",
    "bernama": "Bernama",
    "antara": "Antara",
    "jiji press": "Jiji Press",
    "nexstar media wire": "Nexstar Media Wire",
}

# Short agency codes that are also ordinary words or initials: only trusted when written in capitals.
_CASE_SENSITIVE_CODES = {"ap", "pa", "ani", "cp", "apa", "pap", "efe", "upi", "pti", "aap", "wam"}

_AGENCY_ALTERNATION = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))
_AGENCY_WORD = re.compile(rf"(?<![\w-])(?:{_AGENCY_ALTERNATION})(?![\w-])", re.I)

# Words around names in bylines that are never part of a name.
_BYLINE_PREFIX = re.compile(r"^\s*(?:(?:story|words|text|reporting|written|report(?:ed)?)\s+)?by\s*[:\-]?\s+", re.I)
_ROLE_SUFFIX = re.compile(
    r",?\s+(?:\b(?:staff|senior|chief|special|foreign|political|economics?|business|sports?|news|auto|"
    r"health|science|technology|tech|white house|washington|legal|national|local|investigations?)\b\s*)*"
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|analyst)s?\b.*$",
    re.I,
)
_ROLE_AFTER_COMMA = re.compile(
    r",\s*[^,]*\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|analyst)s?\b.*$", re.I
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.\-]*|de|da|del|der|van|von|la|le|bin|al|el|di|du|dos|ter|den)$")


def canonical_agency(text: str) -> str | None:
    """The agency's canonical name when `text` is exactly an agency name ("Reuters", "the AP")."""
    key = re.sub(r"\s+", " ", text.strip().strip("().,;:-–— ")).lower()
    if key not in AGENCIES:
        return None
    if key in _CASE_SENSITIVE_CODES and not text.strip().strip("().,;:-–— ").isupper():
        return None
    return AGENCIES[key]


def agency_in_text(text: str) -> str | None:
    """The first agency named in a short credit line ("(AP)", "— Reuters", "Photo: AFP").

    Meant for datelines and credit lines, not for running prose: "AP" inside a
    sentence is usually the wire, but "efe" or "pa" in lower case are not.
    """
    for match in _AGENCY_WORD.finditer(text):
        agency = canonical_agency(match.group(0))
        if agency:
            return agency
    return None


def _looks_like_name(text: str) -> bool:
    """A person's name: two to five capitalised tokens, no digits, no sentence punctuation."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if any(ch in text for ch in "!?:;@/|()[]{}\"“”"):
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens) and tokens[0][0].isupper()


def _clean_name(text: str) -> str:
    text = _ROLE_SUFFIX.sub("", text.strip())
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-–—|")
    words = text.split()
    # Bylines in capitals ("By JOHN SMITH") read better in title case, as names appear elsewhere.
    if words and all(w.isupper() and len(w) > 1 for w in words if w.isalpha()):
        text = " ".join(w.capitalize() if w.isalpha() else w for w in words)
    return text


def parse_byline(text: str) -> tuple[list[str], str | None]:
    """Authors and agency in a byline: "By X and Y", "X for AFP", "By AFP", "Reuters", "(AP)".

    Returns ([], None) for text that is not a byline, so callers can try it on
    any short line. An agency is never returned as an author, and "By" / "for
    AFP" never end up inside a name.
    """
    if not text or len(text) > 200:
        return [], None
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # markdown links to their text
    line = re.sub(r"[*_`#>]+", " ", line)
    line = re.sub(r"\s+", " ", line).strip()
    had_by = bool(_BYLINE_PREFIX.match(line))
    line = _BYLINE_PREFIX.sub("", line)
    line = re.sub(r"^(?:by|and)\s+", "", line, flags=re.I)
    # A trailing time or date ("| September 13, 2021") is not part of the byline.
    line = re.split(r"\s+[|•·]\s+|\s+[-–—]\s+(?=\w+\s+\d|\d)", line)[0].strip()
    agency: str | None = None
    # "Tom Krisher, AP Auto Writer": the job title goes, but an agency inside it is kept.
    role = _ROLE_AFTER_COMMA.search(line)
    if role:
        agency = agency_in_text(role.group(0).upper() if re.search(r"\bap\b", role.group(0), re.I) else role.group(0))
        line = line[: role.start()]
    whole = canonical_agency(line)
    if whole:
        return [], whole
    for_match = re.search(r"\s+(?:for|with|via|from)\s+(.+)$", line, re.I)
    if for_match:
        agency = canonical_agency(for_match.group(1))
        if agency or had_by:
            line = line[: for_match.start()]
    paren = re.search(r"\(([^)]+)\)\s*$", line)
    if paren:
        agency = agency or canonical_agency(paren.group(1))
        line = line[: paren.start()]
    parts = re.split(r"\s*(?:,\s*and\s+|\band\b|&|,|;|\s+with\s+)\s*", line)
    authors: list[str] = []
    for part in parts:
        if not part.strip():
            continue
        part_agency = canonical_agency(part)
        if part_agency:
            agency = agency or part_agency
            continue
        name = _clean_name(part)
        if _looks_like_name(name) and name not in authors:
            authors.append(name)
    if not had_by and not agency and len(authors) != len([p for p in parts if p.strip()]):
        return [], None  # not a byline: some part is neither a name nor an agency
    return authors, agency


# --- outlets -----------------------------------------------------------------

# Well-known outlets whose names cannot be read off their domains (abbreviations,
# or a brand that differs from the domain). Everything else is segmented.
_KNOWN_OUTLETS: dict[str, str] = {
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "nytimes.com": "The New York Times",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "huffpost.com": "HuffPost",
    "huffingtonpost.com": "HuffPost",
    "apnews.com": "AP",
    "reuters.com": "Reuters",
    "afp.com": "AFP",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "npr.org": "NPR",
    "usatoday.com": "USA Today",
    "latimes.com": "Los Angeles Times",
    "washingtonpost.com": "The Washington Post",
    "theguardian.com": "The Guardian",
    "rt.com": "RT",
    "dw.com": "DW",
    "aljazeera.com": "Al Jazeera",
    "ctpost.com": "Connecticut Post",
    "sfgate.com": "SFGate",
    "cnbc.com": "CNBC",
    "msnbc.com": "MSNBC",
    "politico.com": "Politico",
    "politico.eu": "Politico",
    "thehill.com": "The Hill",
    "euronews.com": "Euronews",
    "rferl.org": "RFE/RL",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "scmp.com": "South China Morning Post",
    "dailymail.co.uk": "Daily Mail",
    "mirror.co.uk": "Daily Mirror",
    "express.co.uk": "Daily Express",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "thetimes.co.uk": "The Times",
    "news.sky.com": "Sky News",
    "spiegel.de": "Der Spiegel",
    "lemonde.fr": "Le Monde",
    "breitbart.com": "Breitbart",
    "nypost.com": "New York Post",
    "businessinsider.com": "Business Insider",
    "axios.com": "Axios",
    "vox.com": "Vox",
    "abc.net.au": "ABC News",
    "cbc.ca": "CBC",
    "globalnews.ca": "Global News",
    "ndtv.com": "NDTV",
    "timesofindia.indiatimes.com": "The Times of India",
}

# Second-level labels under country codes ("co.uk", "com.au"): not the outlet's name.
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"}
_HOST_PREFIXES = {"www", "m", "mobile", "amp", "edition", "news", "en", "eu", "uk", "us", "beta", "web", "www1", "www2"}


@lru_cache(maxsize=1)
def _zipf():  # pragma: no cover - depends on an optional package
    """wordfreq's Zipf frequency, or None when the package is not installed."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    return zipf_frequency


@lru_cache(maxsize=4096)
def segment_words(label: str) -> list[str] | None:
    """Split a run of letters into the likeliest English words ("thewashingtonpost" -> the washington post).

    Dynamic programming over the word-frequency list: each word costs its
    unlikelihood, and a small cost per word prefers fewer, longer words. None
    when no frequency list is installed or no split into known words exists.
    """
    zipf = _zipf()
    if zipf is None or not label.isalpha() or len(label) > 40:
        return None
    label = label.lower()
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * len(label)
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - 20), end):
            word = label[start:end]
            freq = zipf(word, "en")
            # Single letters other than "a" are never words in a domain name.
            if freq <= 1.0 or (len(word) == 1 and word != "a"):
                continue
            # Cost 8 - zipf: frequent words are cheap; the +1 per word (tuned by hand on news domains
            # such as "thetimes", "washingtonpost") stops "times" splitting into "tim es".
            cost = best[start][0] + (8.0 - freq) + 1.0
            if cost < best[end][0]:
                best[end] = (cost, start)
    if best[-1][0] == float("inf"):
        return None
    words: list[str] = []
    end = len(label)
    while end > 0:
        start = best[end][1]
        words.append(label[start:end])
        end = start
    return words[::-1]


def _host(url: str) -> str | None:
    if "//" not in url:
        url = "//" + url
    try:
        host = (urlparse(url.strip()).hostname or "").lower()
    except ValueError:  # "https://[::1/x", "[": a malformed address names no host
        return None
    return host or None


def outlet_from_url(url: str) -> str | None:
    """The outlet's name from its URL: a known outlet, else the domain split into title-cased words.

    "https://www.thewashingtonpost.com/..." -> "The Washington Post"; a domain that
    does not split into words is returned capitalised ("Example").
    """
    host = _host(url) if url else None
    if not host or "." not in host or re.fullmatch(r"[\d.]+", host):
        return None
    for known, name in _KNOWN_OUTLETS.items():
        if host == known or host.endswith("." + known):
            return name
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in _HOST_PREFIXES:
        labels = labels[1:]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        name_label = labels[-3]
    elif len(labels) >= 2:
        name_label = labels[-2]
    else:
        name_label = labels[0]
    parts = [p for p in re.split(r"[-_]", name_label) if p]
    words: list[str] = []
    for part in parts:
        if part.isalpha():
            words.extend(segment_words(part) or [part])
        else:
            words.append(part)
    if not words:
        return None
    # Short labels that are not words are initialisms ("bbc", "rte"); words are title-cased.
    if len(words) == 1 and len(words[0]) <= 4 and (_zipf() is None or _zipf()(words[0], "en") < 3.0):
        return words[0].upper()
    return " ".join(w.capitalize() for w in words)


# --- dates --------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date_in_text(text: str) -> str | None:
    """The first explicit calendar date in a short line, as an ISO date ("September 13, 2021").

    Only full dates with a year: a bare weekday or "yesterday" cannot be
    resolved without knowing when the page was saved, and a guess must not be
    presented as the publication date.
    """
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
            iso = _iso(int(groups["year"]), month, int(groups["day"]))
            if iso:
                found.append((match.start(), iso))
    return min(found)[1] if found else None


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)")
_URL_COMPACT_DATE = re.compile(r"[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[/_-]|$)")


def date_from_url(url: str) -> str | None:
    """The date many outlets put in article paths: /2021/09/13/ or -20210913-."""
    if not url:
        return None
    try:
        path = urlparse(url).path
    except ValueError:
        return None
    for pattern in (_URL_DATE, _URL_COMPACT_DATE):
        match = pattern.search(path)
        if match:
            iso = _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if iso:
                return iso
    return None


__all__ = [
    "AGENCIES",
    "agency_in_text",
    "canonical_agency",
    "date_from_url",
    "find_date_in_text",
    "outlet_from_url",
    "parse_byline",
    "segment_words",
]
