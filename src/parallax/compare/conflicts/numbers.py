"""Count and value conflicts: two numbers of one measure of one thing that cannot both be true, with
the guards that keep two measures, two things, parts, totals and updated tolls apart."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from parallax.analyze.entities import is_person_noun
from parallax.compare.conflicts.base import Conflict, different_owners, parallel, squeezed, stems
from parallax.compare.conflicts.dates import time_conflicts
from parallax.compare.frames import Frame
from parallax.compare.predicates import changes_amount, same_predicate
from parallax.compare.units import Unit, content_terms
from parallax.compare.values import compatible, head_noun, rounding_spread, same_measure, singular, unit_family
from parallax.model import Quantity

# Counts that news updates through the day: a different figure hours later is news, not a conflict.
DEVELOPING = frozenset({"death", "injury", "people", "missing", "arrest", "case"})


DEVELOPING_HOURS = 3.0


def _one_counted_act(x: Quantity, y: Quantity, fa: Frame, fb: Frame) -> bool:
    """Two counts of one act's object: the same predicate, polarity and modality, each count written in
    its frame's object ("About 3,000 residents were evacuated" / "moved some 8,000 people out"). The
    model reads numbers worded apart as compatible (it gave that pair contradiction 0.2), so there
    the frames decide."""
    if not same_predicate(fa, fb) or fa.negated != fb.negated or fa.modality != fb.modality:
        return False
    # compared without spaces and punctuation: the frame's words are tokens ("Seventy - two suspects")
    return squeezed(x.text) in squeezed(fa.patient_text) and squeezed(y.text) in squeezed(fb.patient_text)


def _people_of_one_act(a: Unit, x: Quantity, b: Unit, y: Quantity, fa: Frame, fb: Frame) -> bool:
    """"Police arrested 27 people" / "72 suspects were taken into custody": where both counts are the
    object of one act on one occasion, "people" counts the same persons as a noun of people by role,
    which no family of counted nouns joins (suspects, passengers, students). "Have arrested 45 people
    in all" against "twelve protesters were detained on Saturday" is a total and one night's arrests."""
    heads = [singular(head_noun(q.unit or "")) for q in (x, y)]
    if x.kind != "count" or y.kind != "count" or x.partial or y.partial or not all(heads):
        return False
    if fa.perfect != fb.perfect or _running_total(a) != _running_total(b):
        return False
    generic = [head in ("people", "person") for head in heads]
    role = [head in PERSON_NOUNS or is_person_noun(head) for head in heads]
    return ((generic[0] and role[1]) or (generic[1] and role[0])) and _one_counted_act(x, y, fa, fb)


def measured(quantity: Quantity, unit: Unit) -> Quantity:
    """A count read with the verb after it, or the verb whose object it is: "twelve workers were killed"
    and "capsized, killing 31 people" count deaths, not workers or people."""
    if quantity.kind != "count":
        return quantity
    local = max(0, quantity.start - unit.start), max(0, quantity.end - unit.start)
    after = unit.text[local[1] : local[1] + 30].lower()
    before = _KILLING_BEFORE.search(unit.text[max(0, local[0] - 30) : local[0]])
    if _NONE_OF_BEFORE.search(unit.text[max(0, local[0] - 20) : local[0]]) and "survived" in after.split(".")[0]:
        before = None  # "None of the 123 passengers survived": 123 died
        after = "died"
    for cue, noun in (("killed", "deaths"), ("died", "deaths"), ("dead", "deaths"), ("lost their lives", "deaths"),
                      ("injured", "injuries"), ("wounded", "injuries"), ("hurt", "injuries")):
        if cue in after.split(".")[0] or (before and before.group(1).lower().startswith(cue[:4])):
            # animals or things killed are still counted as what they are ("40,000 pigs are to be killed" /
            # "the slaughter of 14,000 pigs"); people killed are a toll, never a count of people at large
            kept = quantity.unit if quantity.unit and not _of_people(quantity.unit) else ""
            return Quantity(quantity.text, quantity.value, f"{noun} and {kept}" if kept else noun, "count",
                            quantity.qualifier, quantity.start, quantity.end, quantity.value_max, quantity.vague,
                            quantity.partial, quantity.field)
    doers = _PEOPLE_DOING.match(after) if (quantity.unit or "").lower() in ("people", "persons") else None
    if doers is not None:  # "12,000 people marched" counts marchers too (the verb's agent noun)
        verb = doers.group(1)
        return replace(quantity, unit=f"{quantity.unit} and {verb[:-2]}ers and {verb[:-1]}rs")
    return quantity


