"""Claim frames: who did what to whom, how sure, when, where, how many, from the parse of a statement.

Two outlets' wordings of one fact can be compared field by field only once
each is read as a frame: the predicate with its polarity ("did not approve")
and modality ("will", "may", "reportedly"), the agent and the patient, the
items of a list it names, its places, resolved dates and quantities. Reporting
verbs are looked through ("X will buy Y, the company said" is a frame of
"buy"), and so are verbs that only carry an intention or a refusal ("is not
going to ask", "refused to step down").

Frames are read here, in the comparison, for the statements that alignment
makes candidates (a few dozen per story), with spaCy's parser and lemmatizer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from parallax.compare.parse import parse, parsed, parser
from parallax.compare.predicates import DIRECTION_GROUPS, PHRASAL_VERBS
from parallax.compare.units import Unit

# Verbs that report a statement rather than state the fact: the frame is their complement's.
REPORTING = frozenset(
    "say tell announce report state add claim confirm insist note explain write show suggest reveal "
    "acknowledge admit argue assert declare disclose indicate maintain mention stress warn believe "
    "think know find allege testify tweet post hear learn feel".split()
)
# Belief verbs whose "not" belongs to what is believed ("I don't think it will pass" says it will not).
NEG_RAISING = frozenset("think believe feel expect suppose reckon imagine".split())
# What a court finds someone: "found the officer guilty" is "convicted the officer".
VERDICT_WORDS = frozenset({"guilty", "innocent"})
# Verbs that carry an intention, a plan or a chance: the fact is the verb they govern.
INTENDING = frozenset(
    "go plan want intend try seek decide agree hope expect aim prepare threaten promise vow pledge "
    "continue begin start move appear seem likely set vote opt choose attempt".split()
)
# Of those, the verbs of an attempt: "trying to determine the cause" says nothing of whether it was
# determined, so it never contradicts "the cause has not been determined".
ATTEMPTING = frozenset("try seek attempt".split())
# Verbs that deny the thing they take as object: "ruled out a rise" is "did not confirm a rise",
# "denied the report" is "did not confirm the report". (With a clause they are DENYING below.)
DENYING_OBJECT = frozenset({"rule out", "deny"})
# Reporting verbs that deny what they report: "denied that the outbreak had spread" states that
# it had not ("confirmed that it had spread" states that it had).
DENYING = frozenset("deny dispute refute".split())
# Verbs that deny the verb they govern: "refused to step down" is "did not step down".
NEGATING = frozenset("refuse fail decline reject deny avoid stop cease".split())
# Verbs that make someone do an act, which then happened: "forced the crew to land" (they landed).
COMPELLING = frozenset("force compel oblige".split())
MODALS = frozenset("will would may might could should can must shall".split())
HEDGES = frozenset("reportedly allegedly possibly probably apparently purportedly".split())
# Prepositions whose object is a party the action is done to ("a lawsuit against B", "a deal with B").
PATIENT_PREPOSITIONS = frozenset({"against", "with", "to", "from", "over"})
# "marched into Lyon", "found on a farm outside Odense" ("on Friday" names no place: places are matched
# against the gazetteer's names, so a weekday among these words is harmless)
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "off", "into", "on", "through", "across"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Nouns for a part of a place, which stand for the place as a verb's object or subject.
PLACE_PARTS = frozenset({"streets", "centre", "center", "heart", "outskirts", "suburbs"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})


@dataclass(frozen=True)
class Frame:
    """One statement read as a frame. Word sets are lower-cased lemmas of content words."""

    predicate: str
    negated: bool
    modality: str | None
    agent: frozenset[str]
    patient: frozenset[str]
    agent_names: frozenset[str]  # proper-noun words of the agent ("quantix")
    patient_names: frozenset[str]
    items: tuple[str, ...]  # the conjoined objects of a list ("tents", "blankets", "water filters")
    places: frozenset[str]  # words of the predicate's own locative phrases
    agent_text: str = ""
    patient_text: str = ""
    predicate_text: str = ""
    # The name the argument is, not the names that describe it: "Tomas Brandl" in "former Riverside
    # FC striker Tomas Brandl" (the head noun and its own compound words).
    agent_heads: frozenset[str] = frozenset()
    patient_heads: frozenset[str] = frozenset()
    patient_lemmas: frozenset[str] = frozenset()  # the lemma of each object's head noun ("rate" of "interest rates")
    agent_nouns: frozenset[str] = frozenset()  # the lemma of each subject's head, where a common noun ("driver")
    # The predicate tells a change of pace, not a direction: "prices rose less quickly" is "price
    # growth eased", so "rose" there opposes no "eased" or "slowed".
    pace: bool = False
    # The words of the frame's own clause: for the main frame the sentence without its side clauses,
    # for a side clause its subtree. Dates, places and overlap are read from these words.
    text: str = ""
    # The side the predicate takes on its patient: "voted against the bill" / "voted for the bill".
    stance: str | None = None
    # Frames of the side clauses ("the story published Friday", "who was arrested in Lyon"): a fact
    # one outlet states in its main clause may be a side clause of the other's sentence.
    clauses: tuple[Frame, ...] = ()
    # "Britain also imposed sanctions": another party doing what someone else did, not a rival account of who.
    additive: bool = False
    # "The fire has burned 3,000 acres": a running total so far, which a later report may raise.
    perfect: bool = False
    # The post the patient is given: "named Julia Hart as its chief executive" -> chief, executive.
    post: frozenset[str] = frozenset()
    # Whose thing the subject is, by name: "Northway Bank said its profit rose" -> "northway bank".
    owner: str = ""
    # The words that say whether it happened, as evidence: "not buy", "denied ... was in talks".
    polarity_text: str = ""
    # The phrases hung on the predicate itself, no verb inside ("on Monday night", "into the river"):
    # where its own date and place are written, apart from any clause's.
    adjuncts: str = ""


def _lemma(token: Token) -> str:
    """The token's lemma, lower-cased, from spaCy's rule lemmatizer asked for this token alone: frames
    read the lemmas of a few words a sentence (predicates and argument words), and lemmatizing every
    token took 2.2 s of a 200-article comparison's 14 s of frame parsing."""
    if token.lemma:  # the attribute ruler's own lemmas come first ("is" -> "be"), as in the pipeline
        return token.lemma_.lower()
    forms = parser().get_pipe("lemmatizer").lemmatize(token)
    return (forms[0] if forms else token.lower_).lower()


