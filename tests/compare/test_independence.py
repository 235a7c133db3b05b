"""Independence: the agency a text names, and the quotes two articles share."""

from __future__ import annotations

from parallax.compare.independence import _agency, find_relations
from parallax.model import Article, Quote


def article(article_id: str, body: str, quotes: list[str] = ()) -> Article:  # type: ignore[assignment]
    found = [Quote(text=q, speaker="Ana Ruiz", start=body.index(q), end=body.index(q) + len(q)) for q in quotes]
    return Article(id=article_id, source=article_id, body=body, quotes=found)


def test_the_agency_is_named_where_the_text_names_it() -> None:
    assert _agency(article("a", "The minister told AFP on Monday that talks would go on.")) == "AFP"
    assert _agency(article("b", "The deal was first reported by Reuters. Reuters reported the figure.")) == "Reuters"
    assert _agency(article("c", "He said so to the Associated Press in an interview.")) == "AP"
    assert _agency(article("d", "The minister said on Monday that talks would go on.")) is None


def test_shared_quotes_are_listed_with_the_relation() -> None:
    first = "We will rebuild every school in the valley"
    second = "Nobody will be left without a roof this winter"
    body_a = f'"{first}," Ruiz said. Later she added: "{second}."'
    body_b = f'Ruiz promised: "{first}." She went on: "{second}," to applause.'
    (relation,) = find_relations([article("a", body_a, [first, second]), article("b", body_b, [first, second])])
    assert relation.quotes == [first, second]  # a rewrite or shared quotes: either way, which words are shared