# "people marched", "people protested", "people voted": a past-tense verb right after a count of people.
_PEOPLE_DOING = re.compile(r"\s*(?:have |had )?([a-z]{3,}ed)\b")


# "killing 31 people", "injuring at least 20": the verb whose object the count is.
_KILLING_BEFORE = re.compile(r"\b(kill(?:ing|ed|s)?|injur(?:ing|ed|es)|wound(?:ing|ed|s)?)\s+"
                             r"(?:all |at least |more than |about |some |nearly |almost |up to )?$", re.I)


_NONE_OF_BEFORE = re.compile(r"\bnone of the\s+$", re.I)


# Verbs whose object the subject comes to own: with two different subjects, "Marsh won 60 percent" and
# "Dunne won 40 percent" give each their own figure. (Two sources putting one toll at two figures, "the
# ministry put the toll at 12" / "the army put it at 15", still conflict.) General English.
OWNING_VERBS = frozenset("win receive get take secure garner earn collect capture score poll obtain gain".split())


def number_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame, one_sentence: bool) -> list[Conflict]:
    """Two values of one measure that cannot both be true (qualifiers, ranges and units respected)."""
    if not (a.quantities or b.quantities) or numbers_apart(a, b, fa, fb):
        return []  # no number on either side (one side may have none: "a suspect" / "five suspects")
    found = []
    xs, ys = [measured(q, a) for q in _summed(a)], [measured(q, b) for q in _summed(b)]
    xs, ys = xs + _counts_of_one(a, ys), ys + _counts_of_one(b, xs)
    only_one_a_total = _running_total(a) != _running_total(b)  # "so far" on one side only
    for x in xs:
        for y in ys:
            if compatible(x, y) or not (same_measure(x, y) or _people_of_one_act(a, x, b, y, fa, fb)):
                continue
            # The two numbers head one item of two lists: that pairs them, whatever else either list holds.
            item = x.kind in ("money", "percent", "measure", "duration") and _same_item(a, x, b, y)
            if not item and (_matched(x, ys) or _matched(y, xs)):
                continue  # "earned $141 million, paid $44 million" / "earned $139 million": the 139 is the 141
            if not item and (_also_written(x, b) or _also_written(y, a)):
                continue  # "35.7 percent" / "35.72, ... a combined 45.8 percent": the 45.8 is another rate
            if x.kind == "measure" and aspects_differ(a, x, b, y):
                continue  # "at a depth of 10 km" / "40 km south of the capital": two measures of one quake
            if not one_thing_measured(a, x, b, y, fa, fb):
                continue  # "$61bn budget" / "$2.1bn deficit": one kind of number, two different things
            if x.kind == "count" and not (same_predicate(fa, fb) or one_sentence
                                          or (_developing(x) and _developing(y))):
                continue  # "found twelve bombs" / "five bombs were live": two counts of two things
            if not counts_comparable(x, y, fa, fb):
                continue
            if only_one_a_total and not (_developing(x) or _developing(y)):
                continue  # "14 rifles seized so far" / "six rifles were seized during the operation"
            kind = "count" if x.kind == "count" else "value"
            # a toll, or any running total ("has burned 3,000 acres" / "has burned 8,500 acres"), hours apart
            growing = (kind == "count" and _developing(x)) or (fa.perfect and fb.perfect)
            changed = growing and _hours_apart(a, b) >= DEVELOPING_HOURS
            # Two lists priced item by item: the model reads two long sentences that share most
            # items as compatible, so where the item itself is one, its price decides.
            decisive = (item and not one_sentence) or (kind == "count" and _one_counted_act(x, y, fa, fb))
            found.append(Conflict(kind, x.text, y.text, changed=changed, decisive=decisive))
    return found


