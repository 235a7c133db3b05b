"""Bylines, agencies, outlets and dates: the metadata every cleaner shares."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.clean.metadata import (
    agency_in_text,
    canonical_agency,
    date_from_url,
    find_date_in_text,
    outlet_from_url,
    parse_byline,
    segment_words,
)


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("By [Anna Smolchenko for AFP](#)", ["Anna Smolchenko"], "AFP"),
        ("By Anna Smolchenko for AFP", ["Anna Smolchenko"], "AFP"),
        ("By AFP", [], "AFP"),
        ("Reuters", [], "Reuters"),
        ("(AP)", [], "AP"),
        ("By John Smith and Jane Doe", ["John Smith", "Jane Doe"], None),
        ("By John Smith, Jane Doe and Ali Khan", ["John Smith", "Jane Doe", "Ali Khan"], None),
        ("By JOHN SMITH, Associated Press", ["John Smith"], "AP"),
        ("Tom Krisher, AP Auto Writer", ["Tom Krisher"], "AP"),
        ("Jane Doe, Staff Writer", ["Jane Doe"], None),
        ("By Jane Doe, Reuters", ["Jane Doe"], "Reuters"),
        ("By Maria Garcia with Reuters", ["Maria Garcia"], "Reuters"),
        ("By Hans Müller (dpa)", ["Hans Müller"], "dpa"),
    ],
)
def test_parse_byline_names_and_agency(byline: str, authors: list[str], agency: str | None) -> None:
    assert parse_byline(byline) == (authors, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow will also reportedly supply the cash-strapped country with new fighter jets.",
        "Updated 1:39 am EST, Wednesday, November 20, 2019",
        "Sign in to comment",
        "",
    ],
)
def test_parse_byline_rejects_lines_that_are_not_bylines(text: str) -> None:
    assert parse_byline(text) == ([], None)


@given(st.text(max_size=120))
def test_parse_byline_never_keeps_by_or_agency_in_a_name(text: str) -> None:
    authors, agency = parse_byline(text)
    for name in authors:
        assert not name.lower().startswith("by ")
        assert " for " not in f" {name.lower()} "
        assert canonical_agency(name) is None
    assert agency is None or isinstance(agency, str)


def test_agency_codes_in_lower_case_are_not_agencies() -> None:
    assert canonical_agency("ap") is None
    assert canonical_agency("AP") == "AP"
    assert agency_in_text("LONDON (Reuters) -") == "Reuters"
    assert agency_in_text("a pa of mine") is None


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.washingtonpost.com/world/x", "The Washington Post"),
        ("https://www.bbc.co.uk/news/world-1", "BBC"),
        ("https://edition.cnn.com/2021/09/13/europe/x/index.html", "CNN"),
        ("not a url at all", None),
        ("", None),
    ],
)
def test_outlet_from_url_known_outlets(url: str, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.themoscowtimes.com/2021/09/13/belarus-leader-eyes-arms-deal-a75031", "The Moscow Times"),
        ("https://www.theatlantic.com/ideas/archive/2019/11/x/602000/", "The Atlantic"),
        ("https://www.chicagotribune.com/news/x", "Chicago Tribune"),
        ("https://www.dailystar.co.uk/news/x", "Daily Star"),
    ],
)
def test_outlet_from_url_segments_unknown_domains(url: str, outlet: str) -> None:
    pytest.importorskip("wordfreq", reason="domain segmentation needs the wordfreq word list")
    assert outlet_from_url(url) == outlet


def test_segment_words_splits_a_run_of_letters_into_words() -> None:
    pytest.importorskip("wordfreq")
    assert segment_words("themoscowtimes") == ["the", "moscow", "times"]
    assert segment_words("dailynews") == ["daily", "news"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("September 13, 2021", "2021-09-13"),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20"),
        ("13 September 2021 | 10:04", "2021-09-13"),
        ("Published 2021-09-13T10:00:00Z", "2021-09-13"),
        ("Sept. 3, 2020", "2020-09-03"),
        ("on Sunday", None),
        ("February 30, 2021", None),
    ],
)
def test_find_date_in_text(text: str, iso: str | None) -> None:
    assert find_date_in_text(text) == iso


def test_date_from_url() -> None:
    assert date_from_url("https://www.themoscowtimes.com/2021/09/13/x-a75031") == "2021-09-13"
    assert date_from_url("https://example.com/news/story-20190412-abc") == "2019-04-12"
    assert date_from_url("https://example.com/news/12345") is None
