"""Entities: one per real-world name, under its canonical full form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax.analyze.entities import find_entities, fix_case, is_person_noun, place_names
from parallax.model import Entity

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="module")
def nlp():
    from parallax.analyze.nlp import load_nlp

    return load_nlp()


def by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name.casefold(): e for e in entities}


def test_entities_shouting_title_and_possessive_are_one_person(nlp) -> None:
    text = (
        "VLADIMIR Putin is selling weapons to his neighbour. President Vladimir Putin met officials "
        "on Sunday. Putin's forces are staging war games in the Arctic."
    )
    entities = find_entities(nlp(text))
    people = [e for e in entities if e.label == "PERSON"]
    assert [e.name for e in people] == ["Vladimir Putin"]
    putin = people[0]
    assert len(putin.mentions) == 3
    assert all(text[s:e] in putin.aliases for s, e in putin.mentions)
    assert "President Vladimir Putin" not in putin.aliases


def test_entities_surname_and_honorific_link_to_full_name(nlp) -> None:
    text = (
        "Michael Steele, chairman of the Republican National Committee, drew fierce criticism on Friday. "
        "Mr. Steele issued a statement. Critics called for Steele's resignation."
    )
    names = by_name(find_entities(nlp(text)))
    steele = names["michael steele"]
    assert steele.label == "PERSON"
    assert len(steele.mentions) == 3
    assert "mr. steele" not in names and "steele" not in names


def test_entities_countries_and_capitals_are_gpe_even_when_tagged_org(nlp) -> None:
    text = (
        "Belarus leader Alexander Lukashenko on Sunday said Minsk planned to buy $1 billion worth of "
        "Russian arms. Belarus and Russia held talks in Moscow."
    )
    names = by_name(find_entities(nlp(text)))
    for place in ("belarus", "minsk", "russia", "moscow"):
        assert names[place].label == "GPE", place
    assert names["russian"].label == "NORP"  # the nationality stays apart from the country


def test_entities_role_noun_makes_a_person(nlp) -> None:
    text = "Latvian foreign minister Edgars Rinkevics has issued a warning over the drills."
    names = by_name(find_entities(nlp(text)))
    assert names["edgars rinkevics"].label == "PERSON"
    assert names["latvian"].label == "NORP"


def test_entities_same_place_under_other_names_is_one(nlp) -> None:
    text = "The U.S. imposed sanctions. The United States said more would follow, officials in the US said."
    places = [e for e in find_entities(nlp(text)) if e.label == "GPE"]
    assert [e.name for e in places] == ["United States"]
    assert len(places[0].mentions) >= 2


def test_entities_acronym_joins_its_long_form(nlp) -> None:
    text = (
        "The North Atlantic Treaty Organization held a summit in Brussels. Leaders of NATO agreed to "
        "raise spending, and NATO officials welcomed the deal."
    )
    orgs = [e for e in find_entities(nlp(text)) if e.label == "ORG"]
    names = [e.name for e in orgs]
    assert len([n for n in names if n in {"NATO", "North Atlantic Treaty Organization"}]) == 1


@pytest.mark.parametrize(
    "text, junk",
    [
        ("The statement was posted on president.gov.by on Monday by the press office.", "president.gov.by"),
        ("Email us at tips@example.com or call the desk before 2021.", "tips@example.com"),
        ("On September 13, 2021, some 200,000 troops took part in the drills.", "September 13, 2021"),
    ],
)
def test_entities_drop_domains_emails_and_dates(nlp, text: str, junk: str) -> None:
    names = {e.name.casefold() for e in find_entities(nlp(text))}
    assert junk.casefold() not in names


@pytest.mark.parametrize(
    "word, fixed", [("VLADIMIR", "Vladimir"), ("Putin", "Putin"), ("O'NEILL", "O'Neill"), ("A", "A")]
)
def test_fix_case(word: str, fixed: str) -> None:
    assert fix_case(word) == fixed


@pytest.mark.parametrize(
    "word, person", [("minister", True), ("spokeswoman", True), ("hardliner", True), ("newspaper", False)]
)
def test_is_person_noun(word: str, person: bool) -> None:
    assert is_person_noun(word) is person


def test_place_names_map_aliases_to_canonical() -> None:
    places = place_names()
    assert places["u.s."] == "United States"
    assert places["kiev"] == "Kyiv"
    assert places["moscow"] == "Moscow"  # a capital is its own place, not its country


_WORDS = st.sampled_from(
    ["the", "President", "said", "Anna", "Smith", "visited", "PARIS", "France", "and", "Berlin", "on",
     "Monday", "NATO", "Mr.", "Jones", "'s", "troops", "Russian", ",", ".", "\n\n", "200", "officials"]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_WORDS, min_size=1, max_size=40))
def test_entities_offsets_point_at_their_aliases(nlp, words: list[str]) -> None:
    text = " ".join(words)
    entities = find_entities(nlp(text))
    seen: set[tuple[int, int]] = set()
    for entity in entities:
        assert entity.name and entity.name != entity.name.lower()
        for start, end in entity.mentions:
            assert text[start:end] in entity.aliases
            assert (start, end) not in seen  # a mention belongs to one entity
            seen.add((start, end))


def _seed_gold() -> dict:
    path = SHARED / "eval" / "seeds.gold.json"
    if not path.exists():
        pytest.skip(f"shared evaluation data not found at {SHARED}")
    return json.loads(path.read_text())["articles"]


def test_entities_seed_articles_hold_the_gold_entities(nlp) -> None:
    for name, gold in _seed_gold().items():
        entities = find_entities(nlp((SHARED / "seeds" / name).read_text()))
        found = {e.name.casefold() for e in entities}
        for item in gold["entities"]:
            assert item["name"].casefold() in found, (name, item["name"])
        labels = {e.name.casefold(): e.label for e in entities}
        for item in gold["entities"]:
            if item["label"] == "GPE":
                assert labels[item["name"].casefold()] == "GPE", item["name"]
        assert "president.gov.by" not in found


def test_entities_given_name_alone_links_to_the_one_full_name(nlp) -> None:
    text = "Donald Trump spoke in Ohio on Monday. Supporters chanted as Donald waved from the stage."
    people = [e for e in find_entities(nlp(text)) if e.label == "PERSON"]
    assert [e.name for e in people] == ["Donald Trump"]


def test_entities_person_name_ends_at_its_possessive(nlp) -> None:
    text = "Critics attacked Mitt Romney’s Medicare plan on Tuesday, and Mitt Romney answered them."
    people = [e for e in find_entities(nlp(text)) if e.label == "PERSON"]
    assert [e.name for e in people] == ["Mitt Romney"]


def test_entities_dotted_acronym_is_the_same_organisation(nlp) -> None:
    text = "The N.A.A.C.P. met in Kansas City on Monday. NAACP leaders spoke to reporters."
    orgs = [e for e in find_entities(nlp(text)) if "NAACP" in e.name.replace(".", "")]
    assert len(orgs) == 1 and orgs[0].name == "NAACP"
    assert len(orgs[0].mentions) == 2


def test_entities_business_titles_are_not_part_of_the_name(nlp) -> None:
    names = {e.name for e in find_entities(nlp("NRA CEO Wayne LaPierre said every school needs a guard."))}
    assert "Wayne LaPierre" in names


def test_entities_never_run_across_a_paragraph_break(nlp) -> None:
    text = (
        "Belarus Leader Eyes $1Bln Russian Arms Deal\n\nBelarus leader Alexander Lukashenko on Sunday said "
        "Minsk planned to buy $1 billion worth of Russian arms."
    )
    for entity in find_entities(nlp(text)):
        assert "\n" not in entity.name
        assert all("\n" not in text[s:e] for s, e in entity.mentions)


def test_entities_title_and_surname_join_the_person_whatever_the_label(nlp) -> None:
    text = (
        "Joe Arpaio endorsed the governor on Monday. Sheriff Arpaio has long campaigned on the border, "
        "and Arpaio said he would campaign in Iowa."
    )
    people = [e for e in find_entities(nlp(text)) if "Arpaio" in e.name]
    assert [e.name for e in people] == ["Joe Arpaio"]
    assert people[0].label == "PERSON"


def test_entities_adjective_before_a_place_the_model_tags_elsewhere(nlp) -> None:
    # Donbas is in no gazetteer here: only the model's own GPE tags elsewhere say it is a place.
    doc = nlp(
        "Troops crossed into Donbas on Monday, officials said.\n\n"
        "Landlocked Donbas has long feared such a move, and Donbas asked for help."
    )
    names = {e.name: e.label for e in find_entities(doc)}
    assert "Landlocked Donbas" not in names
    assert names.get("Donbas") == "GPE"
