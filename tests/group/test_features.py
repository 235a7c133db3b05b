"""Grouping features: names, numbers and day from the title and lead."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from parallax.group.features import article_features, grouping_text, parse_day
from parallax.model import Article, Entity


def test_names_and_numbers_found_and_normalised() -> None:
    article = Article(
        id="a",
        source="t",
        title="Quake kills 1,200 in Northern Province",
        body="The magnitude 6.10 quake struck Kandor's capital on Monday. Rescuers from the Red Crescent arrived.",
    )
    terms = article_features(article).terms
    assert {"northern", "province", "kandor", "red", "crescent", "quake", "rescuers"} <= terms
    assert {"#1200", "#6.1"} <= terms
    assert "the" not in terms and "monday" not in terms  # capitalised only by position, or too common


def test_analysed_entities_add_their_names() -> None:
    article = Article(
        id="a", source="t", body="the minister spoke.", entities=[Entity(name="Ana Moreau", label="PERSON")]
    )
    assert {"ana", "moreau"} <= article_features(article).terms


def test_urls_are_not_names() -> None:
    article = Article(id="a", source="t", body="Read more at https://News.example.com/Story/Quake today.")
    assert not any("example" in t for t in article_features(article).terms)
    assert "example" not in grouping_text(article)


def test_lead_is_cut_at_word_limit() -> None:
    article = Article(id="a", source="t", title="Title", body=" ".join(["word"] * 1000) + " Zanzibar")
    assert len(grouping_text(article, words=50).split()) == 50
    assert "zanzibar" not in article_features(article, words=50).terms


def test_parse_day() -> None:
    assert parse_day("2024-03-05T10:00:00Z") == date(2024, 3, 5)
    assert parse_day("2024-02-30") is None
    assert parse_day("March 5") is None
    assert parse_day(None) is None


@given(st.text(max_size=300))
def test_features_never_fail_on_free_text(text: str) -> None:
    features = article_features(Article(id="a", source="t", body=text, published=text[:10]))
    assert all(term and term == term.lower() for term in features.terms)


def test_hyphenated_names_give_their_capitalised_parts() -> None:
    terms = article_features(Article(id="a", source="t", body="the Moscow-led drills, called Storm-2024, ended.")).terms
    assert {"moscow", "storm", "#2024"} <= terms
    assert "led" not in terms and "moscow-led" not in terms