# Nouns of people whose counts add up when joined ("two women and three men", "four adults and a child").
PERSON_NOUNS = frozenset("man men woman women child children boy boys girl girls adult adults person people "
                         "teenager teenagers baby babies".split())


def _of_people(unit: str) -> bool:
    """A counted noun of people, alone or in a list ("people", "passengers and crew", "miners")."""
    return any(word in PERSON_NOUNS or is_person_noun(singular(word)) for word in re.findall(r"[a-z]+", unit.lower()))


def _people(quantity: Quantity) -> bool:
    last = (quantity.unit or "").lower().split()[-1:]
    return quantity.kind == "count" and not quantity.partial and bool(last) and last[0] in PERSON_NOUNS


_JOINING = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _summed(unit: Unit) -> list[Quantity]:
    """The statement's quantities, with counts joined by "and" read as their sum: "two women and one man
    died" says three died, and neither the two nor the one is the outlet's whole count."""
    out: list[Quantity] = []
    for quantity in sorted(unit.quantities, key=lambda q: q.start):
        last = out[-1] if out else None
        if last is not None and _people(last) and _people(quantity) \
                and _JOINING.match(unit.text[last.end - unit.start : quantity.start - unit.start]):
            out[-1] = replace(last, text=unit.text[last.start - unit.start : quantity.end - unit.start],
                              value=last.value + quantity.value, end=quantity.end,
                              unit=f"{last.unit} and {quantity.unit}")
            continue
        out.append(quantity)
    return [_plus_one(q, unit) for q in out]


# "two women and one man": a single one the reading does not count ("one" is mostly a pronoun).
_AND_ONE = re.compile(r"^\s+and\s+(?:one|a|an)\s+([a-z]+)\b", re.I)


def _plus_one(quantity: Quantity, unit: Unit) -> Quantity:
    match = _AND_ONE.match(unit.text[quantity.end - unit.start :]) if _people(quantity) else None
    if match is None or match.group(1).lower() not in PERSON_NOUNS:
        return quantity
    end = quantity.end + match.end()
    return replace(quantity, text=unit.text[quantity.start - unit.start : end - unit.start],
                   value=quantity.value + 1, end=end, unit=f"{quantity.unit} and {match.group(1)}")


def numbers_apart(a: Unit, b: Unit, fa: Frame, fb: Frame) -> bool:
    """The frames say the two statements' numbers are of different things or times, whatever they are:
    no number of one can clash with a number of the other."""
    if different_owners(fa, fb):
        return True
    one_deal_two_sides = bool(fa.agent_names & fb.patient_names or fb.agent_names & fa.patient_names)
    if fa.agent_names and fb.agent_names and not stems(fa.agent_names) & stems(fb.agent_names) \
            and (not same_predicate(fa, fb) or fa.predicate in OWNING_VERBS) and not one_deal_two_sides:
        # "Garcia won 54%" / "Lindholm received 46%" (or "won 46%"): each number is its subject's own; but
        # "Osei joined United for 65m" / "United signed Osei for 56m" is one deal told from either side
        return True
    if changes_amount(fa) and changes_amount(fb) and _own_subjects(fa, fb):
        return True  # "its revenue rose 5 percent" / "its net profit fell 3 percent": two measures that moved
    return bool(time_conflicts(a, b, fa, fb))  # "rose to 3 percent last year" / "is 2 percent this month"


def one_thing_measured(a: Unit, x: Quantity, b: Unit, y: Quantity, fa: Frame | None = None,
                       fb: Frame | None = None) -> bool:
    """Two amounts (money, a share, a length) are of one thing: one sentence in two wordings, one item
    of two lists, the same words beside each number ("$61bn budget" / "$2.1bn deficit" are two), or
    each the object of one act ("has burned 3,100 hectares" / "5,600 hectares have been scorched")."""
    if x.kind not in ("money", "percent", "measure", "duration"):
        return True
    return parallel(a, b) or _same_item(a, x, b, y) or _same_context(a, x, b, y) or _objects_of_one_act(x, y, fa, fb)


def _objects_of_one_act(x: Quantity, y: Quantity, fa: Frame | None, fb: Frame | None) -> bool:
    """Each amount is the whole object of one act ("burned 3,100 hectares" / "About 5,600 hectares
    ... have been scorched"): the object's words begin with the number, so nothing else is measured."""
    if fa is None or fb is None or not same_predicate(fa, fb) or fa.negated != fb.negated:
        return False
    return _heads_object(x, fa) and _heads_object(y, fb)


