"""Conflicts over the act a statement reports: whether it happened, which way it went, who did it to
whom, what it held, where and when. `find_conflicts` is the package's entry point: it runs these
checks and those of `numbers` (counts and values) and `dates` (when).

Each check reads one field of the two frames and fires only when the rest of
the frames says the statements are about one action: the same predicate (or
two of opposite direction), a shared agent or patient.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parallax.compare.conflicts.base import Conflict, different_owners, parallel, squeezed, stems
from parallax.compare.conflicts.dates import time_conflicts
from parallax.compare.conflicts.numbers import number_conflicts
from parallax.compare.frames import ATTEMPTING, Frame
from parallax.compare.namesakes import namesakes, surname
from parallax.compare.places import is_place, places_meet
from parallax.compare.predicates import opposite_predicates, same_predicate
from parallax.compare.units import Unit, content_terms
from parallax.compare.values import compatible, same_measure, unit_family


def find_conflicts(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """Every frame conflict between two statements of different outlets, most specific first."""
    found: list[Conflict] = []
    if different_owners(fa, fb) or squeezed(a.text) == squeezed(b.text):
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
            and not _says_both(fa, fb) and not time_conflicts(a, b, _on_itself(fa), _on_itself(fb)):
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
    found.extend(number_conflicts(a, b, fa, fb, one_sentence))
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
    return _one_object(fa, fb) and not time_conflicts(a, b, fa, fb)


def _one_object(fa: Frame, fb: Frame) -> bool:
    """Neither frame has an object, or one's object words hold the other's ("the deal" and "the trade
    deal"; not "the trade deal" and "the climate deal")."""
    if not fa.patient and not fb.patient:
        return True
    return bool(fa.patient and fb.patient) and (fa.patient <= fb.patient or fb.patient <= fa.patient)


def _side_clause_negation(a: Unit, b: Unit, fa: Frame, fb: Frame) -> list[Conflict]:
    """One outlet's main fact unsaid in a side clause of the other's sentence: "A judge granted bail to
    the businessman" / "The businessman will stay in custody after a judge refused to grant him bail".
    The two must share the predicate and an agent or a patient word, and not be dated apart ("resigned
    on Friday" / "who refused to step down last month" are both true)."""
    for x, y in [(fa, c) for c in fb.clauses] + [(c, fb) for c in fa.clauses]:
        if same_predicate(x, y) and x.negated != y.negated and (x.agent & y.agent or x.patient & y.patient) \
                and not _an_attempt(x, y) and not time_conflicts(a, b, x, y):
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
                and x.agent & y.agent and x.patient_lemmas & y.patient_lemmas and not time_conflicts(a, b, x, y):
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
             for c in time_conflicts(a, b, fa, fb)]
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
        if same_predicate(x, y) and (x.agent & y.agent or x.patient & y.patient) and not _numbered_apart(x, y):
            found = _setting_conflicts(a, b, x, y)
            if found:
                return found
    return []


def _numbered_apart(x: Frame, y: Frame) -> bool:
    """The two frames' agents (or patients) are told apart by their own numbers: "a magnitude 5.1
    earthquake struck" and "the 4.2-magnitude quake that hit" are two quakes, whatever their dates."""
    return any(_figures(p) and _figures(q) and not _figures(p) & _figures(q)
               for p, q in ((x.agent, y.agent), (x.patient, y.patient)))


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
    dates and places are compared too, dates never decisively: the model's judging them compatible
    overrules a date conflict. A verb coordinated with the main one shares its subject and counts as well
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
        if _crossed_subjects(x, y, fa, fb):
            continue
        found = _setting_conflicts(days_a, days_b, _on_itself(x), _on_itself(y))
        if found:
            # Dates are never decisive here ("agreed on Monday, was broken on Tuesday night"); two places
            # of the gazetteer apart stay decisive, as in one verb's frames: the model read "opened talks
            # in Copenhagen" / "sat down in Reykjavik" (0.28) and "marched through Valencia" / "took to
            # the streets of Seville" (0.33) as compatible, and on the 80 BASIL stories and ECB+ it
            # overruled no place conflict at all. A place it does not know ("Stornoway", against "the
            # Outer Hebrides" that hold it) is left to the model.
            return [replace(c, decisive=c.kind == "place" and c.decisive) for c in found]
    return []


def _crossed_subjects(x: Frame, y: Frame, fa: Frame, fb: Frame) -> bool:
    """Two subjects worded apart, each the subject of another clause of the other sentence: "Bus drivers
    walked out on Monday, and cleaners followed on Wednesday" / "Cleaners stopped work on Wednesday, two
    days after the bus drivers went on strike" tell both groups' acts, so the drivers' Monday is not
    the cleaners' Wednesday. (One subject worded apart alone may be one thing: "Farmers drove their
    tractors into Marseille" / "Tractors filled the streets of Toulouse as farmers protested".)"""
    if not x.agent_nouns or not y.agent_nouns or _one_kind(x.agent_nouns, y.agent_nouns):
        return False
    others_b = [f for f in (fb, *fb.clauses) if f is not y]
    others_a = [f for f in (fa, *fa.clauses) if f is not x]
    return any(_one_kind(x.agent_nouns, f.agent_nouns) for f in others_b) and any(
        _one_kind(y.agent_nouns, f.agent_nouns) for f in others_a)


def _one_kind(nouns_a: frozenset[str], nouns_b: frozenset[str]) -> bool:
    """Subject nouns of one kind: the same, or of one family ("protesters", "demonstrators")."""
    if not nouns_a or not nouns_b:
        return False
    return bool(frozenset().union(*map(unit_family, nouns_a)) & frozenset().union(*map(unit_family, nouns_b)))


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
    return bool(stems(_frame_words(fa)) & stems(_frame_words(fb)))


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