def read_frames(units: list[Unit]) -> dict[int, Frame]:
    """A frame for each unit (by unit index), parsed in one batch (`parse.py`)."""
    parse(u.text for u in units)
    return {u.index: frame_of(next(iter(parsed(u.text).sents)) if u.text else None) for u in units}


def frame_of(sentence: Span | None) -> Frame:
    """The frame of a parsed sentence (its first sentence when the parser splits it)."""
    if sentence is None:
        return Frame("", False, None, frozenset(), frozenset(), frozenset(), frozenset(), (), frozenset())
    participle = _verb_read_as_participle(sentence.root)
    if participle is not None:
        return replace(_clause_frame(participle), text=sentence.text)
    root = sentence.root
    predicate, negated, modality = _main_predicate(
        _verb_read_as_relative(root) or _main_clause_read_as_complement(root) or root)
    heads = _clause_heads(sentence, predicate)
    side = {t.i for head in heads for t in head.subtree}
    core = " ".join(t.text for t in sentence if t.i not in side)
    clauses = tuple(_clause_frame(head) for head in heads)
    return _frame(predicate, negated, modality, core, clauses)


def _verb_read_as_participle(root: Token) -> Token | None:
    """A sentence the parser hung on a noun, its verb read as a participle on it ("The painting sold for
    $4m at auction": "the painting [that was] sold"): the participle is the sentence's predicate."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)


def _main_clause_read_as_complement(root: Token) -> Token | None:
    """"Visitors streamed in on Sunday, eight years after construction began": the parser may make the
    subordinate clause ("after construction began") the root and hang the main clause on it as its
    complement. A root with a subordinating word of its own is no main clause: the complement before
    it is."""
    if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)


SUBORDINATORS = frozenset("after before when while because since although though if until unless once".split())


def _verb_read_as_relative(root: Token) -> Token | None:
    """"The witness Sara Quinn interviewed the detective": the parser may read "the witness [whom] Sara
    Quinn interviewed" and hang the verb on the noun as a relative clause. A relative clause that has
    its own subject and object and no relative pronoun leaves no gap for the noun: it is the sentence."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in root.children:
        if clause.dep_ != "relcl" or clause.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        deps = {c.dep_ for c in clause.children}
        if {"nsubj", "dobj"} <= deps and not any(t.lower_ in RELATIVE_PRONOUNS for t in clause.subtree):
            return clause
    return None


def _frame(predicate: Token, negated: bool, modality: str | None, text: str, clauses: tuple[Frame, ...] = (),
           inherited: tuple[list[Token], list[Token]] = ([], []), patient: Token | None = None) -> Frame:
    """A frame from its predicate. A side clause's arguments may be `inherited` from the noun it hangs
    on or the verb it is coordinated with: their words are the noun's own, not its whole subtree (which
    holds the clause itself)."""
    agent_tokens, patient_tokens = _arguments(predicate)
    agent_tokens = [t for t in agent_tokens if t.lower_ not in RELATIVE_PRONOUNS]
    patient_tokens = [t for t in patient_tokens if t.lower_ not in RELATIVE_PRONOUNS]
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in predicate.children):
        inherited = ([], [])  # the clause names its own subject
    agents = [list(t.subtree) for t in agent_tokens] + [_own_words(t) for t in inherited[0]]
    patients = [list(t.subtree) for t in patient_tokens] + [_own_words(t) for t in inherited[1]]
    if patient is not None:  # the object a relative clause leaves out is the noun it hangs on
        patients.append(_own_words(patient))
        inherited = (inherited[0], [*inherited[1], patient])
    heads = (agent_tokens + inherited[0], patient_tokens + inherited[1])
    lemma = _predicate_lemma(predicate)
    predicate_words = predicate.text
    if lemma in DENYING_OBJECT and any(c.dep_ == "dobj" for c in predicate.children):
        lemma, negated = "confirm", not negated
    elif lemma in ("admit", "acknowledge") and any(c.dep_ == "dobj" for c in predicate.children):
        lemma = "confirm"  # "admitted wrongdoing" against "denied wrongdoing"
    verdict_noun = _verdict_object(predicate)
    if verdict_noun is not None:  # "returned a guilty verdict against X" is "convicted X"
        acquitted = verdict_noun[0].lower_ == "innocent" or _negated(verdict_noun[0])
        lemma = "acquit" if acquitted else "convict"
        predicate_words = f"{predicate.text} … {verdict_noun[1].text}"
    elif lemma == "find":  # "was found guilty of" is "was convicted of"; "found not guilty", "innocent": acquitted
        verdict = next((c for c in predicate.children if c.dep_ in ("oprd", "acomp", "attr", "xcomp", "ccomp")
                        and c.lower_ in VERDICT_WORDS), None)
        if verdict is not None:
            acquitted = verdict.lower_ == "innocent" or _negated(verdict)
            lemma = "acquit" if acquitted else "convict"
            predicate_words = f"{predicate.text} {'not ' if _negated(verdict) else ''}{verdict.text}"
    move = _share_moved(predicate)
    if move is not None and not any(lemma in verbs for verbs in DIRECTION_GROUPS.values()):
        lemma = SHARE_MOVES[move.lower_]
        predicate_words = " ".join([predicate.text, *(t.text for t in _own_words(move))])  # "shipped 6 percent less"
    return Frame(
        predicate=lemma,
        negated=negated,
        modality=modality,
        agent=_content(agents),
        patient=_content(patients),
        agent_names=_names(agents),
        patient_names=_names(patients),
        items=_items(predicate),
        places=_locative_words(predicate),
        agent_text=_phrase_text(agents[0]) if agents else "",
        patient_text=_patient_text(predicate, lemma, patients),
        predicate_text=predicate_words,
        agent_heads=_head_names(heads[0]),
        patient_heads=_head_names(heads[1]),
        patient_lemmas=frozenset(_lemma(t) for t in heads[1]),
        agent_nouns=frozenset(_lemma(t) for t in heads[0] if t.pos_ == "NOUN"),
        pace=_pace(predicate),
        stance=next((found for c in predicate.children if (found := _stance_of(c))), None),
        text=text,
        clauses=clauses,
        additive=_additive(predicate),
        owner=_owner(predicate),
        polarity_text=_polarity_text(predicate, negated),
        adjuncts=_adjuncts(predicate),
        perfect=any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve") for c in predicate.children),
        post=_content([list(g.subtree) for c in predicate.children if c.dep_ == "prep" and c.lower_ == "as"
                       for g in c.children if g.dep_ == "pobj"]),
    )


