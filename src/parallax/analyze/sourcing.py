"""Who a claim rests on: named sources versus unnamed or second-hand sourcing.

A fact-checker weighs "the Defence Ministry said" differently from "reports say" or
"sources familiar with the matter": the second kind cannot be checked. This module
finds both kinds of attribution marker with token patterns over the body (no parser),
so an outlet's reliance on hearsay can be counted per 1,000 words and compared.

Unnamed markers are matched first and win any overlap ("officials said" is unnamed
even though "said" also follows a capitalised word in "U.S. officials said"). Markers
inside quotation marks or the caller's quote spans belong to the speaker and are skipped.
"""

from __future__ import annotations

import re

from parallax.analyze.loaded import quoted_spans
from parallax.model import Attribution

# A capitalised word, a dotted abbreviation ("U.S.", "D.C.") or a title with its stop
# ("Gen.", "Rep."); never a word that ends a sentence ("Communism.") nor a line break.
_TITLE_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Gen|Rep|Sen|Gov|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|Pres)\."
_CAP = rf"(?:(?:[A-Z]\.){{2,}}|{_TITLE_ABBREV}|[A-Z]\.(?=[ \t]+[A-Z])|[A-Z][A-Za-z'’&-]*)"
_SP = r"[ \t\u00a0]+"

# Verbs that attribute a statement to its source (present, past and -ing forms).
SAY = (
    r"(?:said|says|say|saying|told|tells|added|adds|stated|states|announced|announces|insisted|insists|"
    r"claimed|claims|explained|explains|noted|notes|warned|warns|wrote|writes|tweeted|tweets|argued|argues|"
    r"confirmed|confirms|denied|denies|acknowledged|acknowledges|admitted|admits|reported|reports|"
    r"declared|declares|stressed|stresses|asserted|asserts|maintained|maintains|alleged|alleges|"
    r"revealed|reveals|disclosed|discloses|posted|replied|responded|countered|conceded|concedes)"
)
# Words that head a group of unnamed people: "officials said", "two diplomats told".
UNNAMED_GROUP = (
    r"(?i:officials?|sources?|diplomats?|aides?|insiders?|analysts?|observers?|experts?|critics?|"
    r"people|persons?|individuals?|witnesses|staffers|investigators|officers|authorities|"
    r"commentators|pundits)"
)
# Modifiers allowed between a determiner and such a group: ranks, numbers, or a capitalised
# affiliation ("U.S.", "Western", "Pentagon") that still names no one.
GROUP_MODIFIER = (
    r"(?:(?:(?i:a|an|the|one|two|three|four|five|several|some|many|other|multiple|numerous|few|"
    r"senior|top|high-ranking|low-level|junior|local|government|administration|military|intelligence|"
    r"security|police|defen[cs]e|party|campaign|company|industry|western|foreign|former|current|"
    r"anonymous|unnamed|unidentified|independent|knowledgeable|well-placed|informed|law\s+enforcement)|"
    rf"{_CAP})\s+){{0,4}}"
)

# "familiar with the matter", "close to the talks": how anonymous sources are placed.
FAMILIAR = (
    r"\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|aware\s+of)\b"
    r"(?:\s+the\s+(?:matter|talks|situation|plans?|discussions|negotiations|deal|investigation|decision))?"
)