def _heads_object(quantity: Quantity, frame: Frame) -> bool:
    return bool(frame.patient_text) and squeezed(frame.patient_text).startswith(squeezed(quantity.text))


def _own_subjects(fa: Frame, fb: Frame) -> bool:
    """Both frames have a common-noun subject, and no word of one is in the other."""
    return bool(fa.agent and fb.agent and not fa.agent_names and not fb.agent_names
                and not stems(fa.agent) & stems(fb.agent))


# Where a number's own list item ends: a comma or other break, a conjunction, or the next number.
_ITEM_END = re.compile(r"[,;:()]|\s(?:and|or|but|while|plus)\s|\d")


ITEM_WORDS = 8


def _item_words(unit: Unit, quantity: Quantity) -> frozenset[str]:
    """The content words of the phrase a number heads ("$5,687.75 on a week at the Oak Bay Retreat,")."""
    rest = unit.text[max(0, quantity.end - unit.start) :]
    boundary = _ITEM_END.search(rest)
    phrase = rest[: boundary.start()] if boundary else rest
    return content_terms(" ".join(phrase.split()[:ITEM_WORDS]))


def _same_item(a: Unit, x: Quantity, b: Unit, y: Quantity) -> bool:
    """The two numbers head one item of two lists: two content words or more in common, and most of
    the shorter item's ("$5,687.75 on the Oak Bay Retreat" / "a $5,587.75 stay at the Oak Bay Retreat")."""
    words_a, words_b = _item_words(a, x), _item_words(b, y)
    shared = words_a & words_b
    return len(shared) >= 2 and len(shared) >= 0.6 * min(len(words_a), len(words_b))


def _matched(quantity: Quantity, others: list[Quantity]) -> bool:
    """The other statement gives a compatible value of the same measure: this value is not in conflict."""
    return any(same_measure(quantity, other) and compatible(quantity, other) for other in others)


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _also_written(quantity: Quantity, unit: Unit) -> bool:
    """The other statement writes this value too (perhaps bare, without its unit): the values that
    seem to clash with it there measure something else. Counts and scores are left to the frames."""
    if quantity.kind == "score" or quantity.vague or not quantity.value:
        return False
    if quantity.kind == "count":
        return _written_as_part(quantity.value, unit.text)
    spread = rounding_spread(quantity.value)
    # a number the other statement gives with a unit of the same measure is the one compared with this
    # ("410 metres" / "410 feet"), not this value written bare
    measured_spans = [(q.start - unit.start, q.end - unit.start) for q in unit.quantities if same_measure(quantity, q)]
    for match in _NUMBER.finditer(unit.text):
        if any(start <= match.start() < end for start, end in measured_spans):
            continue
        value = float(match.group(0).replace(",", ""))
        if abs(value - quantity.value) <= spread * abs(quantity.value):
            return True
    return False


# A number named as a part of a whole just given: "2,000 jobs, including 600 in Germany", "12 dead,
# five of them children". General English.
_PART_BEFORE = re.compile(r"\b(?:including|among them|of which|of whom)\s+$", re.I)


_PART_AFTER = re.compile(r"^\s+(?:of them|of whom|of which)\b", re.I)


def _written_as_part(value: float, text: str) -> bool:
    """The statement gives this count as a part of a larger one: the count that seems to clash with
    it there is the whole, and the other outlet reports only the part."""
    for match in _NUMBER.finditer(text):
        if float(match.group(0).replace(",", "")) != value:
            continue
        if _PART_BEFORE.search(text[: match.start()]) or _PART_AFTER.match(text[match.end():]):
            return True
    return False


def _same_context(a: Unit, x: Quantity, b: Unit, y: Quantity, words: int = 2) -> bool:
    """The few words on either side of each number share a content word ("budget", "rate"): one thing measured.

    Only the nearest words count: a whole sentence on one story shares its subject
    ("the council ...") whatever its numbers measure.
    """
    def around(unit: Unit, q: Quantity) -> frozenset[str]:
        local_start, local_end = max(0, q.start - unit.start), max(0, q.end - unit.start)
        before = unit.text[:local_start].split()[-words:]
        after = unit.text[local_end:].split()[:words]
        return content_terms(" ".join(before + after))

    return bool(around(a, x) & around(b, y))


