"""Statements and what they carry: the places an event happens in."""

from __future__ import annotations

import pytest

from parallax.analyze import analyze_one
from parallax.compare.units import only_a_timestamp, story_units
from parallax.model import Article


def places(body: str) -> list[frozenset[str]]:
    article = analyze_one(Article(id="a", body=body, title="Headline words here", source="test"))
    return [u.places for u in story_units([article]) if u.field == "body"]


@pytest.mark.parametrize("body", [
    "Thousands marched in the southern city of Brevik on Saturday against the tax.",
    "Thousands marched in the port of Brevik on Saturday against the tax.",
])
def test_a_name_after_city_of_is_a_place_whatever_the_entity_recogniser_called_it(body: str) -> None:
    assert places(body) == [frozenset({"Brevik"})]


def test_a_region_with_an_adjective_before_it_is_a_place() -> None:
    assert places("Fighting resumed in northern Syria on Tuesday, the monitors said.") == [frozenset({"Syria"})]


def test_a_person_after_in_the_is_no_place() -> None:
    assert places("The plan found support in the new Hendricks administration last week.") == [frozenset()]


def test_a_place_before_an_event_noun_is_a_place() -> None:
    assert places("He said he had misspoken during the Toledo rally, his office said.") == [frozenset({"Toledo"})]


def test_a_name_before_an_event_noun_that_is_no_place_is_none() -> None:
    assert places("He said he had misspoken during the Hendricks rally, his office said.") == [frozenset()]


def test_off_the_coast_of_names_a_place() -> None:
    assert places("A boat carrying 60 migrants capsized off the coast of Sicily on Sunday.") == [frozenset({"Sicily"})]


def test_a_settlement_the_recogniser_missed_is_still_a_place() -> None:
    assert places("Floods cut off the mountain village of Ostrel on Sunday, rescuers said.") == [frozenset({"Ostrel"})]


@pytest.mark.parametrize(("body", "expected"), [
    # names the gazetteer knows after a place preposition, whatever the entity recogniser found
    ("A cargo plane landed safely near Montpellier after an engine fire, the airline said.", {"Montpellier"}),
    ("The two leaders met outside Bratislava on Monday, officials said.", {"Bratislava"}),
    # a month, or a run of capitals that is no place as a whole, is not read as one
    ("The company opened its new offices in March, a spokesman said.", set()),
    ("She studies chemistry at Temple University in the evenings, her mother said.", set()),
])
def test_a_name_after_a_place_preposition_is_a_place_where_the_gazetteer_knows_it(body: str,
                                                                                  expected: set[str]) -> None:
    assert places(body) == [frozenset(expected)]


@pytest.mark.parametrize("dateline", ["WARSAW - ", "KATHMANDU (AFP) - ", "SAN FRANCISCO, Calif. (AP) \u2014 "])
def test_a_datelines_words_are_not_part_of_the_first_statement(dateline: str) -> None:
    body = dateline + "The city council approved the new budget on Tuesday after a long debate."
    article = analyze_one(Article(id="a", body=body, title="Headline words here", source="test"))
    first = next(u for u in story_units([article]) if u.field == "body")
    assert first.text.startswith("The city council") and body[first.start:first.end] == first.text


def test_a_sentence_opening_with_a_name_and_a_dash_keeps_its_words() -> None:
    body = "Obama - the president said so himself - signed the bill on Tuesday after a long debate."
    article = analyze_one(Article(id="a", body=body, title="Headline words here", source="test"))
    assert next(u for u in story_units([article]) if u.field == "body").text.startswith("Obama - the president")


def test_a_city_marched_into_is_a_place() -> None:
    assert places("Farmers drove their tractors into Montpellier on Tuesday.") == [frozenset({"Montpellier"})]


@pytest.mark.parametrize("body", [
    "Hundreds of cyclists filled the streets of Bordeaux on Sunday to demand safer roads.",
    "Taxi drivers drove slowly into the centre of Bordeaux on Sunday in protest.",
])
def test_a_part_of_a_city_places_the_event_in_the_city(body: str) -> None:
    assert places(body) == [frozenset({"Bordeaux"})]


@pytest.mark.parametrize("stamp", ["Published: Tuesday, Dec. 20 2005 12:00 a.m. MST",
                                   "21 July 2013 Last updated at 11:11 GMT", "Monday, March 11, 2013 23:51",
                                   "Updated 5:42 p.m. ET on Jan. 3, 2015"])
def test_a_page_time_stamp_is_no_statement(stamp: str) -> None:
    assert only_a_timestamp(stamp)


@pytest.mark.parametrize("sentence", ["The vote was held on Monday, March 11, 2013.", "Talks resume on May 5 at 10 am.",
                                      "A 5 p.m. deadline passed on Monday."])
def test_a_dated_sentence_is_a_statement(sentence: str) -> None:
    assert not only_a_timestamp(sentence)


@pytest.mark.parametrize(("line", "clutter"), [
    ("Sponsored by Harbour Bank", True),
    ("This newsletter is presented by Acme Travel.", True),
    ("The bill, sponsored by two senators from the north, passed on Tuesday.", False),
    ("A new tablet was presented by the company at a launch event on Wednesday.", False),
])
def test_sponsor_lines_are_clutter_but_news_about_sponsors_and_presenters_is_not(line: str, clutter: bool) -> None:
    from parallax.compare.units import CLUTTER

    assert bool(CLUTTER.search(line)) is clutter


def test_content_terms_meet_across_a_plural() -> None:
    from parallax.compare.units import content_terms

    assert content_terms("Sales start next month.") & content_terms("It goes on sale next month.") == {"sale"}
    assert content_terms("Two trains collided.") == content_terms("The train collided.")
    # words that end in -ss, -us, -is keep their s: "press" is not "pres", "bus" not "bu"
    assert content_terms("the press crisis on the bus") == {"press", "crisis", "bus"}
