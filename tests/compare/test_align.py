"""Alignment's guards, on sentences written for them (the rule was read off BASIL's quotes)."""

from __future__ import annotations

from parallax.compare.align import different_remarks
from parallax.compare.units import Unit, content_terms


def quoted(index: int, article: str, text: str) -> Unit:
    return Unit(index=index, article=article, field="body", text=text, start=0, end=len(text), position=0.5,
                quoted=True, terms=content_terms(text))


def test_two_quotes_with_next_to_nothing_in_common_are_two_remarks() -> None:
    relief = quoted(0, "a", "\u201cWe are relieved that every miner came home safely tonight.\u201d")
    praise = quoted(1, "b", "\u201cThe rescue teams were heroes, and the town will never forget them tonight.\u201d")
    assert different_remarks(relief, praise)
    # one remark, cut short by one outlet, shares what it has
    assert not different_remarks(quoted(0, "a", "\u201cThe council must pay for it.\u201d"),
                                 quoted(1, "b", "\u201cThe council must pay for it, and it knows that.\u201d"))
    # two remarks stating one fact in other words share more than a word: left to the aligner
    assert not different_remarks(
        quoted(0, "a", "\u201cThe scheme is subject to oversight by the courts and by parliament,\u201d she said."),
        quoted(1, "b", "\u201cEverything is done with the knowledge and oversight of parliament and its courts.\u201d"))


def test_a_quote_and_a_reported_sentence_are_never_kept_apart_by_it() -> None:
    quote = quoted(0, "a", "\u201cWe are relieved that every miner came home safely tonight.\u201d")
    reported = Unit(index=1, article="b", field="body", text="The mayor praised the rescue teams.", start=0,
                    end=35, position=0.5, terms=content_terms("The mayor praised the rescue teams."))
    assert not different_remarks(quote, reported)