# What a length or height measures, read from the words beside it: a quake's depth and its
# distance from a town, a tower's height and its distance from the coast are not one value.
ASPECTS = {
    "depth": frozenset("depth deep below beneath underground underwater".split()),
    "distance": frozenset("from away off north south east west northeast northwest southeast southwest "
                          "north-east north-west south-east south-west outside offshore".split()),
    "height": frozenset("high tall height altitude above elevation".split()),
    "length": frozenset("long length".split()),
    "width": frozenset("wide width across".split()),
}


def _aspect(unit: Unit, quantity: Quantity, words: int = 3) -> frozenset[str]:
    local_start, local_end = max(0, quantity.start - unit.start), max(0, quantity.end - unit.start)
    around = unit.text[:local_start].lower().split()[-words:] + unit.text[local_end:].lower().split()[:words]
    around_words = {w.strip(".,;:()") for w in around}
    return frozenset(name for name, cues in ASPECTS.items() if cues & around_words)


def aspects_differ(a: Unit, x: Quantity, b: Unit, y: Quantity) -> bool:
    """Each number says what it measures, and not the same thing."""
    aspect_x, aspect_y = _aspect(a, x), _aspect(b, y)
    return bool(aspect_x and aspect_y and not aspect_x & aspect_y)


def _counts_of_one(unit: Unit, others: list[Quantity]) -> list[Quantity]:
    """"Arrested a suspect" against the other outlet's "arrested five suspects": the reading counts no
    single "a", so a count of one is read here, and only for a noun the other statement counts."""
    found = []
    for other in others:
        if other.kind != "count" or not other.unit or other.value <= 1 or other.partial:
            continue
        noun = singular(other.unit.split()[-1])
        match = re.search(rf"\b(?:a|an|one)\s+(?:[a-z-]+\s+)?{re.escape(noun)}\b", unit.text)
        if match and not any(q.kind == "count" and unit_family(q.unit) & unit_family(other.unit)
                             for q in unit.quantities):
            start, end = unit.start + match.start(), unit.start + match.end()
            found.append(Quantity(match.group(0), 1.0, other.unit, "count", None, start, end))
    return found


def counts_comparable(x: Quantity, y: Quantity, fa: Frame, fb: Frame) -> bool:
    """Counts of people that say nothing of what befell them ("twelve people were treated", "three
    people were in critical condition") count one group only under one verb, however alike the rest of
    the two sentences: under two verbs they are two groups."""
    people = unit_family("people")
    if (unit_family(x.unit) & unit_family(y.unit)) - people:
        return True  # both count marchers, whichever verb: "12,000 people marched" / "the number of marchers"
    bare = any(unit_family(q.unit) & {"people", "person"} for q in (x, y))
    return not (x.kind == "count" and bare and not same_predicate(fa, fb))


# Words that make a figure a running total over many occasions, not the figure of one.
# ("to date" is left out: "the largest such fine to date" is a superlative, not a total.)
_RUNNING_TOTAL = re.compile(r"\b(?:so far|thus far|in total|a total of|altogether|all told)\b", re.I)


def _running_total(unit: Unit) -> bool:
    """The statement gives its figures as a running total ("has seized a total of 14 rifles in five
    operations"): against one occasion's figure it measures something else. Tolls are left to the
    developing-figure rule, which compares them across editions."""
    return bool(_RUNNING_TOTAL.search(unit.text))


def _developing(quantity: Quantity) -> bool:
    return bool(unit_family(quantity.unit) & DEVELOPING) or quantity.unit in ("deaths", "injuries", "casualties")


def _hours_apart(a: Unit, b: Unit) -> float:
    try:
        first = datetime.fromisoformat((a.published or "").replace("Z", "+00:00"))
        second = datetime.fromisoformat((b.published or "").replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    if (first.tzinfo is None) != (second.tzinfo is None):
        return 0.0
    return abs((first - second).total_seconds()) / 3600
