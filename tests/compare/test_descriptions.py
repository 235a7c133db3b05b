"""Descriptions of one person: a role at one organisation, given as present by one outlet and as
past by the other, is a conflict; other pairs of descriptions are not. Sentences written for this test."""

from __future__ import annotations

from parallax.compare.descriptions import describe, description_conflicts
from parallax.compare.units import Unit, content_terms


def unit(index: int, article: str, text: str, people: set[str]) -> Unit:
    return Unit(index=index, article=article, field="body", text=text, start=0, end=len(text), position=0.0,
                terms=content_terms(text), people=frozenset(people), entities=frozenset(people))


def kinds(a: Unit, b: Unit) -> list[str]:
    return [conflict.kind for _, _, conflict in description_conflicts([a, b])]


def test_a_former_head_against_the_head_of_one_organisation_conflicts() -> None:
    a = unit(0, "a", "The bill was drafted with help from former Northwind Airways chairman Tomas Ekberg.",
             {"Tomas Ekberg"})
    b = unit(1, "b", "Ekberg, the chairman of Northwind Airways, declined to comment.", {"Tomas Ekberg"})
    assert kinds(a, b) == ["roles"]


def test_an_acronym_and_its_full_name_are_one_organisation() -> None:
    a = unit(0, "a", "Critics included former NTA director Lucia Marsh.", {"Lucia Marsh"})
    b = unit(1, "b", "Marsh, the director of the National Transit Authority, spoke at the hearing.", {"Lucia Marsh"})
    assert kinds(a, b) == ["roles"]


def test_two_organisations_or_two_past_roles_do_not_conflict() -> None:
    a = unit(0, "a", "Critics included former NTA director Lucia Marsh.", {"Lucia Marsh"})
    b = unit(1, "b", "Marsh, the chairwoman of Harbor Foods, spoke at the hearing.", {"Lucia Marsh"})
    c = unit(2, "c", "Marsh, a former director of the NTA, spoke at the hearing.", {"Lucia Marsh"})
    assert kinds(a, b) == [] and kinds(a, c) == []


def test_a_role_told_in_the_past_tense_is_not_read_as_present() -> None:
    a = unit(0, "a", "Critics included former NTA director Lucia Marsh.", {"Lucia Marsh"})
    b = unit(1, "b", "In 2009 Marsh, the director of the NTA, was questioned by the committee.", {"Lucia Marsh"})
    assert kinds(a, b) == []


def test_an_apposition_holding_another_person_does_not_describe_the_first() -> None:
    a = unit(0, "a", "The panel heard Paul Brandt, himself a judge, or former NTA director Lucia Marsh.",
             {"Paul Brandt", "Lucia Marsh"})
    described = {d.person: d for d in describe(a)}
    assert "Paul Brandt" not in described
    assert described["Lucia Marsh"].past and described["Lucia Marsh"].organisation == {"nta"}


def test_statements_of_one_outlet_are_not_compared() -> None:
    a = unit(0, "a", "Critics included former NTA director Lucia Marsh.", {"Lucia Marsh"})
    b = unit(1, "a", "Marsh, the director of the National Transit Authority, spoke at the hearing.", {"Lucia Marsh"})
    assert kinds(a, b) == []


def test_a_bare_title_names_no_organisation() -> None:
    a = unit(0, "a", "Last year the senator blocked President Ruiz's nominee for the court.", {"Ruiz"})
    b = unit(1, "b", "Former President Ana Ruiz had nominated the judge in March.", {"Ana Ruiz"})
    assert kinds(a, b) == []


def test_a_role_told_in_a_relative_clause_is_of_its_time() -> None:
    a = unit(0, "a", "Ana Ruiz, the lawyer who became Ohio governor, announced her run on Tuesday.", {"Ana Ruiz"})
    b = unit(1, "b", "Ana Ruiz, a former governor of Ohio, announced her run on Tuesday.", {"Ana Ruiz"})
    assert kinds(a, b) == []


def test_a_past_marker_just_before_the_title_counts() -> None:
    a = unit(0, "a", "The list includes recently resigned Harbor Alliance director Piet Aalders.", {"Piet Aalders"})
    b = unit(1, "b", "Challenges came from former Harbor Alliance director Piet Aalders.", {"Piet Aalders"})
    assert kinds(a, b) == []
