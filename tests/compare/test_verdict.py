"""Verdicts: frames find a conflict of a kind, the sentence-pair model must not judge the pair compatible.

The model's reading is given by hand here (`PairJudgement`), so each test pins
the rule that joins the two sources of evidence; the frames are parsed for real.
"""

from __future__ import annotations

import pytest

from parallax.compare.frames import read_frames
from parallax.compare.nli import PairJudgement
from parallax.compare.units import Unit, content_terms
from parallax.compare.verdict import VerdictContext, judge
from parallax.model import Quantity

NAMES = {"a": "Outlet A", "b": "Outlet B"}
CONTRADICTS = PairJudgement(entailment=0.05, mutual_entailment=0.02, contradiction=0.9)
ENTAILS = PairJudgement(entailment=0.95, mutual_entailment=0.9, contradiction=0.02)
UNSURE = PairJudgement(entailment=0.3, mutual_entailment=0.2, contradiction=0.5)


def unit(index: int, article: str, text: str, *, quotes: tuple[tuple[str, str], ...] = (),
         quantities: list[Quantity] | None = None, places: frozenset[str] = frozenset()) -> Unit:
    return Unit(index=index, article=article, field="body", text=text, start=0, end=len(text), position=0.0,
                quantities=quantities or [], quotes=quotes, terms=content_terms(text), places=places,
                speakers=frozenset(s for _, s in quotes), quoted=bool(quotes))


def count(text: str, whole: str, unit_name: str = "people") -> Quantity:
    start = whole.index(text)
    value = float(text.split()[0])
    return Quantity(text=text, value=value, unit=unit_name, kind="count", start=start, end=start + len(text))


def verdict_of(a: Unit, b: Unit, judgement: PairJudgement | None):
    context = VerdictContext(NAMES, {(0, 1): 0.9}, read_frames([a, b]), {(0, 1): judgement} if judgement else {})
    return judge([a, b], context)


def test_negation_with_a_doubting_model_differs_and_names_its_kind() -> None:
    a = unit(0, "a", "The council will close the library next year.")
    b = unit(1, "b", "The council will not close the library next year.")
    verdict = verdict_of(a, b, UNSURE)
    assert verdict.status == "differs" and verdict.kind == "negation"
    assert verdict.evidence[0].a_article == "a" and "not" in verdict.evidence[0].b_text


def test_a_frame_conflict_the_model_judges_compatible_is_agreed(monkeypatch: pytest.MonkeyPatch) -> None:
    from parallax.compare import verdict

    monkeypatch.setattr(verdict, "MINIMAL_PAIR_OVERLAP", 1.01)  # as for two wordings that differ widely
    a = unit(0, "a", "The council will close the library next year.")
    b = unit(1, "b", "The council will not close the library next year.")
    assert verdict_of(a, b, ENTAILS).status == "agreed"


def test_on_a_minimal_pair_the_frames_decide_whatever_the_model_says() -> None:
    a = unit(0, "a", "Petrova defeated Lindqvist in the final on Sunday.")
    b = unit(1, "b", "Lindqvist defeated Petrova in the final on Sunday.")
    verdict = verdict_of(a, b, ENTAILS)
    assert verdict.status == "differs" and verdict.kind == "roles"


def test_opposite_directions_differ() -> None:
    a = unit(0, "a", "Ticket prices rose sharply this spring.")
    b = unit(1, "b", "Ticket prices fell sharply this spring.")
    verdict = verdict_of(a, b, UNSURE)
    assert verdict.kind == "direction" and verdict.evidence[0].a_text == "rose"


def test_two_death_tolls_of_one_quake_differ_as_a_count() -> None:
    a_text = "The earthquake in Loma killed 120 people, officials said."
    b_text = "The earthquake in Loma killed 85 people, officials said."
    a = unit(0, "a", a_text, quantities=[count("120 people", a_text)])
    b = unit(1, "b", b_text, quantities=[count("85 people", b_text)])
    verdict = verdict_of(a, b, CONTRADICTS)
    assert verdict.status == "differs" and verdict.kind == "count"
    assert "120 people" in verdict.why and "85 people" in verdict.why


def test_counts_of_two_different_actions_are_not_a_conflict() -> None:
    a_text = "Engineers found 12 bombs on the site."
    b_text = "Five bombs on the site were still live."
    a = unit(0, "a", a_text, quantities=[count("12 bombs", a_text, "bombs")])
    b = unit(1, "b", b_text, quantities=[Quantity("Five bombs", 5, "bombs", "count", start=0, end=10)])
    assert verdict_of(a, b, UNSURE).status == "agreed"