# Verbs above the predicate that say whether it happened: "denied that", "confirmed that", "refused to".
POLARITY_VERBS = DENYING | NEGATING | frozenset({"confirm", "admit", "acknowledge"})


def _adjuncts(predicate: Token) -> str:
    """The predicate's own adverbial phrases, without any that holds a verb of its own."""
    phrases = [list(c.subtree) for c in predicate.children if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")]
    return " ".join(t.text for phrase in phrases if not any(t.pos_ in ("VERB", "AUX") for t in phrase)
                    for t in phrase)


def _patient_text(predicate: Token, lemma: str, patients: list[list[Token]]) -> str:
    """The patient's words as evidence: for a light verb read through its noun ("filed a lawsuit against
    Velorra" is "sued Velorra") the party the noun is against, not the noun."""
    if not patients:
        return ""
    if lemma == "sue" and _to_court(predicate):  # "took the tenants to court": the tenants, not the court
        parties = [p for p in patients if not any(t.lower_ == "court" for t in p)]
        if parties:
            return _phrase_text(parties[0])
    if lemma != _lemma(predicate) and len(patients) > 1:
        nouns = {c.i for c in predicate.children if c.dep_ == "dobj"}
        parties = [p for p in patients if not any(t.i in nouns for t in p)]  # not the noun's own phrase
        if parties:
            return _phrase_text(parties[0])
    return _phrase_text(patients[0])


def _phrase_text(tokens: list[Token]) -> str:
    """An argument's words as evidence, up to the first comma or gap: a clause the parser hung on the
    name ("Balder Power ..., the two firms announced") is not the argument."""
    kept = tokens[:1]
    for token in tokens[1:]:
        if token.i != kept[-1].i + 1 or token.text == ",":
            break
        kept.append(token)
    return " ".join(t.text for t in kept)


def _polarity_text(predicate: Token, negated: bool) -> str:
    """The evidence of the frame's polarity a reader needs: the verb that set it, if one did, and the
    predicate (a copula with the words that follow it: "was in talks", not "was")."""
    particle = _particle(predicate)
    words = [predicate.text] if particle is None or particle.i != predicate.i + 1 else [predicate.text, particle.text]
    if _lemma(predicate) == "be":
        following = [t for t in predicate.doc[predicate.i + 1 : predicate.right_edge.i + 1][:3] if not t.is_punct]
        while following and following[-1].pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ"):
            following.pop()  # "was in talks to" ends at "talks"
        words += [t.text for t in following]
    cue = next((a for a in predicate.ancestors if _lemma(a) in POLARITY_VERBS), None)
    if cue is not None:
        return f"{cue.text} \u2026 {' '.join(words)}"
    return ("not " if negated else "") + " ".join(words)


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _owner(predicate: Token) -> str:
    """The name that owns the predicate's subject: "Northway's profit rose" -> "northway"; in "Northway
    Bank said its profit rose" the pronoun is the reporting subject's. Two outlets' "its profit rose" and
    "its profit fell" are two facts when the owners are two companies, one fact when they are one."""
    head = predicate.head if predicate.dep_ in ("attr", "acomp") else predicate
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    possessor = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
    if possessor is None:
        return ""
    if possessor.pos_ == "PROPN":
        return _proper_name(possessor)
    if possessor.lower_ not in POSSESSIVE_PRONOUNS:
        return ""
    for ancestor in head.ancestors:  # the pronoun's antecedent: the subject of the verb reporting the clause
        named = next((c for c in ancestor.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if named is not None:
            return _proper_name(named)
    return ""


def _proper_name(token: Token) -> str:
    """A name's proper-noun words ("Northway Bank" from "Northway Bank's"), lower-cased."""
    return " ".join(t.lower_ for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i)


def _additive(predicate: Token) -> bool:
    """"Britain also / too / as well imposed sanctions": a second party doing it, not another account.

    Only adverbs on the predicate itself count: "on the firm as well as its owner"
    joins two objects and says nothing about a second party.
    """
    for child in predicate.children:
        if child.dep_ != "advmod":
            continue
        if child.lower_ in ("also", "too"):
            return True
        follower = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if (child.lower_ == "well" and any(g.lower_ == "as" for g in child.children)
                and not (follower is not None and follower.lower_ == "as")):
            return True
    return False


def _own_words(noun: Token) -> list[Token]:
    """A noun with the words glued to it ("the National Enquirer story"), without its clauses."""
    return [w for c in noun.lefts for w in c.subtree] + [noun]


# Dependencies that hang a clause of its own on a sentence: a participle or relative clause on a
# noun ("the story published Friday"), an adverbial clause, a coordinated verb, a parenthetical.
CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "conj", "parataxis"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})


def _clause_heads(sentence: Span, predicate: Token) -> list[Token]:
    """The verbs heading side clauses: outside the main predicate's own path, never nested in each other."""
    path = {predicate.i, *(t.i for t in predicate.ancestors)}
    heads = [t for t in sentence if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") and t.i not in path]
    return [t for t in heads if not any(h is not t and h.i in {a.i for a in t.ancestors} for h in heads)]


def _clause_frame(head: Token) -> Frame:
    """The frame of one side clause. A participle or relative clause acts on the noun it hangs on ("the
    story published Friday": story is the patient; "the firm that bought it": firm is the agent); a
    coordinated verb shares its subject ("was arrested Monday and charged Tuesday")."""
    predicate, negated, modality = _main_predicate(head)
    text = " ".join(t.text for t in head.subtree)
    inherited: tuple[list[Token], list[Token]] = ([], [])
    noun = head.head
    if head.dep_ == "acl" and head.tag_ == "VBN":
        inherited = ([], [noun])
    elif head.dep_ == "relcl":
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
            inherited = ([noun], []) if subject.dep_ == "nsubj" else ([], [noun])
        elif not any(c.dep_ == "dobj" for c in head.children):
            return _frame(predicate, negated, modality, text, patient=noun)  # "the rally she held"
    elif head.dep_ == "conj":
        subjects = [c for c in noun.children if c.dep_ in ("nsubj", "nsubjpass")]
        inherited = ([s for s in subjects if s.dep_ == "nsubj"], [s for s in subjects if s.dep_ == "nsubjpass"])
    return _frame(predicate, negated, modality, text, inherited=inherited)


def _main_predicate(root: Token) -> tuple[Token, bool, str | None]:
    """Look through reporting, intending and negating verbs to the verb that states the fact."""
    negated = _negated(root)
    modality = _modality(root)
    token = root
    for _ in range(4):
        lemma = _lemma(token)
        complements = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
        if not complements and lemma in REPORTING:
            complements = [c for c in token.children if _reported_as_adverbial(c, token)]
            reported = complements[0] if complements else None
        else:
            # a clause with a verb before one without: the small parser may take a word of the subject
            # for a complement of its own ("said the cup final would take place": "final" and "take")
            clauses = sorted((c for c in complements if c.dep_ == "ccomp"), key=lambda c: c.pos_ not in ("VERB", "AUX"))
            reported = clauses[0] if clauses else None
        if not complements and lemma in DISMISSING:
            claim = _dismissed_claim(token)
            if claim is not None:  # "discounted rumors that he was the source": he was not, it says
                denied = not _negated(token)
                token, negated, modality = claim, _negated(claim) != denied, _modality(claim)
                continue
        if not complements and lemma in (INTENDING | NEGATING) - {"go"}:
            complements = [c for c in token.children if _infinitive_clause(c)]  # "voted ... to lower fees"
        if not complements and lemma in ("refrain", "abstain"):  # "refrained from voting": did not vote
            doing = next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                          for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if doing is not None:
                token, negated = doing, (not negated) != _negated(doing)
                continue
        if lemma in ("have", "be") and any(c.lower_ == "yet" for c in token.children):
            pending = next((c for c in complements if c.dep_ == "xcomp"), None)
            if pending is not None:  # "police have yet to identify him": have not identified him
                token, negated = pending, (not negated) != _negated(pending)
                continue
        planned = next((c for c in complements if c.dep_ == "xcomp" and c.pos_ == "VERB"
                        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if lemma == "be" and planned is not None:  # "40,000 pigs are to be killed", "the plant is to close"
            token, modality = planned, modality or "will"
            negated = negated != _negated(planned)
            continue
        scheduled = _scheduled_act(token) if lemma == "be" else None
        if scheduled is not None:  # "the parliament is due to vote on Tuesday": it will vote then
            token, modality = scheduled, modality or "will"
            negated = negated != _negated(scheduled)
            continue
        if not complements:
            break
        gerund = next((c for c in complements if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if gerund is not None and lemma in REPORTING | NEGATING:
            # "admitted sending the report(, the inquiry heard)": the sending is the fact; "denied sending"
            # unsays it. Read before any clause the parser hung on the verb.
            negated = (not negated if lemma in NEGATING else False) != _negated(gerund)
            token, modality = gerund, _modality(gerund)
            continue
        if lemma == "find" and reported is not None and reported.lower_ in VERDICT_WORDS:
            break  # "found the officer guilty": a verdict, read as "convicted" below, not a finding reported
        if lemma in REPORTING | DENYING and reported is not None:
            denied = lemma in DENYING and not _negated(token)  # "did not deny that X" denies nothing
            # "I didn't feel we were executing" is "I felt we weren't": the "not" of a belief moves down
            denied = denied != (lemma in NEG_RAISING and _negated(token))
            token = reported
            negated, modality = _negated(token) != denied, _modality(token)  # what was reported, not the reporting
            continue
        compelled = next((c for c in complements if c.dep_ == "xcomp"
                          and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if lemma in COMPELLING and compelled is not None and not negated and _lemma(compelled) not in LEAVING_VERBS \
                and any(c.dep_ == "dobj" for c in token.children):
            # "Fog forced the plane to land in Cork": the plane landed there; the act is the fact
            # (people made to leave stay "evacuated": `_act_of_phrase`)
            token = compelled
            negated = _negated(token)
            continue
        xcomp = next((c for c in complements if c.dep_ == "xcomp" or _infinitive_clause(c)), None)
        if xcomp is None or lemma not in INTENDING | NEGATING:
            break
        if lemma in NEGATING and any(c.dep_ == "dobj" for c in token.children):
            break  # "stopped her rival to keep the title": stopping someone, not failing to keep it
        if lemma in NEGATING:
            negated = not negated
        if lemma == "go" or (lemma in INTENDING and modality is None):
            modality = "will" if lemma == "go" else lemma
        token = xcomp
        negated = negated != _negated(token)
    if (token.dep_ == "ROOT" and _lemma(token) == "be") or token.pos_ == "AUX":
        attribute = next((c for c in token.children if c.dep_ in ("attr", "acomp")), None)
        if attribute is not None:
            return attribute, negated, modality
    return token, negated, modality


# Adjectives of a timetable: "is due to vote", "is set to open", "is scheduled to land" say the act will
# happen, as "is to vote" does.
SCHEDULING = frozenset("due set scheduled slated poised".split())


def _scheduled_act(verb: Token) -> Token | None:
    """The act of "is due to [lift off]": the infinitive on a timetable adjective of "be"."""
    return next((act for c in verb.children if c.dep_ == "acomp" and c.lower_ in SCHEDULING
                 for act in c.children if act.dep_ == "xcomp"
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in act.children)), None)


# Verbs that dismiss a claim they take as object ("dismissed suggestions that ...", "discounted
# rumours that ..."), and the nouns of such claims: the clause on the noun is what is denied.
DISMISSING = frozenset("dismiss discount deny reject refute dispute rebut debunk".split())
CLAIM_NOUNS = frozenset("rumor rumour suggestion claim report speculation allegation assertion notion idea "
                        "accusation".split())


def _dismissed_claim(verb: Token) -> Token | None:
    """The verb of "that he was the source" in "dismissed rumors that he was the source"."""
    for noun in verb.children:
        if noun.dep_ == "dobj" and _lemma(noun) in CLAIM_NOUNS:
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that"
                                                           for c in clause.children):
                    return clause
    return None


def _reported_as_adverbial(clause: Token, reporting: Token) -> bool:
    """"After two days of talks, the union accepted the offer, its leader said": a fronted phrase can
    make the parser hang the reported clause on "said" as an adverbial clause. It is the reported
    fact when it comes first, has a subject of its own and no subordinating word ("after", "if")."""
    return (clause.dep_ == "advcl" and clause.i < reporting.i
            and not any(c.dep_ == "dobj" for c in reporting.children)  # "said a few words" reports no clause
            and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)  # "when", "after"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def without_relatives(token: Token) -> list[Token]:
    """A phrase's words without its relative or participle clauses ("an event in Norfolk in which he
    said he served in Vietnam" is in Norfolk; "the minister who became governor" is a minister)."""
    inside = {t.i for c in token.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return [t for t in token.subtree if t.i not in inside]


def _during(predicate: Token) -> list[Token]:
    """"During the Norwalk event" anywhere in the predicate's own phrases (the parser hangs it on
    whatever noun comes before: "misspoken about his service during the event"): the event's place is
    where the action happened. Not inside a side clause or a reported one."""
    found = []
    for token in predicate.subtree:
        if token.lower_ != "during" or token.dep_ != "prep":
            continue
        path = [token, *(a for a in token.ancestors if predicate.i in {b.i for b in a.ancestors})]
        if not any(t.dep_ in CLAUSE_DEPS | {"ccomp", "xcomp"} for t in path):
            found.append(token)
    return found


def _infinitive_clause(token: Token) -> bool:
    """A "to" infinitive the parser hung on as an adverbial clause: after a verb of deciding or
    intending ("voted on Tuesday to lower fees") it is the verb's complement."""
    return token.dep_ == "advcl" and token.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _locative_words(predicate: Token) -> frozenset[str]:
    """The words of the places the predicate itself happens in ("arrested in Lyon"), not a clause's inside it."""
    words = set()
    # and of the place its object is in, which the parser hangs on the object: "made an emergency
    # landing in Oslo", "damaged a fuel depot in the port of Marvik"
    heads = [predicate, *(c for c in predicate.children if c.dep_ == "dobj")]
    for prep in [c for head in heads for c in head.children] + _during(predicate):
        if prep.dep_ == "prep" and (prep.lower_ in PLACE_PREPOSITIONS or prep.lower_ == "during"):
            # the place's own words, not a clause on it ("an event in Norfolk in which he said he served
            # in Vietnam" happened in Norfolk)
            words.update(w.lower_ for obj in prep.children if obj.dep_ == "pobj" for w in without_relatives(obj))
    for close in (c for c in predicate.children if c.dep_ == "advmod" and c.lower_ == "close"):
        # "hit close to the town of Velmar" is "near" it ("north of the capital" names no place it is in)
        words.update(w.lower_ for prep in close.children if prep.dep_ == "prep" and prep.lower_ == "to"
                     for obj in prep.children if obj.dep_ == "pobj" for w in without_relatives(obj))
    parts = [c for c in predicate.children if c.dep_ in ("dobj", "nsubj") and c.lower_ in PLACE_PARTS]
    parts += [g for c in predicate.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj" and g.lower_ in PLACE_PARTS]
    for part in parts:  # "filled the streets of Lyon", "took to the streets of Lyon": in Lyon
        words.update(w.lower_ for w in without_relatives(part))
    return frozenset(words)


def _negated(token: Token) -> bool:
    """A negation on the verb ("not", "never"), or "no" on its subject or object ("there would be no
    daylight", "no damage was reported")."""
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in token.children):
        return True
    if any(c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children) for c in token.children):
        return True  # "no longer works for"
    arguments = [c for c in token.children if c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass", "acomp")]
    if _lemma(token) == "be":  # "the dam was in no danger of collapse"
        arguments += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(d.dep_ == "det" and d.lower_ == "no" for a in arguments for d in a.children)


def _modality(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return child.lower_
        if child.lower_ in HEDGES:
            return child.lower_
    return None


def _arguments(predicate: Token) -> tuple[list[Token], list[Token]]:
    """Agent and patient heads: subject and object, read through the passive ("was sued by A")."""
    head = predicate.head if predicate.dep_ in ("attr", "acomp") else predicate
    agents, patients = [], []
    for child in head.children:
        if child.dep_ in ("nsubj", "csubj"):
            (patients if predicate is not head else agents).append(child)
        elif child.dep_ == "nsubjpass":
            patients.append(child)
        elif child.dep_ == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in ("dobj", "attr", "dative", "oprd"):  # oprd: "was elected party chair"
            patients.append(child)
        elif child.dep_ == "prep" and (child.lower_ in PATIENT_PREPOSITIONS or _stance_of(child)
                                       or child == _particle_read_as_preposition(head)):
            patients.extend(c for c in child.children if c.dep_ == "pobj")
    for obj in [p for p in patients if p.dep_ == "dobj"]:  # "filed a lawsuit against B": B is a patient too
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in PATIENT_PREPOSITIONS:
                patients.extend(c for c in prep.children if c.dep_ == "pobj")
    for verdict in (c for c in head.children if c.dep_ == "ccomp" and c.lower_ in VERDICT_WORDS):
        patients.extend(c for c in verdict.children if c.dep_ == "nsubj")  # "found [the officer guilty]"
    governor = head.head
    if governor.dep_ == "acomp" and governor.lower_ in SCHEDULING:  # "A is due to X": A is X's agent too
        governor = governor.head
    if not agents and head.dep_ == "xcomp" and governor.pos_ in ("VERB", "AUX"):
        subjects = [c for c in governor.children if c.dep_ == "nsubj"]  # "A refused to X": A is X's agent
        if any(c.dep_ == "auxpass" for c in head.children):
            patients.extend(subjects)  # "A is yet to be charged": A is charged
        else:
            agents = subjects
    return agents, patients


# Verbs that take a side for or against something: "voted for", "argued against", "campaigned for".
STANCE_VERBS = frozenset("vote argue campaign lobby speak testify rule side come write".split())


def _stance_of(prep: Token) -> str | None:
    """"for" or "against" when the preposition gives the side a verb of STANCE_VERBS takes
    ("voted against the bill"), "in favour of" read as "for"; None otherwise."""
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or _lemma(prep.head) not in STANCE_VERBS:
        return None
    if prep.lower_ == "against":
        return "against"
    if prep.lower_ == "for" or (prep.lower_ == "in" and any(
            c.lower_ in ("favor", "favour") for c in prep.children)):
        return "for"
    return None


def _items(predicate: Token) -> tuple[str, ...]:
    """The list a predicate names ("carried tents, blankets and water filters"), when it holds two or more.

    Read from the words after the predicate, up to a preposition or the end of its
    clause, split at commas and conjunctions: the small parser often misattaches
    the members of a list, but it rarely misplaces the list's edges.
    """
    items = _list_from(predicate.i + 1, predicate)
    if items:
        return items
    # "bans smoking in bars, restaurants and offices": the list after the object's preposition
    objects = [c for c in predicate.children if c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.tag_ == "VBG")]
    if len(objects) == 1 and objects[0].i + 1 <= predicate.right_edge.i:
        after = predicate.doc[objects[0].i + 1]  # the word after the object's head ("smoking in")
        if after.pos_ == "ADP" and after.lower_ in ("in", "at", "on", "to"):
            return _list_from(after.i + 1, predicate)
        if after.text in (":", "\u2014", "\u2013", "--"):  # "bans three pesticides: A, B and C"
            return _list_from(after.i + 1, predicate)
    return ()


def _list_from(first: int, predicate: Token) -> tuple[str, ...]:
    """Items of two or more, split at commas and conjunctions, from `first` up to a preposition or
    the end of the predicate's clause."""
    words: list[Token] = []
    for token in predicate.doc[first : predicate.right_edge.i + 1]:
        if token.pos_ in ("ADP", "SCONJ", "PART", "AUX") or (token.is_punct and token.text != ","):
            break
        if token.text == "," and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "DET":
            break  # ", the ministry said": the list is over
        words.append(token)
    items, current = [], []
    for token in words:
        if token.text == "," or (token.pos_ == "CCONJ" and token.text != "&"):
            if current:
                items.append(" ".join(current))
            current = []
        elif not token.is_stop:
            current.append(token.lower_)
    if current:
        items.append(" ".join(current))
    if len(items) < 2 or any(len(item.split()) > 4 for item in items):
        return ()
    return tuple(items)


def _phrase(token: Token) -> str:
    """A noun with its compounds and adjectives: "water filters", "Falcon drones"."""
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod")] + [token]
    return " ".join(w.lower_ for w in words)


def _content(arguments: list[list[Token]]) -> frozenset[str]:
    words = set()
    for argument in arguments:
        for word in argument:
            if word.pos_ in CONTENT_POS and not word.is_stop:
                words.add(_lemma(word))
    return frozenset(words)


# Weekdays and months, which the tagger calls proper nouns: a date, never a party to the action.
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# ... of which these are also names ("Theresa May", "Jan Brewer", "The Sun"): a date only beside a
# number, after a date preposition, or written with the abbreviation's full stop.
NAME_LIKE_CALENDAR_WORDS = frozenset(
    "may june april august sun sat wed jan mar jun jul sep sept dec".split())
DATE_PREPOSITIONS = frozenset("in on since until till last next this early late mid from through of".split())


def _is_calendar(word: Token) -> bool:
    bare = word.lower_.rstrip(".")
    if bare not in CALENDAR_WORDS:
        return False
    if bare not in NAME_LIKE_CALENDAR_WORDS or word.text.endswith("."):
        return True
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (before is not None and (before.like_num or before.lower_ in DATE_PREPOSITIONS)) or (
        after is not None and (after.like_num or after.text == "."))


def _names(arguments: list[list[Token]]) -> frozenset[str]:
    """Words of the named people, organisations and places in the arguments (never a weekday or a month)."""
    return frozenset(w.lower_ for words in arguments for w in words if w.pos_ == "PROPN" and not _is_calendar(w))


def _head_names(tokens: list[Token]) -> frozenset[str]:
    """Proper-noun words of each argument's head and of the compounds glued to the head itself; for a
    head that is a common noun, of the name in apposition ("its former chief executive Lena Hart")."""
    words = set()
    for head in tokens:
        heads = [head]
        if head.pos_ != "PROPN":
            heads += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        for named in heads:
            for word in [named, *(c for c in named.children if c.dep_ in ("compound", "flat"))]:
                if word.pos_ == "PROPN":
                    words.add(word.lower_)
    return frozenset(words)


PACE_WORDS = frozenset("quickly slowly fast quick slow rapidly sharply steeply pace rate speed".split())
COMPARATIVE_WORDS = frozenset({"less", "more"})


def _pace(predicate: Token) -> bool:
    """A comparative of speed modifies the predicate: "rose less quickly", "fell at a slower pace"."""
    for child in predicate.children:
        if child.dep_ not in ("advmod", "prep", "npadvmod"):
            continue
        words = list(child.subtree)
        if any(w.lower_ in PACE_WORDS for w in words) and any(
                w.tag_ in ("RBR", "JJR") or w.lower_ in COMPARATIVE_WORDS for w in words):
            return True
    return False


def _predicate_lemma(token: Token) -> str:
    """The predicate's lemma with its particle ("strike down", "throw out"); "file a lawsuit against"
    reads as "sue" (light verb plus its noun)."""
    lemma = _lemma(token)
    particle = _particle(token)
    if particle is not None:
        return f"{lemma} {particle.lower_}"
    if lemma == "go" and any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "strike" for g in c.children)
                             for c in token.children):
        return "strike"  # "went on strike"
    if lemma in ("take", "haul", "drag") and _to_court(token):
        return "sue"  # "took the supplier to court"
    act = _act_of_phrase(token, lemma)
    if act is not None:
        return act
    if lemma in LIGHT_VERBS | APPROVAL_VERBS:
        for child in token.children:
            if child.dep_ == "dobj":
                noun = _lemma(child)
                if noun == "ahead" and any(c.lower_ == "go" for c in child.children):
                    noun = "go-ahead"  # split by the tokenizer into "go", "-", "ahead"
                if lemma in APPROVAL_VERBS and noun in APPROVAL_NOUNS:
                    return APPROVAL_NOUNS[noun]
                return NOUN_PREDICATES.get(noun, lemma) if lemma in LIGHT_VERBS else lemma
    return lemma


def _to_court(verb: Token) -> bool:
    """"took X to court": "court" after "to" or "into", hung on the verb or its preposition (the parser
    also reads "to court" as an infinitive)."""
    doc = verb.doc
    return any(t.lower_ == "court" and t.i > 0 and doc[t.i - 1].lower_ in ("to", "into")
               and verb in (t.head, t.head.head) for t in verb.children if t.i > verb.i) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.lower_ == "court" for g in c.children)
        for c in verb.children)


# A verb with a preposition and its noun that together are one act of the verb groups (`predicates`):
# "were taken into custody" is "were detained", "pulled 17 people from the rubble" is "rescued" them,
# "came off the tracks" is "derailed".
# General English idioms of news about arrests and disasters; "pulled its troops from the border" stays "pull".
PREPOSITIONAL_IDIOMS: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("take", "into"): (frozenset({"custody"}), "detain"),
    ("place", "under"): (frozenset({"arrest"}), "arrest"),
    ("put", "under"): (frozenset({"arrest"}), "arrest"),
    ("come", "off"): (frozenset({"track", "tracks", "rail", "rails"}), "derail"),  # "a train came off the tracks"
    ("go", "off"): (frozenset({"track", "tracks", "rail", "rails"}), "derail"),
    **{(verb, "from"): (frozenset("rubble wreckage debris ruin ruins water sea river floodwater".split()), "rescue")
       for verb in ("pull", "drag", "dig", "lift", "free")},
}


# People made to leave a place are evacuated, whoever made them: "ordered 4,000 residents to leave their
# homes" / "14,000 people were evacuated" count one group.
ORDERING_VERBS = frozenset("order tell force instruct".split())
LEAVING_VERBS = frozenset("leave flee evacuate abandon".split())


# An act named by its noun and caused, ordered or announced: "forced the cancellation of 42 flights" is
# "cancelled 42 flights", "ordered the evacuation of 3,000 people" "evacuated" them. Verbs that take
# a side on the act ("approved the closure of", "blocked the sale of") keep their own meaning.
CAUSING_VERBS = frozenset("order force prompt cause trigger announce".split())
NOMINAL_ACTS = {
    "cancellation": "cancel", "evacuation": "evacuate", "closure": "close", "suspension": "suspend",
    "postponement": "postpone", "slaughter": "slaughter", "cull": "cull", "culling": "cull", "killing": "kill",
    "arrest": "arrest", "detention": "detain", "release": "release", "demolition": "demolish",
    "removal": "remove", "withdrawal": "withdraw", "deployment": "deploy", "dismissal": "dismiss",
    "recall": "recall", "rescue": "rescue",
}


def _act_of_phrase(verb: Token, lemma: str) -> str | None:
    """The one act a verb's phrase names, where the verb alone does not: "taken into custody", "ordered
    4,000 residents to leave", "forced the cancellation of 42 flights"; None for any other verb."""
    if lemma in ORDERING_VERBS and any(c.dep_ == "xcomp" and _lemma(c) in LEAVING_VERBS for c in verb.children):
        return "evacuate"
    if lemma in CAUSING_VERBS:
        act = next((NOMINAL_ACTS[_lemma(c)] for c in verb.children if c.dep_ == "dobj" and _lemma(c) in NOMINAL_ACTS
                    and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)), None)
        if act is not None:
            return act
    return _prepositional_idiom(verb, lemma)


def _prepositional_idiom(verb: Token, lemma: str) -> str | None:
    """The act of "taken into custody" or "pulled alive from the rubble": the preposition hung on the
    verb, or on the word after its object ("alive"), and its noun."""
    heads = [verb, *(c for c in verb.children
                     if c.dep_ in ("oprd", "acomp", "advmod") or (c.dep_ == "advcl" and c.pos_ == "ADJ"))]
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep"):
        nouns, act = PREPOSITIONAL_IDIOMS.get((lemma, prep.lower_), (frozenset(), ""))
        if any(g.dep_ == "pobj" and _lemma(g) in nouns for g in prep.children):
            return act
    return None


# An amount said to have moved by a share through a comparative, whatever the verb: "exported 6 percent
# less tea", "sold 12% fewer cars", "were 6 percent lower" tell a fall of that share, as "rose 6
# percent" tells a rise. General English comparatives; a comparative without a share ("sold more cars
# than its rival") compares two things, not one thing over time, and is left alone.
SHARE_MOVES = {"less": "decrease", "fewer": "decrease", "lower": "decrease", "smaller": "decrease",
               "more": "increase", "higher": "increase", "greater": "increase", "larger": "increase",
               "bigger": "increase"}
SHARE_UNITS = frozenset({"percent", "%", "pct", "cent"})


def _share_moved(predicate: Token) -> Token | None:
    """The comparative of "exported [6 percent less] tea" or "were [6 percent lower]", where a share
    measures it."""
    words = [w for c in predicate.children if c.dep_ == "dobj" for w in c.children if w.dep_ == "amod"]
    words += [c for c in predicate.children if c.dep_ == "acomp"]
    return next((w for w in words if w.lower_ in SHARE_MOVES
                 and any(c.dep_ == "npadvmod" and c.lower_ in SHARE_UNITS for c in w.children)), None)


# Verbs a jury or judge gives a verdict with: "returned a guilty verdict", "delivered a not guilty verdict".
VERDICT_VERBS = frozenset("return deliver reach hand give announce".split())


def _verdict_object(predicate: Token) -> tuple[Token, Token] | None:
    """(the verdict word, the noun) of "returned a guilty verdict": the verdict a light verb gives."""
    if _lemma(predicate) not in VERDICT_VERBS:
        return None
    for noun in predicate.children:
        if noun.dep_ == "dobj" and noun.lower_ in ("verdict", "verdicts"):
            word = next((c for c in noun.children if c.lower_ in VERDICT_WORDS), None)
            if word is not None:
                return word, noun
    return None


def _particle(verb: Token) -> Token | None:
    """The verb's particle ("stepped down", "laid them off"), however the parser attached it."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return particle or _particle_read_as_preposition(verb) or _particle_after_object(verb)


def _particle_read_as_preposition(verb: Token) -> Token | None:
    """"voted down the plan": the parser may read a phrasal verb's particle as a preposition with the
    object as its noun. Where verb and next word make a phrasal verb of the direction groups, the
    word is the particle and its noun the object."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is None or following.head.i != verb.i or following.dep_ not in ("prep", "advmod"):
        return None
    return following if f"{_lemma(verb)} {following.lower_}" in PHRASAL_VERBS else None


def _particle_after_object(verb: Token) -> Token | None:
    """"sent its ambassador back", "moved 8,000 people out of the villages": a particle after the
    object, read as an adverb or as a preposition without an object of its own ("took the city to
    court over the cuts" has none: "over" governs "the cuts")."""
    return next((c for c in verb.children if c.dep_ in ("advmod", "prep") and c.i > verb.i + 1
                 and not any(g.dep_ == "pobj" for g in c.children)
                 and f"{_lemma(verb)} {c.lower_}" in PHRASAL_VERBS
                 and any(o.dep_ == "dobj" and o.i < c.i for o in verb.children)), None)


# "file a lawsuit" is "sue", "make a decision" is "decide": light verbs take their meaning from the noun.
# ("stag": the rule lemmatizer's "staged")
LIGHT_VERBS = frozenset("file bring make take give launch reach win lose stage stag".split())
NOUN_PREDICATES = {
    "lawsuit": "sue", "suit": "sue", "complaint": "sue", "case": "sue", "decision": "decide",
    "deal": "agree", "agreement": "agree", "announcement": "announce", "appeal": "appeal",
    "place": "hold",  # "the vote will take place" is "the vote will be held"
    "endorsement": "endorse", "backing": "back",  # "gave his endorsement to X" is "endorsed X"
    "walkout": "strike", "strike": "strike",  # "staged a walkout", "launched a strike"
    "landing": "land",  # "made an emergency landing"
}
# "was given approval", "won the go-ahead", "received permission": approved, by whichever verb.
APPROVAL_NOUNS = {"approval": "approve", "go-ahead": "approve", "permission": "authorize"}
APPROVAL_VERBS = frozenset("give grant receive get win gain secure".split())


__all__ = ["ATTEMPTING", "Frame", "frame_of", "read_frames", "without_relatives"]