_UNNAMED_PATTERNS: tuple[str, ...] = (
    # hedging adverbs: the outlet passes a claim on without owning it
    r"\b(?:reportedly|allegedly|purportedly|reputedly|supposedly|rumou?red)\b",
    r"\b(?:is|are|was|were|has been|have been)\s+(?:widely\s+)?(?:rumou?red|said|understood|believed|thought|"
    r"reported|alleged|claimed)\s+to\b",
    r"\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+)?(?:understood|believed|thought|reported|claimed|"
    r"alleged|rumou?red|suggested|said)\b",
    # media and reports as the source; "local media reports." is the verb, but "misleading
    # media reports" is a noun, so a bare "reports"/"claims" must end its clause
    r"\b(?:according\s+to\s+)?(?-i:[a-z-]+\s+){0,2}(?:media|press|news\s+agencies|newspapers|outlets|tabloids)"
    r"\s+(?:(?:reports?|claims)(?=\s*(?:[.,;:!?]|that\b|$))|reported|reporting|said|says|say|claimed|cited)\b",
    r"\baccording\s+to\s+(?:(?:unconfirmed|local|media|press|news|some|several|multiple|various|recent|"
    r"earlier|initial|early)\s+){0,3}(?:reports|media|the\s+press|accounts|rumou?rs|(?:an?|one)\s+report)\b",
    r"\b(?:unconfirmed\s+|local\s+|media\s+|press\s+|news\s+|some\s+|several\s+|other\s+)?reports\s+"
    r"(?:say|said|suggest|suggested|claim|claimed|indicate|indicated|state|stated|have\s+said|emerged)\b",
    r"\brumou?rs\s+(?:say|said|suggest|suggested|are|have|had|that|of)\b",
    r"\bword\s+(?:is|has\s+it)\b",
    # anonymous people
    r"\b(?:a|an|one|two|three|several|some)?\s*(?:person|people|persons|individuals?|sources?|officials?|"
    r"someone|insiders?)" + FAMILIAR,
    r"\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b",
    r"\b(?:declined|asked|requested|refused)\s+not\s+to\s+be\s+(?:named|identified)\b",
    r"\b(?:declined|refused)\s+to\s+be\s+(?:named|identified)\b",
    r"\bspeaking\s+anonymously\b",
    r"\baccording\s+to\s+" + GROUP_MODIFIER + UNNAMED_GROUP + r"\b(?:" + FAMILIAR + ")?",
    # "officials said", "an insider told": plural-noun look-alikes ("individual claims") excluded
    r"\b" + GROUP_MODIFIER + UNNAMED_GROUP + r"\s+(?i:have\s+|had\s+|also\s+)?"
    + r"(?!(?:claims|reports|notes|states)\b)" + SAY + r"\b(?!\s+by\b)",
    r"\b(?:some|many|critics|observers|experts|analysts)\s+(?:say|said|believe|believed|argue|argued|fear|"
    r"feared|suggest|suggested|warn|warned)\b",
)
# Case matters only where a capitalised affiliation may precede a group ("U.S. officials").
UNNAMED_RE = re.compile("|".join(f"(?:{p})" if GROUP_MODIFIER in p else f"(?i:{p})" for p in _UNNAMED_PATTERNS))

# A named source: capitalised words, optionally "the" + organisation, optionally a title noun
# after them ("the Polish president", "the Russian Defense Ministry", "Anna Meyer").
TITLE_NOUN = (
    r"(?:president|prime\s+minister|minister|ministry|government|office|spokesman|spokeswoman|spokesperson|"
    r"department|agency|army|military|police|embassy|leader|chief|secretary|service|committee|council|"
    r"company|firm|group|party|campaign|administration|court|statement|report|newspaper|daily|agency|"
    r"foreign\s+ministry|defen[cs]e\s+ministry|interior\s+ministry)"
)
_LINK = rf"(?:{_SP}(?:of|and|for|&)(?:{_SP}the)?)?{_SP}"  # "Department of Homeland Security"
NAME = rf"(?:(?:[Tt]he{_SP})?(?:{_CAP}{_LINK}){{0,5}}{_CAP}(?:{_SP}{TITLE_NOUN})?)"
# Between a name and its verb: a short time phrase or an auxiliary ("on Sunday", "has", "also").
BRIDGE = (
    r"(?:[ \t\u00a0]+(?:also|later|previously|earlier|then|again|publicly|repeatedly|separately|has|had|have|"
    r"on\s+\w+|last\s+\w+|this\s+\w+|late\s+on\s+\w+|in\s+a\s+statement|in\s+an?\s+interview))*"
)
# "told reporters", "told AFP": the audience belongs to the marker.
AUDIENCE = (
    rf"(?:{_SP}(?:local{_SP}|foreign{_SP}|state{_SP})?(?:reporters|journalists|the{_SP}press|{_CAP}(?:{_SP}{_CAP}){{0,2}}))?"
)
# "letters to Congress saying": a participle after a name attributes nothing to it.
NAMED_BEFORE_RE = re.compile(
    rf"(?P<name>{NAME}){BRIDGE}{_SP}(?P<verb>(?:told{AUDIENCE})|(?!saying\b){SAY})\b(?!{_SP}by\b)"
)
# Inverted order ("…," said John Smith); never "told X", where X is the audience.
NAMED_AFTER_RE = re.compile(rf"(?:[,”\"]\s*)(?P<verb>(?!told\b){SAY}){_SP}(?P<name>{NAME})")
# "the BBC understands", "The Sun can reveal", "we have learned": the outlet's own unnamed sources.
OUTLET_LEARNED_RE = re.compile(
    rf"\b(?:(?:[Tt]he{_SP})?(?!(?:He|She|It|They|This|That|Who)\b)(?:{_CAP}{_SP}){{1,3}}|[Ww]e{_SP})"
    rf"(?:understands|has{_SP}learned|has{_SP}learnt|have{_SP}learned|have{_SP}learnt|can{_SP}reveal|"
    rf"has{_SP}been{_SP}told|have{_SP}been{_SP}told)\b"
)
ACCORDING_RE = re.compile(rf"\b(?P<verb>[Aa]ccording\s+to)\s+(?P<name>{NAME})")

