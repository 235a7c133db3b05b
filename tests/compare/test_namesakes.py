"""One person named two ways, or two people of one surname (compare/namesakes.py)."""

from __future__ import annotations

import pytest

from parallax.compare.namesakes import given_name, namesakes, same_given_name


@pytest.mark.parametrize(("a", "b"), [
    ("richard", "dick"), ("william", "bill"), ("j", "james"), ("j.r", "james"), ("zachary", "zack"),
    ("christopher", "chris"), ("vicente", "vincente"), ("katherine", "catherine"), ("mike", "michael"),
])
def test_one_given_name_written_two_ways(a: str, b: str) -> None:
    assert same_given_name(a, b) and same_given_name(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("linda", "loretta"), ("malia", "sasha"), ("liz", "dick"), ("grace", "margaret"), ("john", "joan"),
])
def test_two_given_names(a: str, b: str) -> None:
    assert not same_given_name(a, b)


def test_the_given_name_is_read_past_a_title_the_reading_left() -> None:
    assert given_name("Councillor Grace Okafor") == "grace"
    assert given_name("Okafor") is None


def test_namesakes_need_each_name_written_in_full_in_its_own_statement() -> None:
    one, other = frozenset({"Grace Okafor"}), frozenset({"Margaret Okafor"})
    assert namesakes(one, other, "Grace Okafor won.", "Margaret Okafor won.") == ("Grace Okafor", "Margaret Okafor")
    assert namesakes(one, other, "Okafor won.", "Margaret Okafor won.") is None
    assert namesakes(one, other, "Grace Okafor, not Margaret, won.", "Margaret Okafor won.") is None


def test_a_common_word_taken_for_a_given_name_makes_no_namesakes() -> None:
    """"Frigate Amazonas" and "NRP Amazonas": the first word is the statement's lower-case "frigate"."""
    one, other = frozenset({"Frigate Amazonas"}), frozenset({"Nrp Amazonas"})
    assert namesakes(one, other, "Frigate Amazonas was escorting the convoy.",
                     "Nrp Amazonas escorted the convoy before the frigate's crew saw the boats.") is None
