"""Where two outlets' frames of one fact disagree, by kind, with the words on each side.

Each check reads one field of the two frames and fires only when the rest of
the frames says the statements are about one action: the same predicate (or
two of opposite direction), a shared agent or patient. A conflict found here is
a candidate: the verdict step asks the sentence-pair model whether the two
wordings can both be true before it calls them `differs`.

Kinds: negation, direction, roles, contents, count, value, time, place, speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from parallax.compare.frames import ATTEMPTING, Frame
from parallax.compare.namesakes import namesakes, surname
from parallax.compare.places import is_place, places_meet
from parallax.compare.predicates import changes_amount, opposite_predicates, same_predicate
from parallax.compare.units import Unit, content_terms, period_span
from parallax.compare.values import compatible, rounding_spread, same_measure, singular, unit_family
from parallax.model import Quantity

KINDS = ("speaker", "negation", "direction", "roles", "contents", "count", "value", "time", "place")
# Counts that news updates through the day: a different figure hours later is news, not a conflict.
DEVELOPING = frozenset({"death", "injury", "people", "missing", "arrest", "case"})
DEVELOPING_HOURS = 3.0


@dataclass(frozen=True)
class Conflict:
    kind: str
    a_words: str  # the words of the first statement that carry it
    b_words: str
    changed: bool = False  # a developing figure updated between publications: a note, not a conflict
    # The sentence-pair model is blind to it (one party acting in one outlet and acted on in the
    # other: McCoy et al. 2019), so its judging the pair compatible is no evidence against it.
    decisive: bool = False


def find_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """Every frame conflict between two statements of different outlets, most specific first."""
    found: list[Conflict] = []
    if different_owners(fa, fb) or _squeezed(a.text) == _squeezed(b.text):
        # "Northway's profit rose" / "Eastfield's profit fell": two companies, two facts; and one sentence
        # printed by two outlets (a wire story, a quote) cannot contradict itself
        return found
    one_sentence = parallel(a, b)
    one_action = same_predicate(fa, fb) and (_shared_argument(fa, fb) or one_sentence)
    opposed = bool(fa.stance and fb.stance and fa.stance != fb.stance and fa.patient & fb.patient)
    # "did not vote for" is "voted against"
    if one_action and fa.negated != fb.negated and not opposed and not _an_attempt(fa, fb):
        found.append(Conflict("negation", _polarity_words(fa), _polarity_words(fb),
                              decisive=_one_named_act(a, b, fa, fb)))
    else:
        found.extend(_side_clause_negation(a, b, fa, fb))
    # "Inflation rose last year" / "fell this month": opposite moves on two occasions are both true (the
    # occasions read on each move's own phrases: "sales slumped in May, the federation said on Thursday")
    if opposite_predicates(fa, fb) and fa.negated == fb.negated and not (fa.pace or fb.pace) \
            and not _converse(a, b, fa, fb) and _shared_argument(fa, fb, loose=True) \
            and not _says_both(fa, fb) and not _time_conflicts(a, b, _on_itself(fa), _on_itself(fb)):
        # one actor doing opposite things to one object ("the operator closed the line" / "reopened the
        # line"): the model's compatibility, read on the rest of two long sentences, is no evidence against it
        same_parties = bool(fa.agent & fb.agent and fa.patient & fb.patient)
        # one subject moved by one amount in opposite directions ("Home sales slumped 9 percent" / "Sales
        # of homes climbed 9 percent"): the amount makes it one move, whatever the model reads
        same_move = bool(fa.agent & fb.agent) and any(
            same_measure(x, y) and compatible(x, y) for x in a.quantities for y in b.quantities)
        found.append(Conflict("direction", fa.predicate_text, fb.predicate_text, decisive=same_parties or same_move))
    else:
        found.extend(_side_clause_direction(a, b, fa, fb))
    if opposed and one_action and fa.negated == fb.negated:
        found.append(Conflict("direction", f"{fa.predicate_text} {fa.stance}", f"{fb.predicate_text} {fb.stance}"))
    if same_predicate(fa, fb) and fa.negated == fb.negated and _opposite_nouns(fa.patient, fb.patient):
        found.append(Conflict("direction", fa.patient_text, fb.patient_text))  # "a profit" / "a loss"
    if same_predicate(fa, fb):
        found.extend(_passive_role_conflicts(a, b, fa, fb))
        found.extend(_role_conflicts(fa, fb, one_sentence=one_sentence, named=_both_named(a, b, fa, fb)))
        if fa.items and fb.items and not _overlap(fa.items, fb.items):
            found.append(Conflict("contents", ", ".join(fa.items), ", ".join(fb.items)))
    found.extend(_namesake_conflicts(a, b))
    found.extend(_number_conflicts(a, b, fa, fb, one_sentence))
    if one_action or (same_predicate(fa, fb) and _shared_argument(fa, fb, loose=True)):
        found.extend(_setting_conflicts(a, b, fa, fb))
    else:
        found.extend(_two_verb_setting_conflicts(a, b, fa, fb))
    if not any(c.kind in ("time", "place") for c in found):
        found.extend(_clause_conflicts(a, b, fa, fb))
    return found


def _one_act(fa: Frame, fb: Frame) -> bool:
    """One act on one object: the same predicate, polarity and modality, a shared object word, and no
    two different names for the actor."""
    if not same_predicate(fa, fb) or fa.negated != fb.negated or fa.modality != fb.modality:
        return False
    names_apart = fa.agent_names and fb.agent_names and not fa.agent_names & fb.agent_names
    return bool(fa.patient) and _one_object(fa, fb) and not names_apart


def _one_named_act(a: Unit, b: Unit, fa: Frame, fb: Frame) -> bool:
    """One named actor's one act, stated as done by one outlet and as not done by the other, with the
    same modality, the same object (or none) and no date apart ("Marta Lind stepped down on Monday" /
    "Marta Lind has refused to resign"). The model's compatibility, read on two sentences worded
    apart, is no evidence against it: it gave that pair mutual entailment 0.50 and contradiction 0.44."""
    if not (fa.agent_names & fb.agent_names) or fa.modality != fb.modality:
        return False
    return _one_object(fa, fb) and not _time_conflicts(a, b, fa, fb)


def _one_object(fa: Frame, fb: Frame) -> bool:
    """Neither frame has an object, or one's object words hold the other's ("the deal" and "the trade
    deal"; not "the trade deal" and "the climate deal")."""
    if not fa.patient and not fb.patient:
        return True
    return bool(fa.patient and fb.patient) and (fa.patient <= fb.patient or fb.patient <= fa.patient)


def different_owners(fa: Frame, fb: Frame) -> bool:
    """Both subjects belong to a named owner, and neither name holds the other ("Northway" is
    "Northway Bank"; "Northway Bank" is not "Eastfield Bank")."""
    if not (fa.owner and fb.owner):
        return False
    words_a, words_b = set(fa.owner.split()), set(fb.owner.split())
    return not (words_a <= words_b or words_b <= words_a)


def _side_clause_negation(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """One outlet's main fact unsaid in a side clause of the other's sentence: "A judge granted bail to
    the businessman" / "The businessman will stay in custody after a judge refused to grant him bail".
    The two must share the predicate and an agent or a patient word, and not be dated apart ("resigned
    on Friday" / "who refused to step down last month" are both true)."""
    for x, y in [(fa, c) for c in fb.clauses] + [(c, fb) for c in fa.clauses]:
        if same_predicate(x, y) and x.negated != y.negated and (x.agent & y.agent or x.patient & y.patient) \
                and not _an_attempt(x, y) and not _time_conflicts(a, b, x, y):
            return [Conflict("negation", _polarity_words(x), _polarity_words(y))]
    return []


def _says_both(fa: Frame, fb: Frame) -> bool:
    """One statement tells both moves: "fell 2,000 feet while climbing to a hut" does not contradict
    "was climbing to a hut"."""
    return any(same_predicate(c, fb) for c in fa.clauses) or any(same_predicate(c, fa) for c in fb.clauses)


def _an_attempt(fa: Frame, fb: Frame) -> bool:
    """One of the two only tries the act ("trying to determine the cause" / "has not been determined")."""
    return (fa.modality in ATTEMPTING) != (fb.modality in ATTEMPTING)


def _side_clause_direction(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """One outlet's main move reversed in a side clause of the other's sentence, by the same actor on
    the same object (one head noun: "rates" and "rate", not "fees" and "the number of spaces"): "The
    central bank lowered interest rates" / "Borrowing costs went up when the central bank raised its
    main rate"."""
    for x, y in [(fa, c) for c in fb.clauses] + [(c, fb) for c in fa.clauses]:
        if opposite_predicates(x, y) and x.negated == y.negated and not (x.pace or y.pace) \
                and x.agent & y.agent and x.patient_lemmas & y.patient_lemmas and not _time_conflicts(a, b, x, y):
            # the same parties, as for two main moves: decisive whatever the model reads on the rest
            return [Conflict("direction", x.predicate_text, y.predicate_text, decisive=True)]
    return []


def _converse(a: Unit, b: Unit, fa: Frame, fb: Frame) -> bool:
    """Opposite verbs with the parties turned round tell one fact ("Berg defeated Cole" / "Cole lost to
    Berg"). Where the parser missed the second party ("lost to grandmaster Berg" read as a clause), the
    first outlet's agent named anywhere in the other sentence, and not as its subject, stands in."""
    if (fa.agent & fb.patient and fa.patient & fb.agent and not fa.agent & fb.agent) \
            or (fa.agent_heads & fb.patient_heads and fa.patient_heads & fb.agent_heads
                and not fa.agent_heads & fb.agent_heads):
        return True
    return _half_converse(fa, fb, b) or _half_converse(fb, fa, a)


def _half_converse(x: Frame, y: Frame, y_unit: Unit) -> bool:
    return bool(x.patient_heads & y.agent_heads and not y.patient and not x.agent_heads & y.agent_heads
                and x.agent_heads & _words(y_unit))


def _words(unit: Unit) -> set[str]:
    """Every word of the statement, lower-cased: where a frame's name may stand outside its arguments."""
    return set(re.findall(r"\w+", unit.text.lower()))


def _setting_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """When and where, each read from the frame's own clause: "the returns, released Friday, show
    they paid taxes through 2014" dates the paying to 2014, not to Friday."""
    # One act done to one object ("found the bank manager guilty on Wednesday" / "convicted the bank
    # manager on Friday"): the model reads two days in sentences worded apart as compatible, as it
    # does two places, so there the frames decide.
    found = [replace(c, decisive=_one_act(fa, fb) and not (_names_a_year(a, c.a_words) or _names_a_year(b, c.b_words)))
             for c in _time_conflicts(a, b, fa, fb)]
    places_a, places_b = _located(a.places, fa), _located(b.places, fb)
    if places_a and places_b and not places_meet(places_a, places_b) \
            and not (_writes_any(b.text, places_a) or _writes_any(a.text, places_b)):
        # Two places of the gazetteer that neither hold nor lie in each other: the sentence-pair model
        # reads "in Norwalk" and "in Norfolk" in otherwise different sentences as compatible, as it
        # does swapped names, so where the frames place one action in both, they decide.
        known = all(is_place(p) for p in places_a | places_b)
        found.append(Conflict("place", ", ".join(sorted(places_a)), ", ".join(sorted(places_b)), decisive=known))
    return found


_YEAR_BEFORE_NOUN = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+((?:1[89]|20)\d\d)\s+[A-Za-z]", re.I)


def _names_a_year(unit: Unit, words: str) -> bool:
    """A year of the conflict is a noun's ("struck down the 1996 Defense of Marriage Act", "the 2012
    election"): it dates the noun, perhaps not the act."""
    years = set(re.findall(r"\b(?:1[89]|20)\d\d\b", words))
    return bool(years & set(_YEAR_BEFORE_NOUN.findall(unit.text)))


def _writes_any(text: str, places: frozenset[str]) -> bool:
    """The statement names one of these places too, wherever it puts it ("in a cell in Palermo's
    Pagliarelli prison" against "in Pagliarelli prison"): it does not disagree on that place."""
    return any(re.search(rf"\b{re.escape(place)}\b", text) for place in places)


def _clause_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """When or where one action happened, where one outlet tells it in a side clause ("blamed him for
    the story published Friday") and the other in its main clause or a side clause of its own
    ("the tabloid published a story earlier this week"). The two clauses must share the predicate and
    a named or common argument word, not merely have none."""
    for x, y in [(fa, c) for c in fb.clauses] + [(c, fb) for c in fa.clauses] + [
            (c, d) for c in fa.clauses for d in fb.clauses]:
        if same_predicate(x, y) and (x.agent & y.agent or x.patient & y.patient):
            found = _setting_conflicts(a, b, x, y)
            if found:
                return found
    return []


# Two statements sharing this share of their content words (apart from a number or a "not") are
# one sentence in two outlets' words, whatever verb or subject each chose ("Rescue teams pulled
# nine miners alive from the collapsed shaft" / "Rescuers brought six miners out alive from the
# collapsed shaft"). Set by hand at 0.4 while fixing the held-out cases' misses (which made them
# development data), not tuned; checked afterwards on basil-dev and the 80 BASIL stories, where
# it raised no false `differs` after the guards in _number_conflicts.
PARALLEL_OVERLAP = 0.4


def parallel(a: Unit, b: Unit) -> bool:
    """The two statements say one thing in nearly the same words (content-word overlap)."""
    return len(a.terms & b.terms) / (len(a.terms | b.terms) or 1) >= PARALLEL_OVERLAP


def _located(places: frozenset[str], frame: Frame) -> frozenset[str]:
    """The places where the frame's own action happens: a place inside another clause or a quote
    ("victims of an attack in Orlando") is not where the outlet says the fact took place."""
    return frozenset(p for p in places if set(p.lower().split()) <= frame.places)


def _shared_argument(fa: Frame, fb: Frame, loose: bool = False) -> bool:
    """The frames share an agent or a patient word (loose: any argument word at all, or neither has one)."""
    if fa.agent & fb.agent or fa.patient & fb.patient:
        return True
    if loose:
        words_a, words_b = fa.agent | fa.patient, fb.agent | fb.patient
        return bool(words_a & words_b) or not words_a or not words_b
    return not (fa.agent or fa.patient) or not (fb.agent or fb.patient)


def _two_verb_setting_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """Two outlets rarely choose one verb: "part of the bridge collapsed on Monday" / "a section of the
    bridge fell into the river on Wednesday". Aligned as one fact and sharing an argument word, their
    dates and places are compared too, but never decisively: the model's judging them compatible
    overrules this. A verb coordinated with the main one shares its subject and counts as well
    ("Naval forces boarded and seized a tanker on Sunday").

    Only dates written on each predicate itself count ("as he did in September" or "what the
    administration has said over the last week" date other actions), and only single days
    ("presented the budget on Wednesday" / "expects a deficit next year" give an occasion and the
    period a figure is for, not two dates of one event)."""
    pairs = [(x, y) for x in _with_coordinated(fa) for y in _with_coordinated(fb)
             if _argument_word_shared(x, y) and not opposite_predicates(x, y)]
    if not pairs:
        return []  # the common case: no copy of either statement is made
    days_a, days_b = _days_only(a), _days_only(b)
    for x, y in pairs:
        found = _setting_conflicts(days_a, days_b, _on_itself(x), _on_itself(y))
        if found:
            return [replace(c, decisive=False) for c in found]
    return []


def _with_coordinated(frame: Frame) -> list[Frame]:
    """The frame and the frames of verbs coordinated with it (a side clause that shares its subject)."""
    return [frame, *(c for c in frame.clauses if frame.agent and c.agent == frame.agent)]


def _days_only(unit: Unit) -> Unit:
    """The statement with only its dates of a single day (ISO YYYY-MM-DD)."""
    return replace(unit, dates=tuple(d for d in unit.dates if len(d) == 10))


def _on_itself(frame: Frame) -> Frame:
    """The frame with only its predicate's own phrases as its words: dates are read from these alone
    (a frame's empty text would mean "words unknown, keep every date", so none is "-")."""
    return replace(frame, text=frame.adjuncts or "-")


def _argument_word_shared(fa: Frame, fb: Frame) -> bool:
    """A content word of one frame's arguments or own phrases is one of the other's ("The museum opened
    its doors" / "Visitors streamed into the museum")."""
    return bool(_stems(_frame_words(fa)) & _stems(_frame_words(fb)))


def _frame_words(frame: Frame) -> frozenset[str]:
    return frame.agent | frame.patient | (content_terms(frame.adjuncts) if frame.adjuncts else frozenset())


def _polarity_words(frame: Frame) -> str:
    return frame.polarity_text or ("not " if frame.negated else "") + frame.predicate_text


def _both_named(a: Unit, b: Unit, fa: Frame, fb: Frame) -> bool:
    """Each agent names a person or an organisation the reading found, not a description made of a
    place and a party ("The South Carolina Republican" is Gowdy, not someone else)."""
    return (_names_actor(a, fa.agent_names) or _state_actor(fa)) and (_names_actor(b, fb.agent_names)
                                                                       or _state_actor(fb))


def _state_actor(frame: Frame) -> bool:
    """A country or city that is the whole subject ("Poland expelled two diplomats"): its government
    acting, not the setting of someone else's act."""
    name = re.sub(r"^the\s+", "", frame.agent_text, flags=re.I)
    return bool(name) and is_place(name)


def _names_actor(unit: Unit, words: frozenset[str]) -> bool:
    actors = unit.people | (unit.entities - unit.setting)
    return bool(words & {w.lower() for name in actors for w in name.split()})


def _role_conflicts(fa: Frame, fb: Frame, one_sentence: bool = False, named: bool = True) -> list[Conflict]:
    """Who did what to whom: the agent of one is the patient of the other, or two different named actors.

    A swap is decisive (the model's compatibility no evidence against it) only between two wordings
    of one sentence: "The President thanked Sanders" and "Sanders thanked Obama" may be two facts.
    """
    swapped = fa.agent & fb.patient and fa.patient & fb.agent
    # The named party one outlet says acted on is the one the other says acted ("Riverside FC sued
    # its striker Tomas Brandl" / "former Riverside FC striker Tomas Brandl sued the club"): read on
    # the arguments' head names, since a description may name the other party too.
    turned = (fa.patient_heads & fb.agent_heads and not fa.agent_heads & fb.agent_heads and fa.agent_heads) or (
        fb.patient_heads & fa.agent_heads and not fa.agent_heads & fb.agent_heads and fb.agent_heads)
    if (swapped and not fa.agent & fb.agent) or turned:
        return [Conflict("roles", f"{fa.agent_text} -> {fa.patient_text}", f"{fb.agent_text} -> {fb.patient_text}",
                         decisive=one_sentence)]
    different_actor = named and fa.agent_names and fb.agent_names and not fa.agent_names & fb.agent_names \
        and not (fa.additive or fb.additive)  # "Britain also imposed sanctions": a second party, not another account
    # "Marsh won 60 percent" / "Dunne won 40 percent": each actor with a figure of their own is two facts.
    own_figures = _figures(fa.patient) and _figures(fb.patient) and not _figures(fa.patient) & _figures(fb.patient)
    if different_actor and fa.patient & fb.patient and not fa.agent_names & fb.patient_names and not own_figures:
        return [Conflict("roles", fa.agent_text, fb.agent_text)]
    return []


# Nouns of opposite outcome: "reported a profit" / "reported a loss". General English.
NOUN_OPPOSITES = {"profit": "loss", "loss": "profit", "surplus": "deficit", "deficit": "surplus",
                  "victory": "defeat", "defeat": "victory", "win": "loss", "increase": "decrease",
                  "decrease": "increase", "rise": "fall", "fall": "rise", "gain": "loss"}


def _opposite_nouns(a: frozenset[str], b: frozenset[str]) -> bool:
    """One side's object is the opposite of the other's, and neither names both ("a profit, after last
    year's loss" names both)."""
    return any(NOUN_OPPOSITES.get(x) in b and NOUN_OPPOSITES.get(x) not in a and x not in b for x in a)


def _passive_role_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """Two different people given one post or one outcome, without an agent or by the same one: "Maria
    Solberg was elected party chair" / "Jonas Aune was elected party chair", "Norbank named Julia Hart
    as its chief executive" / "... named Sara Lind as its chief executive". Both must name a person, and
    share the rest of what was done to them (the post), or two appointments would conflict."""
    if ((fa.agent or fb.agent) and not fa.agent & fb.agent) or not fa.patient_heads or not fb.patient_heads:
        return []  # no agent, or one ("Norbank named Julia Hart" / "Norbank named Sara Lind")
    if fa.patient_heads & fb.patient_heads or not (_names_person(a, fa.patient_heads)
                                                   and _names_person(b, fb.patient_heads)):
        return []
    rest_a, rest_b = (fa.patient - fa.patient_names) | fa.post, (fb.patient - fb.patient_names) | fb.post
    exchanged = _exchanged(a, b, fa, fb)  # the model reads exchanged people as compatible, as it does swaps
    if not rest_a & rest_b and not exchanged:
        return []
    return [Conflict("roles", fa.patient_text, fb.patient_text, decisive=exchanged)]


def _exchanged(a: Unit, b: Unit, fa: Frame, fb: Frame) -> bool:
    """One sentence in two wordings, each naming the other's person where it names its own: "Vidal was
    arrested for assaulting Moss" / "Moss was arrested for assaulting Vidal"."""
    return parallel(a, b) and fa.patient_heads <= _words(b) and fb.patient_heads <= _words(a)


def _names_person(unit: Unit, words: frozenset[str]) -> bool:
    return bool(words & {w.lower() for name in unit.people for w in name.split()})


def _figures(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w[:1].isdigit())


def _namesake_conflicts(a: Unit, b: Unit) -> list[Conflict]:
    """One outlet gives the fact to one person, the other to another person of the same surname
    ("Rep. Loretta Sanchez won ..., defeating Barbara Lee" / "Rep. Linda T. Sanchez defeated ...
    Barbara Lee"), while both name another party of it in common: the two statements tell one
    event and disagree on who. Decisive: the model reads two given names of one surname as a
    detail of wording, as it reads swapped roles."""
    pair = namesakes(a.people, b.people, a.text, b.text)
    if pair is None:
        return []
    clash = surname(pair[0])
    places = (a.setting - a.people) | (b.setting - b.people)  # a state or a city in common says little
    if not {name for name in a.entities & b.entities if surname(name) != clash} - places:
        return []
    return [Conflict("roles", pair[0], pair[1], decisive=True)]


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    words_a = {w for item in a for w in item.split()}
    words_b = {w for item in b for w in item.split()}
    return bool(words_a & words_b)


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
            return Quantity(quantity.text, quantity.value, noun, "count", quantity.qualifier, quantity.start,
                            quantity.end, quantity.value_max, quantity.vague, quantity.partial, quantity.field)
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


def _number_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame, one_sentence: bool) -> list[Conflict]:
    """Two values of one measure that cannot both be true (qualifiers, ranges and units respected)."""
    if not (a.quantities or b.quantities) or numbers_apart(a, b, fa, fb):
        return []  # no number on either side (one side may have none: "a suspect" / "five suspects")
    found = []
    xs, ys = [measured(q, a) for q in _summed(a)], [measured(q, b) for q in _summed(b)]
    xs, ys = xs + _counts_of_one(a, ys), ys + _counts_of_one(b, xs)
    only_one_a_total = _running_total(a) != _running_total(b)  # "so far" on one side only
    for x in xs:
        for y in ys:
            if not same_measure(x, y) or compatible(x, y):
                continue
            # The two numbers head one item of two lists: that pairs them, whatever else either list holds.
            item = x.kind in ("money", "percent", "measure", "duration") and _same_item(a, x, b, y)
            if not item and (_matched(x, ys) or _matched(y, xs)):
                continue  # "earned $141 million, paid $44 million" / "earned $139 million": the 139 is the 141
            if not item and (_also_written(x, b) or _also_written(y, a)):
                continue  # "35.7 percent" / "35.72, ... a combined 45.8 percent": the 45.8 is another rate
            if x.kind == "measure" and aspects_differ(a, x, b, y):
                continue  # "at a depth of 10 km" / "40 km south of the capital": two measures of one quake
            if not one_thing_measured(a, x, b, y):
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
            found.append(Conflict(kind, x.text, y.text, changed=changed, decisive=item and not one_sentence))
    return found


# Nouns of people whose counts add up when joined ("two women and three men", "four adults and a child").
PERSON_NOUNS = frozenset("man men woman women child children boy boys girl girls adult adults person people "
                         "teenager teenagers baby babies".split())


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
    if fa.agent_names and fb.agent_names and not _stems(fa.agent_names) & _stems(fb.agent_names) \
            and (not same_predicate(fa, fb) or fa.predicate in OWNING_VERBS) and not one_deal_two_sides:
        # "Garcia won 54%" / "Lindholm received 46%" (or "won 46%"): each number is its subject's own; but
        # "Osei joined United for 65m" / "United signed Osei for 56m" is one deal told from either side
        return True
    if changes_amount(fa) and changes_amount(fb) and _own_subjects(fa, fb):
        return True  # "its revenue rose 5 percent" / "its net profit fell 3 percent": two measures that moved
    return bool(_time_conflicts(a, b, fa, fb))  # "rose to 3 percent last year" / "is 2 percent this month"


def one_thing_measured(a: Unit, x: Quantity, b: Unit, y: Quantity) -> bool:
    """Two amounts (money, a share, a length) are of one thing: one sentence in two wordings, one item
    of two lists, or the same words beside each number ("$61bn budget" / "$2.1bn deficit" are two)."""
    if x.kind not in ("money", "percent", "measure", "duration"):
        return True
    return parallel(a, b) or _same_item(a, x, b, y) or _same_context(a, x, b, y)


def _own_subjects(fa: Frame, fb: Frame) -> bool:
    """Both frames have a common-noun subject, and no word of one is in the other."""
    return bool(fa.agent and fb.agent and not fa.agent_names and not fb.agent_names
                and not _stems(fa.agent) & _stems(fb.agent))


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


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Names cut as content terms are ("Coastguards" and "Coastguard" are one subject)."""
    return frozenset(word[:6] for word in words)


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


def _time_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """Both statements date the fact, and no date of one can be a date of the other.

    A date written without its year ("on Thursday", "in September") is compared only
    when both articles were published on the same day: resolved against two different
    days it may name two different meetings, or one month of two different years.
    """
    values_a, values_b = comparable_dates(a, b)
    values_a, values_b = _in_clause(a, values_a, fa), _in_clause(b, values_b, fb)
    # A date both give is their shared setting ("announced on Monday that the vote will be held
    # on 14 June" / "on 21 June, ... announced on Monday"): the other dates are compared.
    shared = set(values_a) & set(values_b)
    values_a, values_b = [v for v in values_a if v not in shared], [v for v in values_b if v not in shared]
    if not _periods_apart(values_a, values_b):
        return []
    if _same_words_other_year(a, b, values_a, values_b):
        return []
    return [Conflict("time", ", ".join(a.date_words.get(v, v) for v in values_a),
                     ", ".join(b.date_words.get(v, v) for v in values_b))]


def _in_clause(unit: Unit, values: list[str], frame: Frame) -> list[str]:
    """The dates written inside the frame's own clause. A date whose words are not known (a unit made
    without them) stays; a bare year's words are the year itself."""
    if not frame.text:
        return values
    clause = _squeezed(frame.text)
    kept = []
    for value in values:
        words = unit.date_words.get(value, value if value.isdigit() else None)
        if words is None or _squeezed(words) in clause:
            kept.append(value)
    return kept


def _squeezed(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _same_words_other_year(a: Unit, b: Unit, values_a: list[str], values_b: list[str]) -> bool:
    """Both wrote a month or day without its year ("in September") and only the year we inferred
    differs; or both wrote the same words for a day ("on Wednesday") and only the week we inferred from
    the tense differs ("Clinics will open on Wednesday" / "Clinics open their doors on Wednesday")."""
    implicit_a = [v[4:] for v in values_a if v in a.implicit_dates]
    implicit_b = [v[4:] for v in values_b if v in b.implicit_dates]
    if set(implicit_a) & set(implicit_b):
        return True
    words_a = {_day_words(a.date_words[v]) for v in values_a if v in a.implicit_dates and v in a.date_words}
    words_b = {_day_words(b.date_words[v]) for v in values_b if v in b.implicit_dates and v in b.date_words}
    return bool(words_a & words_b)


_DATE_PREPOSITION = re.compile(r"^(?:on|from|by|until|till|since|before|after|the)\s+", re.I)


def _day_words(words: str) -> str:
    """A date's own words without the preposition before it: "on Wednesday" and "from Wednesday" name
    one day ("last Wednesday" and "next Wednesday" keep the words that tell them apart)."""
    return _squeezed(_DATE_PREPOSITION.sub("", words.strip()))


def dates_apart(a: Unit, b: Unit) -> bool:
    """Both statements give dates, and no period of one overlaps a period of the other ("on Tuesday"
    lies inside "this week")."""
    return _periods_apart(*comparable_dates(a, b))


def _periods_apart(values_a: list[str], values_b: list[str]) -> bool:
    """Both sides give periods, and none of one overlaps one of the other."""
    spans_a = [s for s in (period_span(v) for v in values_a) if s]
    spans_b = [s for s in (period_span(v) for v in values_b) if s]
    return bool(spans_a and spans_b) and not any(x[0] <= y[1] and y[0] <= x[1] for x in spans_a for y in spans_b)


def comparable_dates(a: Unit, b: Unit) -> tuple[list[str], list[str]]:
    """Each statement's dates that can be compared with the other's (see `_time_conflicts`)."""
    same_day = bool(a.published) and (a.published or "")[:10] == (b.published or "")[:10]
    return ([v for v in a.dates if same_day or v not in a.implicit_dates],
            [v for v in b.dates if same_day or v not in b.implicit_dates])


__all__ = ["KINDS", "PARALLEL_OVERLAP", "Conflict", "comparable_dates", "dates_apart", "find_conflicts", "measured",
           "numbers_apart", "one_thing_measured", "parallel"]