def test_same_words_given_to_two_people_differ_without_the_model() -> None:
    a = unit(0, "a", '"We will not back down," Maria Lopez said.', quotes=(("We will not back down", "Maria Lopez"),))
    b = unit(1, "b", '"We will not back down," John Smith said.', quotes=(("We will not back down", "John Smith"),))
    verdict = verdict_of(a, b, None)
    assert verdict.kind == "speaker" and "Maria Lopez" in verdict.why and "John Smith" in verdict.why


def test_one_speaker_named_differently_is_no_conflict() -> None:
    a = unit(0, "a", "\u201cHis refusal is disappointing,\u201d said Richard J. Durbin.",
             quotes=(("His refusal is disappointing", "Richard J. Durbin"),))
    b = unit(1, "b", '"His refusal is disappointing," Dick Durbin said.',
             quotes=(("His refusal is disappointing", "Dick Durbin"),))
    assert verdict_of(a, b, None).status == "agreed"


def test_a_speaker_found_only_through_he_said_never_makes_a_conflict() -> None:
    a = unit(0, "a", '"We will not back down," he said.', quotes=(("We will not back down", "Maria Lopez"),))
    b = unit(1, "b", '"We will not back down," John Smith said.', quotes=(("We will not back down", "John Smith"),))
    assert verdict_of(a, b, None).status == "agreed"


def test_a_city_and_the_state_it_lies_in_are_no_place_conflict() -> None:
    a = unit(0, "a", "The summit was held in San Francisco on Thursday.", places=frozenset({"San Francisco"}))
    b = unit(1, "b", "The summit was held in California on Thursday.", places=frozenset({"California"}))
    assert verdict_of(a, b, UNSURE).status == "agreed"


def test_two_cities_are_a_place_conflict() -> None:
    a = unit(0, "a", "The summit was held in Denver on Thursday.", places=frozenset({"Denver"}))
    b = unit(1, "b", "The summit was held in Phoenix on Thursday.", places=frozenset({"Phoenix"}))
    verdict = verdict_of(a, b, UNSURE)
    assert verdict.kind == "place" and verdict.confidence > 0.5


def test_agreed_confidence_reflects_the_models_doubt() -> None:
    a = unit(0, "a", "The council will close the library next year.")
    b = unit(1, "b", "The council plans to shut the library next year.")
    assert verdict_of(a, b, ENTAILS).confidence >= 0.9


def test_a_sentence_repeating_the_other_with_a_clause_added_is_a_minimal_pair() -> None:
    a = unit(0, "a", "Ortega has chaired the board since 2011.")
    b = unit(1, "b", "Ortega has chaired the board since 2012, and critics say that is too long.")
    a.dates, b.dates = ("2011",), ("2012",)
    verdict = verdict_of(a, b, ENTAILS)
    assert verdict.status == "differs" and verdict.kind == "time"


def test_a_part_of_a_quote_given_to_another_speaker_is_one_quote_two_speakers() -> None:
    from parallax.compare.verdict import _quote_overlap

    whole = "Cutting these bus routes would leave the oldest people in the valley stranded"
    part = "leave the oldest people in the valley stranded"
    assert _quote_overlap(whole, part) == 1.0
    assert _quote_overlap(whole, "the oldest people in the valley deserve better buses") < 0.7


def test_an_agreed_claim_the_model_reads_as_contradicting_says_so_for_a_reader_to_check() -> None:
    a = unit(0, "a", "The ferry left port with every passenger safe, the operator said.")
    b = unit(1, "b", "Nobody aboard the ferry survived the night, the operator said.")
    verdict = verdict_of(a, b, PairJudgement(entailment=0.02, mutual_entailment=0.01, contradiction=0.95))
    assert verdict.status == "agreed" and verdict.kind is None  # no kind and words: no `differs`
    assert "check by reading" in verdict.why and verdict.confidence == 0.05
    assert "check by reading" not in verdict_of(a, b, UNSURE).why