# Capitalised words that open sentences or name times, never sources.
NOT_A_NAME = frozenset(
    """a an and as at but by for from he her his however i if in it its meanwhile moreover my nor of on or our
    she so still that the their then there these they this those though thus to we when while yet you also
    after before earlier later yesterday today tonight monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    others many some both all several few most each another one prosecutors critics officials experts analysts
    observers sources investigators police authorities democrats republicans lawmakers aides witnesses
    residents supporters opponents protesters people doctors lawyers scientists researchers students parents
    voters teachers members leaders troops soldiers rescuers firefighters medics economists historians""".split()
)


def _strip_leading_non_names(name: str) -> tuple[str, int]:
    """Drop sentence openers and time words before the name; return it and how much was cut."""
    cut = 0
    while True:
        m = re.match(r"(\S+)\s+", name[cut:])
        if m is None or m.group(1).lower() not in NOT_A_NAME or m.group(1).lower() == "the":
            return name[cut:], cut
        cut += m.end()


def _clean_name(name: str, start: int) -> tuple[str, int] | None:
    """The source's surface text and where it starts, or None when nothing name-like is left."""
    stripped, cut = _strip_leading_non_names(name)
    core = re.sub(r"^[Tt]he\s+", "", stripped)
    if not core or not core[0].isupper() or core.split()[0].lower() in NOT_A_NAME:
        return None
    return stripped, start + cut


def _inside(span: tuple[int, int], mask: bytearray) -> bool:
    return any(mask[span[0] : span[1]])


def find_attributions(text: str, quote_spans: list[tuple[int, int]] | None = None) -> list[Attribution]:
    """Named and unnamed attribution markers of `text`, in text order, never overlapping.

    Unnamed: "reports say", "local media reports", "reportedly", "sources familiar with the
    matter", "officials said". Named: "the Kremlin said", "Macron told reporters",
    "according to the Defense Ministry", with `source` the name as printed.
    """
    mask = bytearray(len(text))
    for start, end in list(quote_spans or []) + quoted_spans(text):
        start, end = max(0, start), min(len(text), end)
        mask[start:end] = b"\x01" * max(0, end - start)

    found: list[Attribution] = []
    taken = bytearray(len(text))

    def claim(start: int, end: int) -> bool:
        if end <= start or _inside((start, end), mask) or _inside((start, end), taken):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    unnamed_matches = sorted([*UNNAMED_RE.finditer(text), *OUTLET_LEARNED_RE.finditer(text)], key=lambda m: m.start())
    for m in unnamed_matches:
        start, end = m.start(), m.end()
        start += len(m.group()) - len(m.group().lstrip())
        opener = re.match(r"(?:But|And|Yet|So|However,?|Still,?)\s+", text[start:end])
        if opener:  # "But officials said": the conjunction is not part of the marker
            start += opener.end()
        if text[start : start + 1].isupper() and re.search(r"[A-Z][\w.’'-]*[ \t]+$", text[max(0, start - 40) : start]):
            continue  # the tail of a name ("Associated Press reported"), a named source
        if claim(start, end):
            found.append(Attribution(text=text[start:end], kind="unnamed", start=start, end=end))

    for pattern in (ACCORDING_RE, NAMED_BEFORE_RE, NAMED_AFTER_RE):
        for m in pattern.finditer(text):
            cleaned = _clean_name(m.group("name"), m.start("name"))
            if cleaned is None:
                continue
            source, name_start = cleaned
            possessive = re.search(r"['’]s?$", source)
            if possessive and pattern is not ACCORDING_RE:
                continue  # "Gorsuch's stated aim": the name owns a noun, it says nothing
            if possessive:
                source = source[: possessive.start()]  # "according to Taylor's account" -> Taylor
            if re.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)\s+$", text[max(0, name_start - 10) : name_start]):
                continue  # "a Democrat said": a person the outlet does not name
            name_end = name_start + len(source)
            if pattern is NAMED_AFTER_RE:
                start, end = m.start("verb"), name_end
            else:
                start, end = min(name_start, m.start("verb")), max(name_end, m.end("verb"))
            if _inside((name_start, name_end), mask):
                continue
            if claim(start, end):
                found.append(Attribution(text=text[start:end], kind="named", start=start, end=end, source=source))
    return sorted(found, key=lambda a: a.start)


__all__ = ["find_attributions"]
