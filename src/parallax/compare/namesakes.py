"""Two people of one surname: is it one person named two ways, or two different people?

Outlets name one person differently ("Richard J. Durbin", "Dick Durbin", "Sen.
Durbin"), so a shared surname is usually the same person. But one fact given to
"Loretta Sanchez" by one outlet and to "Linda T. Sanchez" by another names two
different people (two sisters in Congress): one of the outlets has the wrong
person. The given names tell them apart, once the ways one given name is written
(initials, short forms, the common English hypocorisms below) are allowed for.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from parallax.analyze.entities import title_words

# Common English short forms of given names, each with its full form: a general resource (the
# usual nickname tables of record linkage), not names of any story. A short form that several
# full names share (Chris, Alex, Pat) is caught by the prefix rule in `same_given_name` instead.
_SHORT_FORMS = {
    "abe": "abraham", "al": "albert", "andy": "andrew", "bart": "bartholomew", "ben": "benjamin",
    "bernie": "bernard", "bert": "albert", "beth": "elizabeth", "betsy": "elizabeth", "betty": "elizabeth",
    "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert", "cathy": "catherine",
    "charlie": "charles", "chuck": "charles", "dan": "daniel", "danny": "daniel", "dave": "david",
    "deb": "deborah", "debbie": "deborah", "dick": "richard", "don": "donald", "ed": "edward",
    "eddie": "edward", "fred": "frederick", "gene": "eugene", "greg": "gregory", "hank": "henry",
    "harry": "henry", "jack": "john", "jake": "jacob", "jeff": "jeffrey", "jerry": "gerald",
    "jim": "james", "jimmy": "james", "joe": "joseph", "joey": "joseph", "johnny": "john",
    "jon": "jonathan", "kate": "katherine", "kathy": "katherine", "ken": "kenneth", "larry": "lawrence",
    "liz": "elizabeth", "maggie": "margaret", "matt": "matthew", "meg": "margaret", "mike": "michael",
    "mitch": "mitchell", "ned": "edward", "nick": "nicholas", "pat": "patrick",
    "peggy": "margaret", "pete": "peter", "phil": "philip", "ray": "raymond", "rick": "richard",
    "rob": "robert", "ron": "ronald", "sam": "samuel", "sandy": "sandra", "steve": "stephen",
    "sue": "susan", "ted": "edward", "terry": "terence", "tim": "timothy", "tom": "thomas",
    "tony": "anthony", "trish": "patricia", "vince": "vincent", "walt": "walter", "will": "william",
}
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Two spellings this close (difflib's ratio) are one name misspelt: "Vicente"/"Vincente" 0.93,
# "Katherine"/"Catherine" 0.89; "Linda"/"Loretta" 0.33, "Malia"/"Sasha" 0.4, "Grace"/"Margaret" 0.46.
MISSPELLING_RATIO = 0.8


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w.strip(",'").rstrip(".") for w in folded.replace("-", " ").split()]
    return [w for w in words if w and w not in _SUFFIXES]


def surname(name: str) -> str:
    words = _words(name)
    return words[-1] if words else ""


def given_name(name: str) -> str | None:
    """The first word of a name of two words or more ("Linda T. Sanchez" -> "linda"), past any title the
    reading left on it ("Rep.", "Councillor"); None for a surname alone."""
    words = _words(name)
    while len(words) > 2 and words[0] in title_words():
        words = words[1:]
    return words[0] if len(words) >= 2 else None


def _initials(word: str) -> bool:
    """"J.", "J.D." or "JD": initials, not a given name."""
    return "." in word or len(word) <= 2


def same_given_name(a: str, b: str) -> bool:
    """One given name written two ways: equal, an initial of the other, one beginning as the other
    does ("Chris"/"Christopher", "Zack"/"Zachary"), one misspelt, or a short form of one full name
    ("Dick"/"Richard", "Bill"/"Will")."""
    if a == b or (a[0] == b[0] and (_initials(a) or _initials(b))):
        return True
    if a[:3] == b[:3]:
        return True  # a prefix of the other, or a short form spelt its own way ("Zack"/"Zachary", "Nate"/"Nathan")
    if SequenceMatcher(None, a, b).ratio() >= MISSPELLING_RATIO:
        return True  # one name misspelt ("Vincente"/"Vicente")
    return _SHORT_FORMS.get(a, a) == _SHORT_FORMS.get(b, b)


def written_in_full(people: frozenset[str], text: str) -> frozenset[str]:
    """The people whose given name the statement itself writes: a bare "Clinton" the reading linked
    to one of a story's Clintons is that reading's guess, not the outlet's words."""
    words = set(_words(text))
    return frozenset(p for p in people if given_name(p) in words)


def namesakes(people_a: frozenset[str], people_b: frozenset[str], text_a: str, text_b: str) -> tuple[str, str] | None:
    """A person the first statement names in full and a different person of the same surname the
    second names in full, neither statement writing both given names ("Malia and Sasha Obama") nor
    naming two people of that surname: (name in a, name in b), or None."""
    words_a, words_b = set(_words(text_a)), set(_words(text_b))
    common: set[str] | None = None  # the lower-case words of both, read when a pair first needs them
    for x in sorted(written_in_full(people_a, text_a)):
        for y in sorted(written_in_full(people_b, text_b)):
            gx, gy = given_name(x), given_name(y)
            if gx is None or gy is None or surname(x) != surname(y) or same_given_name(gx, gy):
                continue
            # a "given name" either statement also writes in lower case is a common word the reading took
            # for a name ("Warship Sukanya, currently deployed ..." / "the warship's crew")
            if common is None:
                common = set(re.findall(r"(?<![\w.'’])[a-z][a-z-]+", f"{text_a} {text_b}"))
            if gx in common or gy in common:
                continue
            if set(_words(x)) <= set(_words(y)) or set(_words(y)) <= set(_words(x)):
                continue  # one outlet leaves out a first given name ("Manuel Lopez Obrador")
            if _family(people_a, x) or _family(people_b, y):
                continue  # "Mary Cheney, sister of Liz Cheney": the surname names a family, not one person
            if gy not in words_a and gx not in words_b:
                return x, y
    return None


def _family(people: frozenset[str], name: str) -> bool:
    """The statement names another person of this surname too."""
    return sum(surname(p) == surname(name) for p in people) > 1


__all__ = ["given_name", "namesakes", "same_given_name", "surname", "written_in_full"]