def test_two_figures_each_outlet_gives_somewhere_are_no_conflict() -> None:
    """"12 rifles in this raid" / "31 rifles in five raids so far": both outlets report both figures."""
    a_text = "Police seized 12 rifles during the raid, officials said."
    b_text = "Police have seized 31 rifles during the raids, officials said."
    a = unit(0, "a", a_text, quantities=[count("12 rifles", a_text, "rifles")])
    b = unit(1, "b", b_text, quantities=[count("31 rifles", b_text, "rifles")])
    c_text, d_text = "In all, 31 rifles have been seized.", "On Monday 12 rifles were taken."
    context = VerdictContext(NAMES, {(0, 1): 0.9}, read_frames([a, b]), {(0, 1): UNSURE})
    assert judge([a, b], context).status == "differs"
    context.found.clear()
    context.quantities = {"a": [*a.quantities, count("31 rifles", c_text, "rifles")],
                          "b": [*b.quantities, count("12 rifles", d_text, "rifles")]}
    assert judge([a, b], context).status == "agreed"


def test_a_confident_model_on_two_acts_dated_apart_is_no_differs() -> None:
    """"moved to Ohio in 1957" / "filed for divorce in 1947": the years date two acts, so they explain
    no contradiction the model reads; one act dated twice still differs."""
    a = unit(0, "a", "She moved to Ohio in 1957 and married again.")
    b = unit(1, "b", "In 1947, she filed for divorce and left the town.")
    a.dates, b.dates = ("1957",), ("1947",)
    assert verdict_of(a, b, CONTRADICTS).status == "agreed"
    c = unit(0, "a", "She moved to Ohio in 1957, her sister said.")
    d = unit(1, "b", "She moved to Ohio in 1947, her sister said.")
    c.dates, d.dates = ("1957",), ("1947",)
    assert verdict_of(c, d, CONTRADICTS).status == "differs"


def counted(index: int, article: str, text: str) -> Unit:
    """A statement with the quantities the reading finds in it."""
    from parallax.analyze.quantities import find_quantities

    return unit(index, article, text, quantities=find_quantities(text))


def test_two_numbers_in_a_pair_the_model_reads_as_paraphrases_differ() -> None:
    a = counted(0, "a", "Teachers will get a pay rise of 3.2 percent from January under a deal agreed with the "
                        "ministry.")
    b = counted(1, "b", "Under an agreement reached with the ministry, teachers' pay will rise by 2.3 percent from "
                        "January.")
    # the model reads the two as one fact (it is blind to the numbers): that makes them clash
    verdict = verdict_of(a, b, ENTAILS)
    assert verdict.status == "differs" and verdict.kind == "value"
    # neutral, with no contradiction: two sentences worded apart may be of two things; the model overrules
    neutral = PairJudgement(entailment=0.5, mutual_entailment=0.45, contradiction=0.05)
    assert verdict_of(a, b, neutral).status == "agreed"


COMPATIBLE = PairJudgement(entailment=0.6, mutual_entailment=0.3, contradiction=0.2)  # the model's usual reading


def test_one_meeting_placed_in_two_known_cities_under_two_verbs_differs_whatever_the_model() -> None:
    a = unit(0, "a", "The two unions began wage talks with the employers in Malmo on Tuesday.",
             places=frozenset({"Malmo"}))
    b = unit(1, "b", "Union negotiators met the employers in Gothenburg on Tuesday to discuss wages.",
             places=frozenset({"Gothenburg"}))
    verdict = verdict_of(a, b, COMPATIBLE)
    assert verdict.status == "differs" and verdict.kind == "place"


def test_a_place_the_gazetteer_does_not_know_is_left_to_the_model_under_two_verbs() -> None:
    # a village and the county that holds it: the gazetteer knows neither, so it cannot tell they meet
    a = unit(0, "a", "The ferry ran aground near Lochboisdale on Sunday.", places=frozenset({"Lochboisdale"}))
    b = unit(1, "b", "The ferry hit rocks off South Uist on Sunday.", places=frozenset({"South Uist"}))
    assert verdict_of(a, b, COMPATIBLE).status == "agreed"


def test_people_and_a_noun_of_people_counted_by_one_arrest_differ() -> None:
    a = counted(0, "a", "Police arrested 40 people after the match on Sunday.")
    b = counted(1, "b", "Fourteen supporters were taken into custody after the match on Sunday.")
    verdict = verdict_of(a, b, COMPATIBLE)
    assert verdict.status == "differs" and verdict.kind == "count"


def test_a_running_total_of_arrests_and_one_nights_arrests_are_no_conflict() -> None:
    a = counted(0, "a", "Police have arrested 60 people in all since the strike began.")
    b = counted(1, "b", "Nine strikers were detained on Tuesday night, police said.")
    assert verdict_of(a, b, UNSURE).status == "agreed"
